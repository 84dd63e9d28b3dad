/// The lines of UTF-8 text split at `\n`, each marked when ``ParagraphCleaner`` would give it
/// back unchanged: a clean line alone in its block is a paragraph as the text has it.
///
/// A clean line is ASCII: visible bytes other than `&` (which may start a character
/// reference), with single spaces between them and none at either end. One pass finds the
/// line breaks and the lines that are not clean, eight bytes at a time (``ASCIIBytes``).
struct PlainLines {
  /// The byte ranges of the lines, the last one after the last `\n` (perhaps empty).
  private(set) var ranges: [Range<Int>] = []
  /// Whether each line is clean.
  private(set) var isClean: [Bool] = []

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    ranges.reserveCapacity(32)
    isClean.reserveCapacity(32)
    var start = 0
    var isLineClean = true
    var index = 0
    while index < bytes.count {
      // Nine bytes are read so that a space last in the eight is seen with the byte after it.
      if bytes.count &- index > 8 {
        let chunk = ASCIIBytes.load(bytes, at: index)
        let marks =
          isLineClean
          ? Self.marks(chunk, next: ASCIIBytes.load(bytes, at: index + 1))
          : ASCIIBytes.highBits(chunk, equalTo: 0x0A)
        guard marks != 0 else {
          index &+= 8
          continue
        }
        // The lowest mark is exact (the tests can only mark bytes above a true one).
        index &+= marks.trailingZeroBitCount &>> 3
      }
      let byte = bytes[index]
      if byte == 0x0A {
        let isClean = isLineClean && index > start && bytes[start] != 0x20
        ranges.append(start..<index)
        self.isClean.append(isClean && bytes[index - 1] != 0x20)
        start = index + 1
        isLineClean = true
      } else if !(byte &- 0x21 < 0x5E && byte != 0x26) {
        let isSingleSpace = byte == 0x20 && (index + 1 == bytes.count || bytes[index + 1] != 0x20)
        if !isSingleSpace { isLineClean = false }
      }
      index &+= 1
    }
    let end = bytes.count
    ranges.append(start..<end)
    isClean.append(isLineClean && end > start && bytes[start] != 0x20 && bytes[end - 1] != 0x20)
  }

  /// A high bit set in some byte of `chunk` exactly when one of its bytes is not ASCII, a
  /// control byte (the line break among them), DEL, `&`, or a space followed by another in
  /// `next` (the eight bytes one further on). Each term is Hacker's Delight 6-1, as in
  /// ``ASCIIBytes/hasByte(_:below:)``, on bytes below 0x80; a term may also mark bytes above
  /// a marked one, and the pair test the last byte when the byte after the eight is not
  /// ASCII, so a marked byte is checked again alone.
  @inline(__always)
  private static func marks(_ chunk: UInt64, next: UInt64) -> UInt64 {
    let ones = ASCIIBytes.ones
    let spaces = 0x20 &* ones
    // Zero in byte `i` when bytes `i` and `i + 1` are both spaces.
    let pairs = (chunk ^ spaces) | (next ^ spaces)
    let odd =
      chunk | (chunk &- spaces) | (chunk &+ ones) | ((chunk ^ 0x26 &* ones) &- ones)
      | (pairs &- ones)
    return odd & ASCIIBytes.high
  }
}
