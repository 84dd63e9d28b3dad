/// JSON written through a pointer into room made beforehand for at most the bytes it writes
/// (each writer's bound): no capacity or uniqueness check per piece, which appending to an
/// array makes (about 20 instructions a byte appended alone, 90 a run; 20 M instructions of
/// the 7,000 BBC quotes' `quotes --json`).
struct JSONByteWriter {
  let base: UnsafeMutablePointer<UInt8>
  /// The number of bytes written.
  var offset = 0

  /// The most bytes ``quoted(_:)`` writes for `count` bytes of text: each may become `\u00XX`.
  static func quotedBound(_ count: Int) -> Int { 2 + 6 * count }

  /// The most bytes ``decimal(_:)`` writes.
  static let decimalBound = 20

  @inline(__always)
  mutating func byte(_ value: UInt8) {
    base[offset] = value
    offset &+= 1
  }

  @inline(__always)
  mutating func literal(_ text: StaticString) {
    (base + offset).initialize(from: text.utf8Start, count: text.utf8CodeUnitCount)
    offset &+= text.utf8CodeUnitCount
  }

  /// `value` in decimal, as `String(value)` writes it: the digits counted first, then written
  /// last first in place (``digits(of:)``).
  mutating func decimal(_ value: Int) {
    if value < 0 { byte(UInt8(ascii: "-")) }
    digits(of: value.magnitude)
  }

  /// The decimal digits of `value`.
  mutating func digits(of value: UInt) {
    var rest = value
    var count = 1
    var probe = rest
    while probe >= 10 {
      probe /= 10
      count &+= 1
    }
    var index = offset &+ count
    repeat {
      index &-= 1
      base[index] = UInt8(truncatingIfNeeded: rest % 10) &+ 0x30
      rest /= 10
    } while rest > 0
    offset &+= count
  }

  /// The UTF-8 text `utf8` as a JSON string literal: runs that need no escape are copied
  /// whole; `"`, `\\`, control characters and U+2028/U+2029 (which end lines in JavaScript)
  /// are escaped.
  mutating func quoted(_ utf8: UnsafeBufferPointer<UInt8>) {
    byte(UInt8(ascii: "\""))
    var run = 0
    var index = 0
    while index < utf8.count {
      // Eight bytes at a time past runs with no byte that may need an escape, else on to the
      // first that may: a byte before it needs none.
      if utf8.count - index >= 8 {
        let marks = Self.escapeMarks(ASCIIBytes.load(utf8, at: index))
        guard marks != 0 else {
          index &+= 8
          continue
        }
        index &+= marks.trailingZeroBitCount &>> 3
      }
      let byte = utf8[index]
      let isSeparator =
        byte == 0xE2 && index + 2 < utf8.count && utf8[index + 1] == 0x80
        && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9)
      guard byte < 0x20 || byte == 0x22 || byte == 0x5C || isSeparator else {
        index &+= 1
        continue
      }
      copy(utf8, run..<index)
      if isSeparator {
        literal(utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
        index &+= 3
      } else {
        escape(byte)
        index &+= 1
      }
      run = index
    }
    copy(utf8, run..<utf8.count)
    self.byte(UInt8(ascii: "\""))
  }

  private mutating func copy(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    guard let source = utf8.baseAddress, !range.isEmpty else { return }
    (base + offset).initialize(from: source + range.lowerBound, count: range.count)
    offset &+= range.count
  }

  private mutating func escape(_ byte: UInt8) {
    switch byte {
    case 0x22: literal("\\\"")
    case 0x5C: literal("\\\\")
    case 0x0A: literal("\\n")
    case 0x0D: literal("\\r")
    case 0x09: literal("\\t")
    default:
      literal("\\u00")
      self.byte(Self.hexDigit(byte >> 4))
      self.byte(Self.hexDigit(byte & 0x0F))
    }
  }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? 0x30 + value : 0x57 + value
  }

  /// The high bit of the first byte of `chunk` that is a control byte, `"`, `\\` or 0xE2
  /// (which starts U+2028 and U+2029) is set, and no bit below it: 0 when none of the eight
  /// needs an escape. Bits above it may be set without cause.
  @inline(__always)
  private static func escapeMarks(_ chunk: UInt64) -> UInt64 {
    let marks =
      ASCIIBytes.highBits(chunk, equalTo: 0x22) | ASCIIBytes.highBits(chunk, equalTo: 0x5C)
      | ASCIIBytes.highBits(chunk, equalTo: 0xE2)
    let ones = ASCIIBytes.ones
    return marks | (chunk &- 0x20 &* ones) & ~chunk & ASCIIBytes.high
  }
}

/// Bytes of a JSON document that grows by pieces of a known bound, each written by a
/// ``JSONByteWriter`` into memory of its own (no zeroed room to write over, no array checks).
/// Freed by ``take(_:)``, which must be called once.
struct JSONBytes {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private var count = 0

  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  /// Writes a piece of at most `bound` bytes with `body`.
  mutating func write(bound: Int, _ body: (inout JSONByteWriter) -> Void) {
    if count + bound > capacity { grow(to: count + bound) }
    var writer = JSONByteWriter(base: base + count)
    body(&writer)
    count += writer.offset
  }

  private mutating func grow(to needed: Int) {
    let larger = max(needed, capacity * 2)
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
    moved.moveInitialize(from: base, count: count)
    base.deallocate()
    (base, capacity) = (moved, larger)
  }

  /// `body`'s value for the bytes written, then frees them.
  mutating func take<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    defer {
      base.deallocate()
      (base, capacity, count) = (.allocate(capacity: 0), 0, 0)
    }
    return body(UnsafeBufferPointer(start: base, count: count))
  }
}
