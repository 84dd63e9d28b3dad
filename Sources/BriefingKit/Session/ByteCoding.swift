/// Writes the compact binary form the session keeps its derived data in: integers as
/// variable-length integers, strings with their UTF-8 length first.
struct ByteWriter {
  var bytes: [UInt8] = []

  mutating func append(_ value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  mutating func append(_ value: Int) {
    append(UInt64(bitPattern: Int64(value)))
  }

  /// The exact bit pattern, so a score reads back equal.
  mutating func append(_ value: Double) {
    append(value.bitPattern)
  }

  /// The UTF-8 length, then the bytes, copied at once from the string's contiguous storage
  /// (appending `text.utf8` went byte by byte).
  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { utf8 in
      append(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  /// An optional string: a 0 or 1 flag, then the string.
  mutating func append(optional text: String?) {
    append(text == nil ? 0 : 1)
    if let text { append(text) }
  }

  mutating func append(_ list: [String]) {
    append(list.count)
    for item in list { append(item) }
  }

  /// Appends what `body` writes, at most `bound` bytes, written first into scratch memory and
  /// then copied at once: for a run of fields, appending them one by one checked the capacity
  /// and uniqueness of the array at each byte, and zeroing `bound` bytes of the array to write
  /// in place then dropping those left over cost 390 instructions a topic of the ranking.
  mutating func append(bound: Int, _ body: (inout UnsafeByteWriter) -> Void) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bound) { scratch in
      guard let base = scratch.baseAddress else { return }
      var writer = UnsafeByteWriter(base: base)
      body(&writer)
      bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: writer.offset))
    }
  }
}

/// Writes ``ByteWriter``'s encoding into memory sized beforehand (no checks: the caller
/// reserves enough).
struct UnsafeByteWriter {
  let base: UnsafeMutablePointer<UInt8>
  var offset = 0

  @inline(__always)
  mutating func byte(_ value: UInt8) {
    base[offset] = value
    offset += 1
  }

  @inline(__always)
  mutating func varint(_ value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      byte(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    byte(UInt8(rest))
  }

  @inline(__always)
  mutating func varint(_ value: Int) {
    varint(UInt64(bitPattern: Int64(value)))
  }

  /// The UTF-8 length, then the bytes.
  mutating func string(_ text: String) {
    var text = text
    text.withUTF8 { utf8 in
      varint(utf8.count)
      if let source = utf8.baseAddress {
        (base + offset).initialize(from: source, count: utf8.count)
      }
      offset += utf8.count
    }
  }

  /// An optional string: a 0 or 1 flag, then the string.
  mutating func optionalString(_ text: String?) {
    byte(text == nil ? 0 : 1)
    if let text { string(text) }
  }

  /// What a topic starts with in both topic encodings (``ArticleTopicsCodec``,
  /// ``TopicCacheCodec``): its name, kind, score and mentions.
  mutating func topicHead(name: String, kind: TopicKind, score: Double, mentions: Int) {
    string(name)
    self.kind(kind)
    varint(score.bitPattern)
    varint(mentions)
  }

  /// What a topic ends with in both topic encodings: its aliases, then its role.
  mutating func topicTail(aliases: [String], role: String?) {
    varint(aliases.count)
    for alias in aliases { string(alias) }
    optionalString(role)
  }

  /// The most bytes ``topicHead(name:kind:score:mentions:)`` and
  /// ``topicTail(aliases:role:)`` write for these strings: an integer takes at most 10
  /// bytes, a string its length and its UTF-8, a kind 6.
  static func topicBound(name: String, aliases: [String], role: String?) -> Int {
    var bound = 10 + name.utf8.count + 10 + 6 + 10 + 10 + 10 + 1 + 10 + (role?.utf8.count ?? 0)
    for alias in aliases { bound += 10 + alias.utf8.count }
    return bound
  }

  /// The kind's raw value as a string, from the bytes of its spelling.
  mutating func kind(_ kind: TopicKind) {
    let spelling = kind.spelling
    let count = spelling.utf8CodeUnitCount
    varint(count)
    (base + offset).initialize(from: spelling.utf8Start, count: count)
    offset += count
  }
}

/// Reads ``ByteWriter``'s bytes; every read is checked and gives nil past the end or on bytes
/// of another form, so damaged data is noticed instead of trapping.
///
/// Generic over where the bytes live: an array the reader keeps, or SQLite's buffer read in
/// place (`UnsafeRawBufferPointer`, see ``ArticleTopicsCodec/decode(_:into:)``). Both index
/// from 0.
struct ByteReader<Bytes: RandomAccessCollection> where Bytes.Element == UInt8, Bytes.Index == Int {
  let bytes: Bytes
  var offset = 0

  init(bytes: Bytes) {
    self.bytes = bytes
    offset = bytes.startIndex
  }

  var isAtEnd: Bool { offset == bytes.endIndex }

  mutating func byte() -> UInt8? {
    guard offset < bytes.endIndex else { return nil }
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

  /// A list's count or a string's length: not negative, and no more than the bytes left.
  mutating func count() -> Int? {
    guard let count = int(), count >= 0, count <= bytes.endIndex - offset else { return nil }
    return count
  }

  mutating func string() -> String? {
    guard let length = count() else { return nil }
    let text = String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    offset += length
    return text
  }

  /// An optional string written by ``ByteWriter/append(optional:)``; the outer nil is damage.
  mutating func optionalString() -> String?? {
    switch int() {
    case 0?: return .some(nil)
    case 1?: return string().map { .some($0) }
    default: return nil
    }
  }

  /// A count, then that many items read by `item`.
  mutating func list<T>(_ item: (inout Self) -> T?) -> [T]? {
    guard let total = count() else { return nil }
    var items: [T] = []
    items.reserveCapacity(total)
    for _ in 0..<total {
      guard let value = item(&self) else { return nil }
      items.append(value)
    }
    return items
  }
}

extension ByteReader {
  /// A ``TopicKind`` written as its raw value, matched on the bytes: building a string to
  /// compare with each case's cost 440 instructions a topic, a third of decoding one, and
  /// comparing slices with `elementsEqual` 350. Only the spelling whose second byte the bytes
  /// have is compared, with the bytes of a `StaticString` (an array of spellings cost a
  /// retain and a release of the one compared). Bytes of no case's spelling are read as a
  /// string, as `TopicKind(rawValue:)` would take them.
  mutating func topicKind() -> TopicKind? {
    let saved = offset
    guard let length = count() else { return nil }
    if length >= 2, let kind = TopicKind(secondByte: bytes[offset + 1]),
      kind.spelling.utf8CodeUnitCount == length
    {
      let spelling = kind.spelling.utf8Start
      var index = 0
      while index < length, bytes[offset + index] == spelling[index] { index += 1 }
      if index == length {
        offset += length
        return kind
      }
    }
    offset = saved
    return string().flatMap(TopicKind.init)
  }
}

extension TopicKind {
  /// The raw value's UTF-8 bytes, which the topic encodings write.
  var spelling: StaticString {
    switch self {
    case .person: "person"
    case .organisation: "org"
    case .place: "place"
    case .other: "other"
    case .phrase: "phrase"
    }
  }

  /// The kind whose ``spelling`` has `second` as its second byte, nil for none: the five
  /// differ there (`pe`rson, `or`g, `pl`ace, `ot`her, `ph`rase).
  init?(secondByte second: UInt8) {
    switch second {
    case UInt8(ascii: "e"): self = .person
    case UInt8(ascii: "r"): self = .organisation
    case UInt8(ascii: "l"): self = .place
    case UInt8(ascii: "t"): self = .other
    case UInt8(ascii: "h"): self = .phrase
    default: return nil
    }
  }
}
