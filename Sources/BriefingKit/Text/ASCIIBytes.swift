/// Byte tests on eight bytes at once, read as one little-endian 64-bit word (SWAR): the scans
/// of plain text (``Article/wordCount``, paragraph cleaning, line splitting) step over runs of
/// ordinary ASCII a word at a time instead of a byte at a time; UTF-8 made a string run by
/// run (``string(decoding:)``) for the readers and the JSON writers alike.
enum ASCIIBytes {
  /// Every byte 0x01.
  static let ones: UInt64 = 0x0101_0101_0101_0101
  /// The high bit of every byte: clear in all of eight ASCII bytes.
  static let high: UInt64 = 0x8080_8080_8080_8080

  /// Eight bytes from `bytes` at `offset` (which must leave eight bytes), the first in memory
  /// lowest.
  @inline(__always)
  static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
    UInt64(
      littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(
        fromByteOffset: offset, as: UInt64.self))
  }

  /// The high bit of each byte of `chunk`, all ASCII, that lies in `low...high`.
  @inline(__always)
  static func highBits(_ chunk: UInt64, in low: UInt64, _ high: UInt64) -> UInt64 {
    // A byte below 0x80 plus at most 0x7F stays below 0x100, so no sum carries into the next
    // byte: each byte's high bit tells whether it reached the bound.
    let atLeast = chunk &+ ((0x80 - low) &* ones)
    let above = chunk &+ ((0x7F - high) &* ones)
    return atLeast & ~above & Self.high
  }

  /// The high bit of each byte of `chunk` (any bytes) equal to `byte`.
  @inline(__always)
  static func highBits(_ chunk: UInt64, equalTo byte: UInt8) -> UInt64 {
    let differences = chunk ^ (UInt64(byte) &* ones)
    // Exact zero-byte test: a byte's high bit survives only when the byte is 0.
    let low = (differences & ~Self.high) &+ ~Self.high
    return ~(low | differences | ~Self.high)
  }

  /// True when some byte of `chunk` (any bytes) is below `bound`, which is at most 0x80
  /// (Hacker's Delight 6-1: exact for whether any byte is, not for which ones).
  @inline(__always)
  static func hasByte(_ chunk: UInt64, below bound: UInt8) -> Bool {
    (chunk &- UInt64(bound) &* ones) & ~chunk & high != 0
  }

  /// Bit `i` set when byte `i` of `bits` has its high bit set.
  @inline(__always)
  static func gather(_ bits: UInt64) -> UInt64 {
    // One 0 or 1 per byte, moved to the top byte by a multiply whose partial products never
    // overlap, so nothing carries.
    ((bits >> 7) &* 0x0102_0408_1020_4080) >> 56
  }

  /// `String(decoding: bytes, as: UTF8.self)`, made from the runs of ASCII bytes and the runs
  /// of other bytes one by one. The standard library checks a whole buffer byte by byte as soon
  /// as it holds one byte that is not ASCII (23M instructions for the JSON of the 7,000 BBC
  /// quotes, most of whose articles have a `’` or `£`), and an ASCII run eight bytes at a time.
  /// An ASCII byte ends any UTF-8 sequence, so invalid bytes are repaired as in the whole.
  static func string(decoding bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer { string(decoding: $0) }
  }

  /// ``string(decoding:)`` of bytes in place.
  static func string(decoding bytes: UnsafeBufferPointer<UInt8>) -> String {
    var text = ""
    text.reserveCapacity(bytes.count)
    var runStart = 0
    var index = 0
    while index < bytes.count {
      if bytes.count - index >= 8 {
        let high = ASCIIBytes.load(bytes, at: index) & ASCIIBytes.high
        // On to the first byte that is not ASCII, if the eight hold one.
        index += high == 0 ? 8 : high.trailingZeroBitCount / 8
        if high == 0 { continue }
      } else if bytes[index] < 0x80 {
        index += 1
        continue
      }
      var end = index + 1
      while end < bytes.count, bytes[end] >= 0x80 { end += 1 }
      text += String(
        decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<index]), as: UTF8.self)
      text += String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
      runStart = end
      index = end
    }
    text += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart...]), as: UTF8.self)
    return text
  }
}
