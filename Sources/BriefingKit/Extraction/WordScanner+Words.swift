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
  mutating func readWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Cursor, headline: Bool)
    -> Cursor
  {
    // `buffer` is cleared when a word first needs it (`copyWord`), not for every word.
    var word = Word(start: start)
    var cursor = start
    // Most words are ASCII letters and digits ended by a space or plain punctuation: they are
    // hashed as they are read and finished without decoding what ends them.
    var index = start.byte
    var letters = 0
    var upper = 0
    var hasDigit = false
    var isCapitalised = false
    while index < bytes.count {
      let byte = bytes[index]
      let folded = byte | 0x20
      if folded &- 0x61 < 26 {
        if byte < 0x60 {
          isCapitalised = isCapitalised || letters == 0
          upper += 1
        }
        letters += 1
        word.hash.add(folded)
      } else if byte &- 0x30 < 10 {
        hasDigit = true
        word.hash.add(byte)
      } else {
        break
      }
      index += 1
    }
    // The same counts as ``takeASCII(_:into:)`` keeps, taken in one go.
    word.letters = letters
    word.upper = upper
    word.segment = index - start.byte
    if isCapitalised { word.flags.insert(.capitalised) }
    if hasDigit { word.flags.insert(.hasDigit) }
    cursor.byte = index
    cursor.scalar += index - start.byte
    word.hashEnd = index
    if Self.isPlainEnd(bytes, at: cursor.byte) {
      return finishWord(bytes, word, end: cursor, resume: cursor, headline: headline)
    }
    return readRest(bytes, of: word, from: cursor, headline: headline)
  }

  /// True when the byte at `index` ends a word of ASCII letters and digits read so far, as
  /// ``step(over:length:_:_:_:headline:)`` would decide: the end of the text, or ASCII that is
  /// not a letter or digit, and for `'`, `-` and `.` not followed by one or by non-ASCII.
  @inline(__always)
  static func isPlainEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index < bytes.count else { return true }
    let byte = bytes[index]
    guard byte < 0x80 else { return false }
    guard byte == 0x27 || byte == 0x2D || byte == 0x2E else { return !isAlphanumeric(byte) }
    guard index + 1 < bytes.count else { return true }
    let next = bytes[index + 1]
    return next < 0x80 && !isAlphanumeric(next)
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
