/// The session's topic ranking as the bytes kept in the `cache` table: strings with their
/// length, numbers as variable-length integers, scores as their exact bit pattern.
///
/// JSON took about 400 ms to decode at 20,000 articles (6 MB, mostly article ids); this form
/// is read in one pass. Bytes in any other form (an older JSON cache, damage) decode to nil,
/// and the ranking is computed again.
enum TopicCacheCodec {
  /// The first byte of the encoding; JSON starts with `[`.
  static let format: UInt8 = 0xB1

  static func encode(_ topics: [SessionTopic]) -> [UInt8] {
    var writer = ByteWriter(bytes: [format])
    // Room for a typical topic (name, kind, score, a few articles) so the bytes rarely regrow.
    writer.bytes.reserveCapacity(16 + 40 * topics.count)
    writer.append(topics.count)
    for topic in topics {
      writer.append(topic.name)
      writer.append(topic.kind.rawValue)
      writer.append(topic.score)
      writer.append(topic.mentions)
      writer.append(topic.articles.count)
      for id in topic.articles { writer.append(id) }
      writer.append(topic.aliases)
      writer.append(optional: topic.role)
    }
    return writer.bytes
  }

  static func decode(_ bytes: [UInt8]) -> [SessionTopic]? {
    var reader = ByteReader(bytes: bytes)
    guard reader.byte() == format, let count = reader.int(), count >= 0 else { return nil }
    var topics: [SessionTopic] = []
    topics.reserveCapacity(min(count, bytes.count))
    for _ in 0..<count {
      guard let name = reader.string(), let kind = reader.topicKind(),
        let score = reader.double(), let mentions = reader.int(),
        let articles = reader.list({ $0.int() }), let aliases = reader.list({ $0.string() }),
        let role = reader.optionalString()
      else { return nil }
      topics.append(
        SessionTopic(
          name: name, kind: kind, score: score, mentions: mentions, articles: articles,
          aliases: aliases, role: role))
    }
    return reader.isAtEnd ? topics : nil
  }
}
