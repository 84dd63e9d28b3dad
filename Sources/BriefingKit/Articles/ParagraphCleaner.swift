/// Copies UTF-8 text into one clean paragraph: every run of white space (line breaks
/// included) becomes one space, leading and trailing space is dropped, and control
/// characters, soft hyphens and stray byte order marks are left out. A cleaner for text that
/// is not HTML also decodes the HTML character references in it (``CharacterReferences``).
///
/// ASCII bytes are handled one by one; other scalars are decoded to be classified and then
/// copied as they were, so no `String` is built until ``take()``.
struct ParagraphCleaner {
  private var bytes: [UInt8] = []
  private var pendingSpace = false
  private let decodesReferences: Bool

  /// A cleaner with room for `capacity` bytes, decoding character references when
  /// `decodesReferences`.
  init(capacity: Int = 0, decodesReferences: Bool = false) {
    bytes.reserveCapacity(capacity)
    self.decodesReferences = decodesReferences
  }

  /// Adds `source[range]`, which must be valid UTF-8 starting and ending on scalar bounds.
  mutating func append(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    var index = range.lowerBound
    let end = min(range.upperBound, source.count)
    while index < end {
      // Visible ASCII with single spaces between, the bulk of most text, is copied as it is.
      let run = Self.plainRun(source, from: index, to: end)
      if run > index {
        if pendingSpace { bytes.append(0x20) }
        pendingSpace = false
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[index..<run]))
        index = run
        continue
      }
      let byte = source[index]
      if byte < 0x80 {
        index += 1
        if byte == 0x20 || (0x09...0x0D).contains(byte) {
          pendingSpace = !bytes.isEmpty
        } else if byte >= 0x20 && byte != 0x7F {
          if pendingSpace { bytes.append(0x20) }
          pendingSpace = false
          bytes.append(byte)
        }
        continue
      }
      let start = index
      let scalar = ScalarArray.scalar(in: source, at: &index)
      if scalar.isSpaceOrNewline {
        pendingSpace = !bytes.isEmpty
        continue
      }
      let value = scalar.value
      if value == 0xAD || value == 0xFEFF || (0x80..<0xA0).contains(value) { continue }
      if pendingSpace { bytes.append(0x20) }
      pendingSpace = false
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
    }
  }

  /// The end of the run of visible ASCII bytes starting at `start`, spaces included where a
  /// single one stands between two visible bytes (`start` when the run is empty).
  @inline(__always)
  private static func plainRun(_ source: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
    -> Int
  {
    var index = start
    var runEnd = start
    // Eight bytes at a time while all of them belong to the run: visible, or a space with a
    // visible byte after it (the ninth byte is read for the last one) and not at `start`.
    while end - index > 8 {
      let chunk = ASCIIBytes.load(source, at: index)
      guard chunk & ASCIIBytes.high == 0 else { break }
      let visible = ASCIIBytes.gather(ASCIIBytes.highBits(chunk, in: 0x21, 0x7E))
      let spaces = ASCIIBytes.gather(ASCIIBytes.highBits(chunk, in: 0x20, 0x20))
      let ninth: UInt64 = source[index + 8] &- 0x21 < 0x5E ? 0x80 : 0
      var joining = spaces & (visible >> 1 | ninth)
      if index == start { joining &= ~1 }
      guard visible | joining == 0xFF else { break }
      // A space last in the chunk ends the run so far one byte early.
      runEnd = index + (visible & 0x80 != 0 ? 8 : 7)
      index += 8
    }
    while index < end {
      let byte = source[index]
      if byte &- 0x21 < 0x5E {
        index += 1
        runEnd = index
      } else if byte == 0x20, index > start, index + 1 < end, source[index + 1] &- 0x21 < 0x5E {
        index += 1
      } else {
        break
      }
    }
    return runEnd
  }

  /// Whether nothing has been added since the cleaner started or was last taken.
  var isEmpty: Bool { bytes.isEmpty }

  /// Adds a space (between two joined lines).
  mutating func appendSpace() {
    pendingSpace = !bytes.isEmpty
  }

  /// The paragraph built so far; the cleaner starts again empty.
  mutating func take() -> String {
    if decodesReferences { CharacterReferences.decode(&bytes) }
    // Run by run: a paragraph the cleaner builds mostly holds a byte outside ASCII (that is
    // why its line was not clean), and the standard library then checks it byte by byte.
    let text = ASCIIBytes.string(decoding: bytes)
    bytes.removeAll(keepingCapacity: true)
    pendingSpace = false
    return text
  }

  /// Whether `source[range]` holds only white space and line breaks.
  static func isBlank(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    let end = min(range.upperBound, source.count)
    while index < end {
      let byte = source[index]
      if byte < 0x80 {
        guard byte == 0x20 || (0x09...0x0D).contains(byte) else { return false }
        index += 1
      } else if !ScalarArray.scalar(in: source, at: &index).isSpaceOrNewline {
        return false
      }
    }
    return true
  }
}
