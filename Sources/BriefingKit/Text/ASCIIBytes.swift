/// Byte tests on eight bytes at once, read as one little-endian 64-bit word (SWAR): the scans
/// of plain text (``Article/wordCount``, paragraph cleaning, line splitting) step over runs of
/// ordinary ASCII a word at a time instead of a byte at a time.
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
}
