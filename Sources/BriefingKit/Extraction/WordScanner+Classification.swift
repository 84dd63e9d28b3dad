extension WordScanner {
  /// Appends the token for the word in `buffer` and returns where scanning resumes.
  ///
  /// A period right after an abbreviation or an initial (`Mr.`, `J.`) is consumed here, so it
  /// does not end the sentence.
  mutating func finishWord(
    _ scalars: [Unicode.Scalar], start: Int, end: Int, next: Int, flags: WordToken.Flags,
    letters: Int, upper: Int, headline: Bool
  ) -> Int {
    guard !buffer.isEmpty else { return max(next, start + 1) }
    var flags = flags.union(pending)
    if letters > 0 { flags.insert(.hasLetter) }
    if letters >= 2 && upper == letters { flags.insert(.allCaps) }
    if headline { flags.insert(.headline) }
    let (surface, lower) = intern()
    let token = WordToken(
      start: start, end: end, surface: surface, lower: lower,
      sentence: headline ? -1 : sentence, flags: flags)
    appendToken(token)
    pending = []
    sentenceHasWords = true
    guard next < scalars.count, scalars[next] == ".", !flags.contains(.possessive) else {
      return next
    }
    let word = result.lowers[Int(lower)]
    if (letters == 1 && upper == 1) || abbreviations.contains(word + ".") {
      return next + 1
    }
    return next
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
