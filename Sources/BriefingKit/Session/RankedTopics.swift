/// The session's topic ranking held compactly: the bytes ``TopicCacheCodec`` keeps in the
/// session file, and where each topic starts in them. A topic is decoded when it is read, so a
/// command that shows twenty topics builds twenty ``SessionTopic`` values.
///
/// Kept as `[SessionTopic]` between commands, the ranking of 1,000 BBC articles took 2.1 MB
/// (a 72-byte value, an array of article ids and a name per topic); its bytes take 0.5 MB.
public struct RankedTopics: RandomAccessCollection, Sendable {
  /// The encoding: the format byte, the count, then each topic.
  let bytes: [UInt8]
  /// Where each topic starts in ``bytes``.
  private let starts: [Int]

  /// The ranking `topics`, encoded.
  init(_ topics: [SessionTopic]) {
    var builder = Builder(count: topics.count)
    for topic in topics { builder.append(topic) }
    self = builder.finish()
  }

  /// The session ranking of `table`, encoded topic by topic as the ranker makes them: the
  /// topics of 1,000 BBC articles took 1.6 MB as values.
  init(ranking table: TopicTable) {
    var builder: Builder?
    TopicRanker().rank(table, count: { builder = Builder(count: $0) }) { builder?.append($0) }
    self = builder?.finish() ?? RankedTopics([])
  }

  private init(bytes: [UInt8], starts: [Int]) {
    self.bytes = bytes
    self.starts = starts
  }

  /// Encodes the `count` topics of a ranking one by one.
  private struct Builder {
    /// The encoding in its first ``written`` bytes; zeros after them, room to write in.
    private var bytes: [UInt8]
    private var written: Int
    private var starts: [Int] = []

    init(count: Int) {
      var writer = ByteWriter(bytes: [TopicCacheCodec.format])
      // Room for a typical topic (name, kind, score, a few articles): the bytes rarely regrow.
      writer.bytes.reserveCapacity(16 + 40 * count)
      writer.append(count)
      bytes = writer.bytes
      written = bytes.count
      starts.reserveCapacity(count)
    }

    /// Appends `topic`, written straight into the bytes: written into scratch memory and then
    /// appended, each topic cost 170 instructions more. The zeros it writes over are added a
    /// page at a time, so that the room reserved is touched only as it is used.
    mutating func append(_ topic: some RankedTopicFields) {
      starts.append(written)
      let bound = TopicCacheCodec.bound(of: topic)
      if written + bound > bytes.count {
        bytes.append(contentsOf: repeatElement(0, count: Swift.max(bound, 1 << 12)))
      }
      let start = written
      written += bytes.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return 0 }
        var writer = UnsafeByteWriter(base: base + start)
        TopicCacheCodec.write(topic, to: &writer)
        return writer.offset
      }
    }

    /// The ranking, once every topic counted is appended. Taken out of the builder, so that
    /// dropping the room left over changes the bytes in place rather than a copy of them.
    mutating func finish() -> RankedTopics {
      var bytes: [UInt8] = []
      swap(&bytes, &self.bytes)
      bytes.removeLast(bytes.count - written)
      return RankedTopics(bytes: RankedTopics.trimmed(bytes), starts: starts)
    }
  }

  /// The ranking encoded in `bytes`; nil when they are not a whole ranking in this form (an
  /// older cache, damage), as ``TopicCacheCodec/decode(_:)`` refuses them.
  init?(bytes: [UInt8]) {
    var reader = ByteReader(bytes: bytes)
    guard reader.byte() == TopicCacheCodec.format, let count = reader.int(), count >= 0 else {
      return nil
    }
    var starts: [Int] = []
    starts.reserveCapacity(Swift.min(count, bytes.count))
    for _ in 0..<count {
      starts.append(reader.offset)
      guard TopicCacheCodec.topic(&reader) != nil else { return nil }
    }
    guard reader.isAtEnd else { return nil }
    self.bytes = bytes
    self.starts = starts
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { starts.count }

  /// The topic at `position`, decoded.
  public subscript(position: Int) -> SessionTopic {
    var reader = reader(at: position)
    // Every topic was read once when the bytes were taken: this never falls back.
    return TopicCacheCodec.topic(&reader)
      ?? SessionTopic(name: "", kind: .other, score: 0, mentions: 0, articles: [])
  }

  /// The name of the topic at `position`, read without the rest of it.
  public func name(at position: Int) -> String {
    var reader = reader(at: position)
    return reader.string() ?? ""
  }

  /// The kind of the topic at `position`, read without the rest of it.
  public func kind(at position: Int) -> TopicKind {
    var reader = reader(at: position)
    guard let length = reader.count() else { return .other }
    reader.offset += length
    return reader.topicKind() ?? .other
  }

  /// The topics of `kind`, decoded, best first.
  public func topics(of kind: TopicKind) -> [SessionTopic] {
    indices.filter { self.kind(at: $0) == kind }.map { self[$0] }
  }

  /// The aliases of the topic at `position`, read by stepping over the rest of it.
  public func aliases(at position: Int) -> [String] {
    var reader = reader(at: position)
    return TopicCacheCodec.aliases(&reader) ?? []
  }

  private func reader(at position: Int) -> ByteReader<[UInt8]> {
    var reader = ByteReader(bytes: bytes)
    reader.offset = starts[position]
    return reader
  }

  /// `bytes` in an array of their own size when more than an eighth of its room is unused.
  private static func trimmed(_ bytes: [UInt8]) -> [UInt8] {
    bytes.capacity - bytes.count > bytes.count / 8 ? bytes.copiedToFit() : bytes
  }
}
