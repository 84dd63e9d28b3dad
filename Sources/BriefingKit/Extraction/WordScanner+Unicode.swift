extension WordScanner {
  /// Reads the rest of a word that is not plain ASCII from `cursor` on.
  ///
  /// Kept out of ``readWord(_:from:headline:)``: the Unicode properties it asks for are
  /// resilient types, whose stack space every call would otherwise set up.
  @inline(never)
  mutating func readRest(
    _ bytes: UnsafeBufferPointer<UInt8>, of word: Word, from cursor: Cursor, headline: Bool
  ) -> Cursor {
    var word = word
    var cursor = cursor
    while cursor.byte < bytes.count {
      if takeASCII(bytes[cursor.byte], into: &word) {
        cursor.byte += 1
        cursor.scalar += 1
        continue
      }
      let (scalar, length) = Self.decode(bytes, at: cursor.byte)
      if Self.isWordScalar(scalar) {
        take(scalar, bytes[cursor.byte..<cursor.byte + length], into: &word)
        advance(&cursor, by: length)
        continue
      }
      switch step(over: scalar, length: length, bytes, &word, &cursor, headline: headline) {
      case .next: continue
      case .end: return finishWord(bytes, &word, end: cursor, resume: cursor, headline: headline)
      case .done(let resume): return resume
      }
    }
    return finishWord(bytes, &word, end: cursor, resume: cursor, headline: headline)
  }

  /// Counts a letter, digit or mark of the word.
  mutating func take(
    _ scalar: Unicode.Scalar, _ encoded: Slice<UnsafeBufferPointer<UInt8>>, into word: inout Word
  ) {
    if Self.isDigit(scalar) {
      word.flags.insert(.hasDigit)
    } else if Self.isLetter(scalar) {
      if Self.isUpper(scalar) {
        word.upper += 1
        if word.letters == 0 { word.flags.insert(.capitalised) }
      }
      word.letters += 1
    }
    if word.isCopied { buffer.append(contentsOf: encoded) }
    word.isASCII = false
    word.segment += 1
  }

  /// Handles a scalar that is not a word scalar: an apostrophe, hyphen or dot inside the word,
  /// a soft hyphen, or the end of the word.
  mutating func step(
    over scalar: Unicode.Scalar, length: Int, _ bytes: UnsafeBufferPointer<UInt8>,
    _ word: inout Word, _ cursor: inout Cursor, headline: Bool
  ) -> Step {
    let next = Self.decode(bytes, at: cursor.byte + length)
    let value = scalar.value
    if value == 0x27 || value == 0x2019 || value == 0x02BC, Self.isLetter(next.scalar) {
      return apostrophe(length: length, next: next, bytes, &word, &cursor, headline: headline)
    } else if value == 0x2D || value == 0x2010 || value == 0x2011, Self.isWordScalar(next.scalar) {
      append(0x2D, replacing: value != 0x2D, bytes, &word, at: cursor)
      word.flags.insert(.hyphenated)
    } else if value == 0x2E {
      let isDotted = word.segment <= 2 && word.letters > 0 && Self.isLetter(next.scalar)
      let isDecimal =
        Self.isDigit(next.scalar) && word.flags.contains(.hasDigit) && word.letters == 0
      guard isDotted || isDecimal || (word.segment == 1 && word.hasDot) else { return .end }
      append(0x2E, replacing: false, bytes, &word, at: cursor)
      word.hasDot = true
      if !isDotted && !isDecimal {  // the last dot of `U.S.`
        advance(&cursor, by: length)
        return .done(finishWord(bytes, &word, end: cursor, resume: cursor, headline: headline))
      }
    } else if value == 0x26, word.letters > 0, word.upper == word.letters,
      Self.isUpper(next.scalar)
    {
      // `AT&T`, `M&S`, `R&B`: an ampersand between capitals is inside one name.
      append(0x26, replacing: false, bytes, &word, at: cursor)
    } else if value == 0xAD || (0x200B...0x200D).contains(value) {
      copyWord(bytes, &word, upTo: cursor)
      advance(&cursor, by: length)
      return .next
    } else {
      return .end
    }
    word.segment = 0
    advance(&cursor, by: length)
    return .next
  }

  /// An apostrophe before a letter: a possessive `'s` ends the word, an elision (`l'`) makes
  /// its own word, any other stays inside (`O'Brien`, `don't`).
  mutating func apostrophe(
    length: Int, next: (scalar: Unicode.Scalar, length: Int), _ bytes: UnsafeBufferPointer<UInt8>,
    _ word: inout Word, _ cursor: inout Cursor, headline: Bool
  ) -> Step {
    let afterNext = Self.decode(bytes, at: cursor.byte + length + next.length).scalar
    if (next.scalar == "s" || next.scalar == "S") && !Self.isWordScalar(afterNext) {
      word.flags.insert(.possessive)
      _ = finishWord(bytes, &word, end: cursor, resume: cursor, headline: headline)
      return .done(Cursor(byte: cursor.byte + length + next.length, scalar: cursor.scalar + 2))
    }
    let sofar = String(decoding: wordBytes(bytes, word, end: cursor), as: UTF8.self)
    if Self.elisions.contains(sofar.lowercased()) {
      _ = finishWord(bytes, &word, end: cursor, resume: cursor, headline: headline)
      advance(&cursor, by: length)
      word = Word(start: cursor)
      buffer.removeAll(keepingCapacity: true)
      return .next
    }
    let isStraight = bytes[cursor.byte] == 0x27
    append(0x27, replacing: !isStraight, bytes, &word, at: cursor)
    word.segment = 0
    advance(&cursor, by: length)
    return .next
  }

  func advance(_ cursor: inout Cursor, by length: Int) {
    cursor.byte += length
    cursor.scalar += 1
  }

  /// Adds `byte` to the word; `replacing` when it stands for a different scalar in the text.
  mutating func append(
    _ byte: UInt8, replacing: Bool, _ bytes: UnsafeBufferPointer<UInt8>, _ word: inout Word,
    at cursor: Cursor
  ) {
    if replacing { copyWord(bytes, &word, upTo: cursor) }
    if word.isCopied { buffer.append(byte) }
  }

  /// Switches the word to `buffer`, copying the text's bytes so far.
  mutating func copyWord(
    _ bytes: UnsafeBufferPointer<UInt8>, _ word: inout Word, upTo cursor: Cursor
  ) {
    guard !word.isCopied else { return }
    buffer.removeAll(keepingCapacity: true)
    buffer.append(contentsOf: bytes[word.start.byte..<cursor.byte])
    word.isCopied = true
  }

  func wordBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Word, end: Cursor)
    -> [UInt8]
  {
    word.isCopied ? buffer : Array(bytes[word.start.byte..<end.byte])
  }
}
