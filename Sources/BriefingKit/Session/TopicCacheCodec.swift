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
    var bytes: [UInt8] = [format]
    append(topics.count, to: &bytes)
    for topic in topics {
      append(topic.name, to: &bytes)
      append(topic.kind.rawValue, to: &bytes)
      append(UInt64(topic.score.bitPattern), to: &bytes)
      append(topic.mentions, to: &bytes)
      append(topic.articles.count, to: &bytes)
      for id in topic.articles { append(id, to: &bytes) }
      append(topic.aliases.count, to: &bytes)
      for alias in topic.aliases { append(alias, to: &bytes) }
      append(topic.role == nil ? 0 : 1, to: &bytes)
      if let role = topic.role { append(role, to: &bytes) }
    }
    return bytes
  }

  static func decode(_ bytes: [UInt8]) -> [SessionTopic]? {
    var reader = ByteReader(bytes: bytes)
    guard reader.byte() == format, let count = reader.int(), count >= 0 else { return nil }
    var topics: [SessionTopic] = []
    topics.reserveCapacity(min(count, bytes.count))
    for _ in 0..<count {
      guard let name = reader.string(), let kind = reader.string().flatMap(TopicKind.init),
        let score = reader.varint().map({ Double(bitPattern: $0) }), let mentions = reader.int(),
        let articles = reader.list({ $0.int() }), let aliases = reader.list({ $0.string() }),
        let hasRole = reader.int()
      else { return nil }
      let role = hasRole == 1 ? reader.string() : nil
      if hasRole == 1 && role == nil { return nil }
      topics.append(
        SessionTopic(
          name: name, kind: kind, score: score, mentions: mentions, articles: articles,
          aliases: aliases, role: role))
    }
    return reader.isAtEnd ? topics : nil
  }

  private static func append(_ value: UInt64, to bytes: inout [UInt8]) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  private static func append(_ value: Int, to bytes: inout [UInt8]) {
    append(UInt64(bitPattern: Int64(value)), to: &bytes)
  }

  private static func append(_ text: String, to bytes: inout [UInt8]) {
    append(text.utf8.count, to: &bytes)
    bytes.append(contentsOf: text.utf8)
  }
}

/// Reads ``TopicCacheCodec``'s bytes; every read is checked and gives nil past the end.
private struct ByteReader {
  let bytes: [UInt8]
  var offset = 0

  var isAtEnd: Bool { offset == bytes.count }

  mutating func byte() -> UInt8? {
    guard offset < bytes.count else { return nil }
    offset += 1
    return bytes[offset - 1]
  }

  mutating func varint() -> UInt64? {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while shift < 64, let byte = byte() {
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
    return nil
  }

  mutating func int() -> Int? {
    varint().map { Int(truncatingIfNeeded: Int64(bitPattern: $0)) }
  }

  mutating func string() -> String? {
    guard let length = int(), length >= 0, length <= bytes.count - offset else { return nil }
    let text = String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    offset += length
    return text
  }

  /// A count, then that many items read by `item`.
  mutating func list<T>(_ item: (inout ByteReader) -> T?) -> [T]? {
    guard let count = int(), count >= 0, count <= bytes.count - offset else { return nil }
    var items: [T] = []
    items.reserveCapacity(count)
    for _ in 0..<count {
      guard let value = item(&self) else { return nil }
      items.append(value)
    }
    return items
  }
}
