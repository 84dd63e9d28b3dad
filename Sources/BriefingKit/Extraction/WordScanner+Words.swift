extension WordScanner {
  /// What a scalar inside a word does to it.
  enum Step {
    /// The scalar belongs to the word (or is dropped from it): read on.
    case next
    /// The word ended before the scalar.
    case end
    /// The word is complete; scanning resumes at the cursor.
    case done(Cursor)
  }

  /// Reads one word starting at `start`, appends its token(s), and returns where to go on.
  @inline(__always)
  mutating func readWord(
    _ bytes: UnsafeBufferPointer<UInt8>, _ kinds: UnsafeBufferPointer<UInt64>, from start: Cursor,
    headline: Bool
  ) -> Cursor {
    // `buffer` is cleared when a word first needs it (`copyWord`), not for every word.
    var word = Word(start: start)
    var cursor = start
    // Most words are ASCII letters and digits ended by a space or plain punctuation: they are
    // hashed as they are read and finished without decoding what ends them. A digit folds to
    // itself (0x30...0x39 have bit 0x20 set), so every byte is hashed folded.
    var index = start.byte
    var counts: UInt64 = 0
    var hash = word.hash
    // Two bytes a step, with one test of the end for both: this loop runs for most bytes of
    // the text. A word that stops at the second byte, or a last byte left over, is read below.
    while index &+ 1 < bytes.count {
      let (first, second) = (bytes[index], bytes[index &+ 1])
      let (kind, next) = (kinds[Int(first)], kinds[Int(second)])
      if kind == 0 { break }
      hash.add(first | 0x20)
      counts &+= kind
      index &+= 1
      if next == 0 { break }
      hash.add(second | 0x20)
      counts &+= next
      index &+= 1
    }
    if index < bytes.count, kinds[Int(bytes[index])] != 0 {
      hash.add(bytes[index] | 0x20)
      counts &+= kinds[Int(bytes[index])]
      index &+= 1
    }
    let length = index - start.byte
    // The same counts as ``takeASCII(_:into:)`` keeps, taken in one go; a run too long for
    // the packed counts (a million letters) is counted again byte by byte.
    var upper = Int(counts & 0x1F_FFFF)
    var digits = Int(counts >> 21 & 0x1F_FFFF)
    if length >= 0x1F_FFFF { (upper, digits) = Self.recount(bytes, start.byte..<index) }
    word.hash = hash
    word.letters = length - digits
    word.upper = upper
    word.segment = length
    if upper > 0 && Self.firstLetterIsUpper(bytes, from: start.byte) {
      word.flags.insert(.capitalised)
    }
    if digits > 0 { word.flags.insert(.hasDigit) }
    cursor.byte = index
    cursor.scalar += index - start.byte
    word.hashEnd = index
    if Self.isPlainEnd(bytes, at: cursor.byte) {
      return finishWord(bytes, &word, end: cursor, resume: cursor, headline: headline)
    }
    return readRest(bytes, of: word, from: cursor, headline: headline)
  }

  /// True when the byte at `index` ends a word of ASCII letters and digits read so far, as
  /// ``step(over:length:_:_:_:headline:)`` would decide: the end of the text, or ASCII that is
  /// not a letter or digit, and for `'`, `-`, `.` and `&` not followed by one or by non-ASCII.
  @inline(__always)
  static func isPlainEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index < bytes.count else { return true }
    let byte = bytes[index]
    guard byte < 0x80 else { return false }
    guard byte == 0x27 || byte == 0x2D || byte == 0x2E || byte == 0x26 else {
      return !isAlphanumeric(byte)
    }
    guard index + 1 < bytes.count else { return true }
    let next = bytes[index + 1]
    return next < 0x80 && !isAlphanumeric(next)
  }

  /// True when the first letter of the ASCII letters and digits from `start` on is a capital;
  /// the run must hold a letter.
  @inline(__always)
  static func firstLetterIsUpper(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
    var index = start
    while index < bytes.count, bytes[index] &- 0x30 < 10 { index += 1 }
    return index < bytes.count && bytes[index] < 0x60
  }

  /// The capitals and digits among `range` of ASCII letters and digits, one byte at a time.
  @inline(never)
  static func recount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (Int, Int) {
    var (upper, digits) = (0, 0)
    for index in range {
      if bytes[index] &- 0x41 < 26 { upper += 1 }
      if bytes[index] &- 0x30 < 10 { digits += 1 }
    }
    return (upper, digits)
  }

  /// Counts an ASCII letter or digit of the word; false for any other byte.
  @inline(__always)
  mutating func takeASCII(_ byte: UInt8, into word: inout Word) -> Bool {
    if byte >= 0x61 && byte <= 0x7A {
      word.letters += 1
    } else if byte >= 0x41 && byte <= 0x5A {
      if word.letters == 0 { word.flags.insert(.capitalised) }
      word.upper += 1
      word.letters += 1
    } else if byte >= 0x30 && byte <= 0x39 {
      word.flags.insert(.hasDigit)
    } else {
      return false
    }
    if word.isCopied { buffer.append(byte) }
    word.segment += 1
    return true
  }

}
