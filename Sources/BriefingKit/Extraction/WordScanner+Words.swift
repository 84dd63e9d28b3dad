extension WordScanner {
  /// Reads one word starting at `start`, appends its token(s), and returns where to go on.
  mutating func readWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Cursor, headline: Bool)
    -> Cursor
  {
    var word = Word(start: start)
    var cursor = start
    buffer.removeAll(keepingCapacity: true)
    while cursor.byte < bytes.count {
      let (scalar, length) = Self.decode(bytes, at: cursor.byte)
      if Self.isWordScalar(scalar) {
        if Self.isDigit(scalar) {
          word.flags.insert(.hasDigit)
        } else if Self.isLetter(scalar) {
          if Self.isUpper(scalar) {
            word.upper += 1
            if word.letters == 0 { word.flags.insert(.capitalised) }
          }
          word.letters += 1
        }
        if word.isCopied { buffer.append(contentsOf: bytes[cursor.byte..<cursor.byte + length]) }
        word.segment += 1
        advance(&cursor, by: length)
        continue
      }
      let (next, nextLength) = Self.decode(bytes, at: cursor.byte + length)
      let value = scalar.value
      if value == 0x27 || value == 0x2019 || value == 0x02BC, Self.isLetter(next) {
        let afterNext = Self.decode(bytes, at: cursor.byte + length + nextLength).scalar
        if (next == "s" || next == "S") && !Self.isWordScalar(afterNext) {
          word.flags.insert(.possessive)
          _ = finishWord(bytes, word, end: cursor, resume: cursor, headline: headline)
          return Cursor(byte: cursor.byte + length + nextLength, scalar: cursor.scalar + 2)
        }
        let sofar = String(decoding: wordBytes(bytes, word, end: cursor), as: UTF8.self)
        if Self.elisions.contains(sofar.lowercased()) {
          _ = finishWord(bytes, word, end: cursor, resume: cursor, headline: headline)
          advance(&cursor, by: length)
          word = Word(start: cursor)
          buffer.removeAll(keepingCapacity: true)
          continue
        }
        append(0x27, replacing: value != 0x27, bytes, &word, at: cursor)
      } else if value == 0x2D || value == 0x2010 || value == 0x2011, Self.isWordScalar(next) {
        append(0x2D, replacing: value != 0x2D, bytes, &word, at: cursor)
      } else if value == 0x2E {
        let isDotted = word.segment <= 2 && word.letters > 0 && Self.isLetter(next)
        let isDecimal = Self.isDigit(next) && word.flags.contains(.hasDigit) && word.letters == 0
        if isDotted || isDecimal {
          append(0x2E, replacing: false, bytes, &word, at: cursor)
          word.hasDot = true
        } else if word.segment == 1 && word.hasDot {
          append(0x2E, replacing: false, bytes, &word, at: cursor)
          advance(&cursor, by: length)
          return finishWord(bytes, word, end: cursor, resume: cursor, headline: headline)
        } else {
          break
        }
      } else if value == 0xAD || (0x200B...0x200D).contains(value) {
        copyWord(bytes, &word, upTo: cursor)
        advance(&cursor, by: length)
        continue
      } else {
        break
      }
      word.segment = 0
      advance(&cursor, by: length)
    }
    return finishWord(bytes, word, end: cursor, resume: cursor, headline: headline)
  }

  private func advance(_ cursor: inout Cursor, by length: Int) {
    cursor.byte += length
    cursor.scalar += 1
  }

  /// Adds `byte` to the word; `replacing` when it stands for a different scalar in the text.
  private mutating func append(
    _ byte: UInt8, replacing: Bool, _ bytes: UnsafeBufferPointer<UInt8>, _ word: inout Word,
    at cursor: Cursor
  ) {
    if replacing { copyWord(bytes, &word, upTo: cursor) }
    if word.isCopied { buffer.append(byte) }
  }

  /// Switches the word to `buffer`, copying the text's bytes so far.
  private mutating func copyWord(
    _ bytes: UnsafeBufferPointer<UInt8>, _ word: inout Word, upTo cursor: Cursor
  ) {
    guard !word.isCopied else { return }
    buffer.removeAll(keepingCapacity: true)
    buffer.append(contentsOf: bytes[word.start.byte..<cursor.byte])
    word.isCopied = true
  }

  private func wordBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Word, end: Cursor)
    -> [UInt8]
  {
    word.isCopied ? buffer : Array(bytes[word.start.byte..<end.byte])
  }
}
