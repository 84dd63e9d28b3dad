/// One article's ranked topics as the single value the session stores for it.
///
/// One row per article instead of one per topic: BBC's 2,127 articles held 77,000 topic rows,
/// whose inserts and reads cost more than the topics themselves.
enum ArticleTopicsCodec {
  /// The first byte of the encoding, so other bytes are recognised as damage.
  static let format: UInt8 = 0xA1

  /// The bytes ``ByteWriter`` would write for the topics, written straight into an array
  /// sized for them once: appending field by field (a capacity and uniqueness check a byte
  /// run, a string built for each kind) cost 880 instructions a topic.
  static func encode(_ topics: [Topic]) -> [UInt8] {
    var bound = 1 + 10
    for topic in topics {
      bound += UnsafeByteWriter.topicBound(
        name: topic.name, aliases: topic.aliases, role: topic.role)
    }
    return [UInt8](unsafeUninitializedCapacity: bound) { buffer, count in
      guard let base = buffer.baseAddress else { return }
      var writer = UnsafeByteWriter(base: base)
      writer.byte(format)
      writer.varint(topics.count)
      for topic in topics {
        writer.topicHead(
          name: topic.name, kind: topic.kind, score: topic.score, mentions: topic.mentions)
        writer.topicTail(aliases: topic.aliases, role: topic.role)
      }
      count = writer.offset
    }
  }

  /// The topics, or nil when the bytes are not this encoding (damage).
  static func decode(_ bytes: [UInt8]) -> [Topic]? {
    var reader = ByteReader(bytes: bytes)
    guard reader.byte() == format, let count = reader.int(), count >= 0 else { return nil }
    var topics: [Topic] = []
    topics.reserveCapacity(min(count, bytes.count))
    for _ in 0..<count {
      guard let name = reader.string(), let kind = reader.topicKind(),
        let score = reader.double(), let mentions = reader.int(),
        let aliases = reader.list({ $0.string() }), let role = reader.optionalString()
      else { return nil }
      topics.append(
        Topic(
          name: name, kind: kind, score: score, mentions: mentions, aliases: aliases, role: role))
    }
    return reader.isAtEnd ? topics : nil
  }
}
