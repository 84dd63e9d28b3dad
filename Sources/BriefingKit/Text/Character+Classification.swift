/// Scalar predicates the text analysis shares, with ASCII fast paths.
///
/// Analysis code walks `Unicode.Scalar`s, not `Character`s, so these are the project's
/// classification vocabulary: spaces, sentence punctuation, quotation marks and letter case.
extension Unicode.Scalar {
  /// Whether the scalar is white space or a line break (including no-break and thin spaces).
  public var isSpaceOrNewline: Bool {
    switch value {
    case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return true
    case 0..<0x80: return false
    default: return properties.isWhitespace
    }
  }

  /// Whether the scalar is a line break (`\n`, `\r`, line or paragraph separator).
  public var isLineBreak: Bool {
    switch value {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }

  /// Whether the scalar can end a sentence: `.`, `!`, `?`, `…` and their full-width forms.
  public var isSentenceTerminator: Bool {
    switch value {
    case 0x2E, 0x21, 0x3F, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049: return true
    case 0x3002, 0xFF01, 0xFF0E, 0xFF1F, 0xFF61: return true
    default: return false
    }
  }

  /// Whether the scalar ends a sentence even with no space after it (`。`, `！`, `？`).
  public var isIdeographicTerminator: Bool {
    switch value {
    case 0x3002, 0xFF01, 0xFF1F, 0xFF61: return true
    default: return false
    }
  }

  /// Whether the scalar is a quotation mark of any script: `"`, `'`, `“ ” „ ‟ ‘ ’ ‚ ‛ « » ‹ ›`,
  /// `「」『』`.
  public var isQuotationMark: Bool {
    switch value {
    case 0x22, 0x27, 0xAB, 0xBB, 0x2018...0x201F, 0x2039, 0x203A, 0x300C...0x300F,
      0xFF02, 0xFF07:
      return true
    default: return false
    }
  }

  /// Whether the scalar closes a quotation or bracket and so stays with the sentence before it.
  public var isClosingPunctuation: Bool {
    switch value {
    case 0x29, 0x5D, 0x7D: return true
    case 0x22, 0x27, 0xBB, 0x2019, 0x201D, 0x203A, 0x300D, 0x300F: return true
    // Closing use of opening-shaped marks: German „…“ closes with “, and ‘…’ with ’ or ‘.
    case 0x201C, 0x2018, 0xAB: return true
    default: return false
    }
  }

  /// Whether the scalar opens a quotation or bracket: `( [ { " ' “ „ ‘ ‚ « ‹ 「 『`.
  public var isOpeningPunctuation: Bool {
    switch value {
    case 0x28, 0x5B, 0x7B, 0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x201A, 0x201B, 0x201C, 0x201E,
      0x201F, 0x2039, 0x300C, 0x300E:
      return true
    default: return false
    }
  }

  /// Whether the scalar is a dash used as punctuation: `-`, `–`, `—`, `―`.
  public var isDashPunctuation: Bool {
    switch value {
    case 0x2D, 0x2010...0x2015, 0x2212: return true
    default: return false
    }
  }

  /// Whether the scalar is a letter of any script.
  public var isLetter: Bool {
    switch value {
    case 0x41...0x5A, 0x61...0x7A: return true
    case 0..<0x80: return false
    default: return properties.isAlphabetic && properties.numericType == nil
    }
  }

  /// Whether the scalar is an upper-case (or title-case) letter.
  public var isUppercaseLetter: Bool {
    switch value {
    case 0x41...0x5A: return true
    case 0..<0x80: return false
    default:
      let category = properties.generalCategory
      return category == .uppercaseLetter || category == .titlecaseLetter
    }
  }

  /// Whether the scalar is a lower-case letter.
  public var isLowercaseLetter: Bool {
    switch value {
    case 0x61...0x7A: return true
    case 0..<0x80: return false
    default: return properties.generalCategory == .lowercaseLetter
    }
  }

  /// Whether the scalar is an ASCII digit `0`–`9`.
  public var isASCIIDigit: Bool { (0x30...0x39).contains(value) }

  /// Whether the scalar is a letter or digit of any script, that is, part of a word.
  public var isWordScalar: Bool {
    switch value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
    case 0..<0x80: return false
    default: return properties.isAlphabetic || properties.numericType != nil
    }
  }

  /// Whether the scalar is a letter without case (CJK, Arabic, Hebrew, Thai and the like).
  public var isCaselessLetter: Bool {
    value >= 0x80 && properties.generalCategory == .otherLetter
  }
}
