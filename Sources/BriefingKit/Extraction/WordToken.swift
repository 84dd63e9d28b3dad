/// One word of an article as the topic extractors see it, with Unicode scalar offsets.
struct WordToken: Sendable, Equatable {
  /// Facts about a word and the text just before it.
  struct Flags: OptionSet, Sendable, Hashable {
    let rawValue: UInt16
    /// The first letter is uppercase (or titlecase).
    static let capitalised = Flags(rawValue: 1 << 0)
    /// Two or more letters, all uppercase (`NATO`, `U.S.`).
    static let allCaps = Flags(rawValue: 1 << 1)
    static let hasDigit = Flags(rawValue: 1 << 2)
    static let hasLetter = Flags(rawValue: 1 << 3)
    /// The first word of a sentence, or of a quotation or clause opened by a colon.
    static let sentenceStart = Flags(rawValue: 1 << 4)
    /// Punctuation or a line break stands between this word and the previous one.
    static let breakBefore = Flags(rawValue: 1 << 5)
    /// The word was followed by a possessive `'s`, which is not part of it.
    static let possessive = Flags(rawValue: 1 << 6)
    /// The word is in the headline, not in the body.
    static let headline = Flags(rawValue: 1 << 7)
    /// The word holds an inner hyphen (`two-year`, `Oscar-winning`).
    static let hyphenated = Flags(rawValue: 1 << 8)
    /// The word as written differs from the text's bytes (a curly apostrophe made straight, a
    /// soft hyphen dropped): its bytes are in ``ScannedText/normalised``.
    static let normalised = Flags(rawValue: 1 << 9)
    /// Part of a handle (`@InesCalder`), a hashtag or a web address (`pic.twitter.com/x`):
    /// neither a name nor a key phrase (``WordScanner/markLinkWords(in:from:)``).
    static let link = Flags(rawValue: 1 << 10)
  }

  /// Scalar offset of the first scalar in ``Article/text`` (headline words: in the title).
  var start: Int
  /// Scalar offset just past the word.
  var end: Int
  /// First UTF-8 byte of the word in the headline or the body (``ScannedText/normalised`` for
  /// a normalised word).
  var byteStart: Int32
  /// Length of the word in UTF-8 bytes.
  var byteCount: Int32
  /// Index of the lowercased form in ``ScannedText/lowers``.
  var lower: Int32
  /// Sentence number in the body, from 0; headline words have -1.
  var sentence: Int32
  var flags: Flags
}
