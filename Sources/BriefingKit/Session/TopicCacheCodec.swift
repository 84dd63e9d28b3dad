/// The session's topic ranking as the bytes kept in the `cache` table: strings with their
/// length, numbers as variable-length integers, scores as their exact bit pattern.
///
/// JSON took about 400 ms to decode at 20,000 articles (6 MB, mostly article ids); this form
/// is read in one pass. Bytes in any other form (an older JSON cache, damage) decode to nil,
/// and the ranking is computed again.
enum TopicCacheCodec {
  /// The first byte of the encoding; JSON starts with `[`. Changed whenever the ranking does
  /// (0xB3: an acronym and its plural are one topic), so that a session file ranked by an older
  /// build is ranked again.
  static let format: UInt8 = 0xB3

  static func encode(_ topics: [SessionTopic]) -> [UInt8] {
    RankedTopics(topics).bytes
  }

  static func decode(_ bytes: [UInt8]) -> [SessionTopic]? {
    RankedTopics(bytes: bytes).map(Array.init)
  }

  /// The most bytes ``write(_:to:)`` writes for `topic`.
  static func bound(of topic: some RankedTopicFields) -> Int {
    UnsafeByteWriter.topicBound(name: topic.name, aliases: topic.aliases, role: topic.role)
      + 10 * (1 + topic.articles.count)
  }

  /// Writes the encoding of one topic into room for ``bound(of:)`` bytes.
  static func write(_ topic: some RankedTopicFields, to writer: inout UnsafeByteWriter) {
    writer.topicHead(
      name: topic.name, kind: topic.kind, score: topic.score, mentions: topic.mentions)
    writer.varint(topic.articles.count)
    for id in topic.articles { writer.varint(id) }
    writer.topicTail(aliases: topic.aliases, role: topic.role)
  }

  /// The topic that comes next, nil for damage.
  static func topic(_ reader: inout ByteReader<[UInt8]>) -> SessionTopic? {
    guard let name = reader.string(), let kind = reader.topicKind(),
      let score = reader.double(), let mentions = reader.int(),
      let articles = reader.list({ $0.int() }), let aliases = reader.list({ $0.string() }),
      let role = reader.optionalString()
    else { return nil }
    return SessionTopic(
      name: name, kind: kind, score: score, mentions: mentions, articles: articles,
      aliases: aliases, role: role)
  }

  /// The aliases of the topic that comes next, stepping over what comes before them; nil for
  /// damage.
  static func aliases(_ reader: inout ByteReader<[UInt8]>) -> [String]? {
    guard let length = reader.count() else { return nil }
    reader.offset += length
    guard reader.topicKind() != nil, reader.varint() != nil, reader.varint() != nil,
      let articles = reader.count()
    else { return nil }
    for _ in 0..<articles where reader.varint() == nil { return nil }
    return reader.list { $0.string() }
  }
}

/// What the ranking's encoding keeps of a topic: a ``SessionTopic``, or a ``MergedTopic``
/// encoded as the ranker makes it.
protocol RankedTopicFields {
  var name: String { get }
  var kind: TopicKind { get }
  var score: Double { get }
  var mentions: Int { get }
  var articles: [Int] { get }
  var aliases: [String] { get }
  var role: String? { get }
}

extension SessionTopic: RankedTopicFields {}
