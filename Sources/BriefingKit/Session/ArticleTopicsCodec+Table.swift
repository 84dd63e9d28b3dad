extension ArticleTopicsCodec {
  /// Appends the topics encoded in `bytes` to `table`, as topics of the article it started
  /// last, reading their strings straight from the bytes into the table's ids. Returns false,
  /// having appended nothing, when the bytes are not this encoding (damage), as ``decode(_:)``
  /// gives nil for them.
  @discardableResult
  static func decode(_ bytes: UnsafeRawBufferPointer, into table: inout TopicTable) -> Bool {
    let mark = table.mark
    var reader = RawByteReader(bytes: bytes)
    guard reader.byte() == format, let count = reader.int(), count >= 0 else { return false }
    for _ in 0..<count {
      guard let name = reader.string(into: &table), let kind = reader.topicKind(),
        let score = reader.double(), let mentions = reader.int(),
        let aliasCount = reader.count()
      else {
        table.rollBack(to: mark)
        return false
      }
      for _ in 0..<aliasCount {
        guard let alias = reader.string(into: &table) else {
          table.rollBack(to: mark)
          return false
        }
        table.appendAlias(alias)
      }
      guard let role = reader.optionalString(into: &table) else {
        table.rollBack(to: mark)
        return false
      }
      table.append(
        name: name, kind: kind, score: score, mentions: mentions, aliasCount: aliasCount,
        role: role)
    }
    guard reader.isAtEnd else {
      table.rollBack(to: mark)
      return false
    }
    return true
  }
}

/// ``ByteReader``'s reads over bytes it does not own, with strings read as ids of a
/// ``TopicTable``; the same checks, so damage reads as nil in the same places.
private struct RawByteReader {
  let bytes: UnsafeRawBufferPointer
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

  mutating func double() -> Double? {
    varint().map { Double(bitPattern: $0) }
  }

  /// A list's count: not negative, and no more than the bytes left.
  mutating func count() -> Int? {
    guard let count = int(), count >= 0, count <= bytes.count - offset else { return nil }
    return count
  }

  /// The id in `table` of the string that comes next.
  mutating func string(into table: inout TopicTable) -> Int32? {
    guard let length = int(), length >= 0, length <= bytes.count - offset else { return nil }
    let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])
    offset += length
    return table.id(of: slice.assumingMemoryBound(to: UInt8.self))
  }

  /// An optional string's id, -1 for none; nil is damage.
  mutating func optionalString(into table: inout TopicTable) -> Int32? {
    switch int() {
    case 0?: return -1
    case 1?: return string(into: &table)
    default: return nil
    }
  }

  /// A ``TopicKind`` written as its raw value (see ``ByteReader/topicKind()``).
  mutating func topicKind() -> TopicKind? {
    guard let length = int(), length >= 0, length <= bytes.count - offset else { return nil }
    let spelled = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])
    offset += length
    for (raw, kind) in Self.kindSpellings where raw.count == length {
      if raw.elementsEqual(spelled) { return kind }
    }
    return TopicKind(rawValue: String(decoding: spelled, as: UTF8.self))
  }

  /// Each kind with the UTF-8 bytes of its raw value.
  private static let kindSpellings = TopicKind.allCases.map { (Array($0.rawValue.utf8), $0) }
}
