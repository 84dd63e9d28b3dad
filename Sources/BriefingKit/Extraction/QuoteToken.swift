/// One word, punctuation scalar, quotation mark or line break of an article, by scalar offsets.
///
/// Words carry a hash of their lower-cased scalars so that cue and stop-word look-ups never
/// build a `String`.
struct QuoteToken: Equatable {
  /// What a token is.
  enum Kind: UInt8 { case word, punctuation, mark, lineBreak }

  /// What a word's scalars say about it, one bit each.
  struct Flags: OptionSet {
    let rawValue: UInt8
    static let capitalized = Flags(rawValue: 1)
    static let lowercase = Flags(rawValue: 2)
    static let adverb = Flags(rawValue: 4)
    static let allCaps = Flags(rawValue: 8)
    static let initials = Flags(rawValue: 16)
  }

  // A token takes 24 bytes: offsets in 32 bits, the flags in one byte, one scalar value that
  // the kind reads as a word's last scalar or a mark's own, and a role suffix by its number.
  // The token arrays are written once, copied and scanned many times per article (at 40 bytes
  // the copy for the title's names alone was 33M instructions over BBC); an article of 2³²
  // scalars would need 16 GB before it was tokenised.
  /// FNV-1a hash of the lower-cased scalars (words), or the scalar value (other kinds).
  var hash: UInt64
  private var startOffset: UInt32
  private var endOffset: UInt32
  /// A word's last scalar value; the scalar value of other kinds.
  private var value: UInt32
  /// For a capitalised compound ending in a role noun, that noun's number in
  /// ``QuoteWords/roleSuffixes`` plus one; 0 for none.
  private var roleSuffixNumber: UInt16
  var kind: Kind
  private var flags: Flags

  /// A token of any kind; `value` is a word's last scalar, or the scalar of other kinds.
  init(
    start: Int, end: Int, kind: Kind, hash: UInt64, value: UInt32, flags: Flags = [],
    roleSuffixNumber: UInt16 = 0
  ) {
    self.hash = hash
    self.startOffset = UInt32(truncatingIfNeeded: start)
    self.endOffset = UInt32(truncatingIfNeeded: end)
    self.value = value
    self.roleSuffixNumber = roleSuffixNumber
    self.kind = kind
    self.flags = flags
  }

  /// For punctuation and marks, the scalar value; 0 for words.
  var scalar: UInt32 { kind == .word ? 0 : value }
  /// The last scalar value of a word (0 for other kinds: no letter ends them).
  var lastScalar: UInt32 { kind == .word ? value : 0 }
  /// True when a word starts with an upper-case letter.
  var isCapitalized: Bool { flags.contains(.capitalized) }
  /// True when a word starts with a lower-case letter.
  var isLowercase: Bool { flags.contains(.lowercase) }
  /// True for a lower-case word of five or more scalars ending in `ly` (`repeatedly`).
  var isAdverb: Bool { flags.contains(.adverb) }
  /// True for a word of two or more letters in capitals only (`CONGRESS`, `NATO`).
  var isAllCaps: Bool { flags.contains(.allCaps) }
  /// True for initials joined by dots (`J.T`, `A.J`): with the dot after them, a name's start.
  var isInitials: Bool { flags.contains(.initials) }
  /// True for a capitalised compound ending in a role noun (`Polizeisprecher`).
  var hasRoleSuffix: Bool { roleSuffixNumber != 0 }
  /// For a capitalised compound ending in a role noun (`Polizeisprecher`), that noun's hash;
  /// 0 otherwise.
  var roleSuffix: UInt64 {
    roleSuffixNumber == 0 ? 0 : QuoteTokenizer.roleSuffixHash(number: roleSuffixNumber)
  }

  /// The offset of the first scalar.
  var start: Int { Int(startOffset) }
  /// The offset just past the last scalar.
  var end: Int { Int(endOffset) }

  /// True for a word token.
  var isWord: Bool { kind == .word }

  /// The FNV-1a offset basis that word hashes start from.
  static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

  /// Folds one scalar into a running word hash.
  static func mix(_ hash: UInt64, _ value: UInt32) -> UInt64 {
    (hash ^ UInt64(QuoteScalar.lower(value))) &* 0x100_0000_01b3
  }

  /// The hash a word token with this text would carry.
  static func hash(of word: String) -> UInt64 {
    var hash = hashSeed
    for scalar in word.unicodeScalars where !isFolded(scalar.value) {
      hash = mix(hash, scalar.value)
    }
    return hash
  }

  /// Apostrophes inside words (`don’t`) are left out of hashes so `'` and `’` spell alike.
  static func isFolded(_ value: UInt32) -> Bool { QuoteMark.isApostrophe(value) }
}
