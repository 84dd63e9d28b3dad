extension WordScanner {
  /// Appends the token for a finished word and returns where scanning resumes.
  ///
  /// A period right after an abbreviation or an initial (`Mr.`, `J.`) is consumed here, so it
  /// does not end the sentence. `word` is only read: it is passed by reference because, passed
  /// by value, it was copied to a temporary for each of the 800,000 words of the BBC set.
  mutating func finishWord(
    _ bytes: UnsafeBufferPointer<UInt8>, _ word: inout Word, end: Cursor, resume: Cursor,
    headline: Bool
  ) -> Cursor {
    let isEmpty = word.isCopied ? buffer.isEmpty : end.byte <= word.start.byte
    guard !isEmpty else {
      guard resume.byte <= word.start.byte else { return resume }
      let length = max(Self.decode(bytes, at: word.start.byte).length, 1)
      return Cursor(byte: word.start.byte + length, scalar: word.start.scalar + 1)
    }
    var flags = word.flags.union(pending)
    if word.letters > 0 { flags.insert(.hasLetter) }
    if word.letters >= 2 && word.upper == word.letters { flags.insert(.allCaps) }
    if headline { flags.insert(.headline) }
    let lower: Int32
    var byteStart = word.start.byte
    var byteCount = end.byte - word.start.byte
    let isHashed = !word.isCopied && word.hashEnd == end.byte
    if word.isCopied {
      lower = buffer.withUnsafeBufferPointer { lowerID($0, isASCII: word.isASCII) }
      flags.insert(.normalised)
      byteStart = result.normalised.count
      byteCount = buffer.count
      result.normalised.append(contentsOf: buffer)
    } else if isHashed {
      // A hashed word's capitals were all counted while it was hashed. Most words come here:
      // their form is looked up in place, without a call.
      lower = lowerID(
        hashed: UnsafeBufferPointer(rebasing: bytes[word.start.byte..<end.byte]),
        hash: word.hash.value, hasCapitals: word.upper > 0, isASCII: word.isASCII)
    } else {
      lower = lowerID(
        UnsafeBufferPointer(rebasing: bytes[word.start.byte..<end.byte]), isASCII: word.isASCII)
    }
    result.tokens.append(
      WordToken(
        start: word.start.scalar, end: end.scalar, byteStart: Int32(truncatingIfNeeded: byteStart),
        byteCount: Int32(truncatingIfNeeded: byteCount), lower: lower,
        sentence: headline ? -1 : sentence, flags: flags))
    pending = []
    sentenceHasWords = true
    guard resume.byte < bytes.count, bytes[resume.byte] == 0x2E, !flags.contains(.possessive)
    else { return resume }
    let isInitial = word.letters == 1 && word.upper == 1
    // The word's lexicon classes are needed now: the batch of new words so far is looked up.
    if !isInitial && Int(lower) >= resolvedClasses { resolveClasses() }
    if isInitial || result.classes[Int(lower)].contains(.abbreviation) {
      return Cursor(byte: resume.byte + 1, scalar: resume.scalar + 1)
    }
    return resume
  }

  /// The scalar at byte `index` of valid UTF-8 and its length in bytes; a space of length 0
  /// past the end.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> (scalar: Unicode.Scalar, length: Int)
  {
    guard index >= 0, index < bytes.count else { return (" ", 0) }
    let first = UInt32(bytes[index])
    if first < 0x80 { return (Unicode.Scalar(UInt8(first)), 1) }
    let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2
    guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
    var value = first & (0xFF >> UInt32(length + 1))
    for offset in 1..<length { value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// True for the ASCII letters and digits.
  @inline(__always)
  static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (byte >= 0x30 && byte <= 0x39)
  }

  /// True for letters, digits and combining marks: the scalars that make up words.
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
        || (value >= 0x30 && value <= 0x39)
    }
    if value == 0xAD || (value >= 0x200B && value <= 0x200D) { return false }
    let properties = scalar.properties
    if properties.isAlphabetic { return true }
    switch properties.generalCategory {
    case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
    }
    return scalar.properties.isAlphabetic
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value >= 0x30 && value <= 0x39 }
    return scalar.properties.generalCategory == .decimalNumber
  }

  static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value >= 0x41 && value <= 0x5A }
    let properties = scalar.properties
    return properties.isUppercase || properties.generalCategory == .titlecaseLetter
  }
}
