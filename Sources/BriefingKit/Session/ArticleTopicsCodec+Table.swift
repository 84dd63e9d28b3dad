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

  /// A ``TopicKind`` written as its raw value (see ``ByteReader/topicKind()``): the kind its
  /// length and first letters point to, if its bytes are that kind's spelling.
  mutating func topicKind() -> TopicKind? {
    guard let length = int(), length >= 0, length <= bytes.count - offset else { return nil }
    let spelled = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])
    offset += length
    let candidate: TopicKind? =
      switch (length, spelled.first, length > 1 ? spelled[1] : 0) {
      case (6, UInt8(ascii: "p"), UInt8(ascii: "e")): .person
      case (6, UInt8(ascii: "p"), _): .phrase
      case (3, _, _): .organisation
      case (5, UInt8(ascii: "p"), _): .place
      case (5, _, _): .other
      default: nil
      }
    if let candidate, Self.isSpelling(spelled, of: candidate) { return candidate }
    return TopicKind(rawValue: String(decoding: spelled, as: UTF8.self))
  }

  /// The UTF-8 bytes of each kind's raw value, in the order of `TopicKind.allCases`.
  private static let spellings = TopicKind.allCases.map { Array($0.rawValue.utf8) }

  /// Whether `bytes` are the UTF-8 bytes of `kind`'s raw value.
  private static func isSpelling(_ bytes: UnsafeRawBufferPointer, of kind: TopicKind) -> Bool {
    let spelling = spellings[slot(kind)]
    guard spelling.count == bytes.count else { return false }
    for index in 0..<bytes.count where spelling[index] != bytes[index] { return false }
    return true
  }

  private static func slot(_ kind: TopicKind) -> Int {
    switch kind {
    case .person: 0
    case .organisation: 1
    case .place: 2
    case .other: 3
    case .phrase: 4
    }
  }
}
