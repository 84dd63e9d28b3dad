/// One session topic as ``TopicMerger`` makes it: its lists are the merger's buffers, reused
/// for the next topic, so it is read during the call it is handed to. Encoding the ranking
/// from it, rather than from a ``SessionTopic`` of arrays of their own, spares two arrays a
/// topic.
struct MergedTopic: RankedTopicFields {
  var name: String
  var kind: TopicKind
  var score: Double
  var mentions: Int
  /// Ids of the articles that mention it, ascending.
  var articles: [Int]
  /// The other surface forms merged into it, sorted.
  var aliases: [String]
  var role: String?

  /// The topic as a value of its own, its lists in arrays of their own size (never the
  /// merger's buffers, which may be large).
  var sessionTopic: SessionTopic {
    SessionTopic(
      name: name, kind: kind, score: score, mentions: mentions, articles: articles.copiedToFit(),
      aliases: aliases.copiedToFit(), role: role)
  }
}

extension Array {
  /// The elements in an array of their own, exactly as large as they need: a copy never
  /// shares a buffer with its source (`Array(self)` would), nor keeps its spare room.
  func copiedToFit() -> [Element] {
    [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
      initialized = buffer.initialize(fromContentsOf: self)
    }
  }
}
