/// One article's ranked topics as the single value the session stores for it.
///
/// One row per article instead of one per topic: BBC's 2,127 articles held 77,000 topic rows,
/// whose inserts and reads cost more than the topics themselves.
enum ArticleTopicsCodec {
  /// The first byte of the encoding, so other bytes are recognised as damage.
  static let format: UInt8 = 0xA1

  static func encode(_ topics: [Topic]) -> [UInt8] {
    var writer = ByteWriter(bytes: [format])
    // Room for a typical topic (name, kind, score, counts) so the bytes rarely regrow.
    writer.bytes.reserveCapacity(16 + 48 * topics.count)
    writer.append(topics.count)
    for topic in topics {
      writer.append(topic.name)
      writer.append(topic.kind.rawValue)
      writer.append(topic.score)
      writer.append(topic.mentions)
      writer.append(topic.aliases)
      writer.append(optional: topic.role)
    }
    return writer.bytes
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
