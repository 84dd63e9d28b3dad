/// One word, punctuation scalar, quotation mark or line break of an article, by scalar offsets.
///
/// Words carry a hash of their lower-cased scalars so that cue and stop-word look-ups never
/// build a `String`.
struct QuoteToken: Equatable {
  /// What a token is.
  enum Kind: UInt8 { case word, punctuation, mark, lineBreak }

  // Stored properties run from the widest to the narrowest, and offsets are kept in 32 bits,
  // so a token takes 40 bytes rather than 72: the token arrays are copied and scanned many
  // times per article (an article of 2³² scalars would need 16 GB before it was tokenised).
  /// FNV-1a hash of the lower-cased scalars (words), or the scalar value (other kinds).
  var hash: UInt64
  /// For a capitalised compound ending in a role noun (`Polizeisprecher`), that noun's hash.
  var roleSuffix: UInt64 = 0
  private var startOffset: UInt32
  private var endOffset: UInt32
  /// For punctuation and marks, the scalar value; 0 for words.
  var scalar: UInt32
  /// The last scalar value of a word (nil for other kinds).
  var lastScalar: UInt32? = nil
  var kind: Kind
  /// True when a word starts with an upper-case letter.
  var isCapitalized: Bool
  /// True when a word starts with a lower-case letter.
  var isLowercase: Bool
  /// True for a lower-case word of five or more scalars ending in `ly` (`repeatedly`).
  var isAdverb = false
  /// True for a word of two or more letters in capitals only (`CONGRESS`, `NATO`).
  var isAllCaps = false
  /// True for initials joined by dots (`J.T`, `A.J`): with the dot after them, a name's start.
  var isInitials = false

  /// A token; the flags a word alone can have start false.
  init(
    start: Int, end: Int, kind: Kind, hash: UInt64, isCapitalized: Bool, isLowercase: Bool,
    scalar: UInt32
  ) {
    self.startOffset = UInt32(truncatingIfNeeded: start)
    self.endOffset = UInt32(truncatingIfNeeded: end)
    self.kind = kind
    self.hash = hash
    self.isCapitalized = isCapitalized
    self.isLowercase = isLowercase
    self.scalar = scalar
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

/// Splits scalars into ``QuoteToken``s in one pass.
struct QuoteTokenizer {
  private let lexicon = QuoteLexicon.standard
  private let roleTails = QuoteTokenizer.roleTailTable

  /// The tokens of `scalars` from `start`, in order; spaces are dropped, runs of line breaks
  /// become one token.
  func tokens(in scalars: [Unicode.Scalar], from start: Int = 0) -> [QuoteToken] {
    var tokens: [QuoteToken] = []
    // About one token in four scalars in news prose: room for one in three never regrows.
    tokens.reserveCapacity(max(0, scalars.count - start) / 3 + 8)
    // Read through a buffer: every index below is checked against `count` first, and the
    // array's own checks were a tenth of the word loop.
    scalars.withUnsafeBufferPointer { scalars in
      var index = max(0, start)
      let count = scalars.count
      while index < count {
        let value = scalars[index].value
        // A plain space, the scalar after nearly every word, is dropped before any test.
        if value == 0x20 {
          index += 1
          continue
        }
        if QuoteScalar.isWord(value) {
          let token = word(at: index, in: scalars)
          tokens.append(token)
          index = max(token.end, index + 1)
        } else if QuoteScalar.isNewline(value) {
          var end = index + 1
          while end < count, QuoteScalar.isSpace(scalars[end].value) { end += 1 }
          tokens.append(other(.lineBreak, index, end, value))
          index = end
        } else if QuoteScalar.isSpace(value) {
          index += 1
        } else if let pair = doubledMark(at: index, in: scalars) {
          tokens.append(other(.mark, index, index + 2, pair))
          index += 2
        } else {
          let kind: QuoteToken.Kind = QuoteMark(value) != nil ? .mark : .punctuation
          tokens.append(other(kind, index, index + 1, value))
          index += 1
        }
      }
    }
    return tokens
  }

  /// Two apostrophes (`''`) or backticks (` `` `) typed for a double quotation mark, or two
  /// straight double marks (`""`) where text was escaped for a CSV field and never unescaped:
  /// such text doubles every mark, so a pair reads as one.
  private func doubledMark(at index: Int, in scalars: UnsafeBufferPointer<Unicode.Scalar>)
    -> UInt32?
  {
    guard index + 1 < scalars.count else { return nil }
    let value = scalars[index].value
    guard value == 0x27 || value == 0x60 || value == 0x22, scalars[index + 1].value == value
    else { return nil }
    return value == 0x60 ? 0x201C : 0x22
  }

  private func other(_ kind: QuoteToken.Kind, _ start: Int, _ end: Int, _ value: UInt32)
    -> QuoteToken
  {
    QuoteToken(
      start: start, end: end, kind: kind, hash: UInt64(value), isCapitalized: false,
      isLowercase: false, scalar: value)
  }

  /// A word: letters and digits, joined by single inner apostrophes, hyphens or dots (`U.S`).
  @inline(__always)
  private func word(at start: Int, in scalars: UnsafeBufferPointer<Unicode.Scalar>) -> QuoteToken {
    let first = scalars[start].value
    var hash = Self.hash(first)
    let count = scalars.count
    var end = Self.asciiRun(scalars, from: start + 1, hash: &hash)
    while end < count {
      let value = scalars[end].value
      if value >= 0x80, QuoteScalar.isWord(value) {
        hash = QuoteToken.mix(hash, value)
        end = Self.asciiRun(scalars, from: end + 1, hash: &hash)
        continue
      }
      let joins = QuoteMark.isApostrophe(value) || value == 0x2D || value == 0x2E
      guard joins, end + 1 < count, QuoteScalar.isWord(scalars[end + 1].value) else { break }
      if value == 0x2E && !(end + 2 >= count || !QuoteScalar.isWord(scalars[end + 2].value)) {
        break
      }
      if !QuoteToken.isFolded(value) { hash = QuoteToken.mix(hash, value) }
      end = Self.asciiRun(scalars, from: end + 1, hash: &hash)
    }
    var token = QuoteToken(
      start: start, end: end, kind: .word, hash: hash, isCapitalized: Self.isUpper(first),
      isLowercase: Self.isLower(first), scalar: 0)
    token.lastScalar = end - 1 < count ? scalars[end - 1].value : nil
    if token.isCapitalized, end - start >= 7, end <= count {
      token.roleSuffix = roleSuffix(start, end, scalars)
    }
    if token.isCapitalized, end - start >= 2, end <= count {
      var index = start + 1
      while index < end, !Self.isLower(scalars[index].value) { index += 1 }
      token.isAllCaps = index == end
      token.isInitials = token.isAllCaps && isInitials(start, end, scalars)
    }
    if token.isLowercase, end - start >= 4, end <= count, scalars[start + 1].value == 0x6C,
      scalars[start + 2].value == 0x2D, QuoteScalar.isUpper(scalars[start + 3].value),
      first == 0x61 || first == 0x65
    {
      // `al-Assad`, `el-Sisi`: an article joined to a capitalised name is a name word.
      token.isCapitalized = true
      token.isLowercase = false
    }
    if token.isLowercase, end - start > 4, end <= count {
      token.isAdverb = scalars[end - 2].value == 0x6C && scalars[end - 1].value == 0x79
    }
    return token
  }

  /// The hash of a word's first scalar, `QuoteToken.mix(QuoteToken.hashSeed, value)` with
  /// ASCII lowered in line rather than by a call to ``QuoteScalar/lower(_:)``.
  @inline(__always)
  private static func hash(_ value: UInt32) -> UInt64 {
    guard value < 0x80 else { return QuoteToken.mix(QuoteToken.hashSeed, value) }
    let lowered = isUpper(value) ? value + 0x20 : value
    return (QuoteToken.hashSeed ^ UInt64(lowered)) &* 0x100_0000_01b3
  }

  /// ``QuoteScalar/isUpper(_:)``, with ASCII decided in line: a call for each word's first
  /// scalar cost more than the test.
  @inline(__always)
  private static func isUpper(_ value: UInt32) -> Bool {
    value < 0x80 ? value &- 0x41 < 26 : QuoteScalar.isUpper(value)
  }

  /// ``QuoteScalar/isLower(_:)``, with ASCII decided in line.
  @inline(__always)
  private static func isLower(_ value: UInt32) -> Bool {
    value < 0x80 ? value &- 0x61 < 26 : QuoteScalar.isLower(value)
  }

  /// The end of the run of ASCII letters and digits from `index` (nearly every scalar of a
  /// word), each folded into `hash` in lower case (`| 0x20`). A loop of its own: inside
  /// ``word(at:in:)`` it kept its counters in memory, 24 instructions a scalar.
  private static func asciiRun(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, from index: Int, hash: inout UInt64
  ) -> Int {
    var index = index
    var folded = hash
    while index < scalars.count {
      let value = scalars[index].value
      guard value &- 0x30 < 10 || (value | 0x20) &- 0x61 < 26 else { break }
      folded = (folded ^ UInt64(value | 0x20)) &* 0x100_0000_01b3
      index &+= 1
    }
    hash = folded
    return index
  }

  /// True when `start..<end` alternates single letters and dots (`J.T`), two letters or more.
  private func isInitials(
    _ start: Int, _ end: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>
  ) -> Bool {
    guard (end - start) % 2 == 1, end - start >= 3 else { return false }
    var index = start + 1
    while index < end {
      if scalars[index].value != 0x2E { return false }
      index += 2
    }
    return true
  }

  /// The hash of the longest role noun that ends a compound word (`WWF-Sprecher`), or 0.
  private func roleSuffix(
    _ start: Int, _ end: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>
  ) -> UInt64 {
    if let roleTails {
      // Every candidate suffix ends in the word's last four scalars.
      var tail = QuoteToken.hashSeed
      for index in (end - 4)..<end { tail = QuoteToken.mix(tail, scalars[index].value) }
      if roleTails.value(tail) == 0 { return 0 }
    }
    var length = min(12, end - start - 2)
    while length >= 5 {
      var hash = QuoteToken.hashSeed
      for index in (end - length)..<end { hash = QuoteToken.mix(hash, scalars[index].value) }
      if lexicon.is(hash, .roleSuffix) { return hash }
      length -= 1
    }
    return 0
  }

  /// Hashes of the last four scalars of every role suffix (folded apostrophes left out, as
  /// word hashes do), or nil when a suffix is shorter than that and the filter cannot apply.
  private static let roleTailTable: QuoteWordTable? = {
    var table = QuoteWordTable(count: QuoteWords.roleSuffixes.count)
    for word in QuoteWords.roleSuffixes {
      let kept = word.unicodeScalars.filter { !QuoteToken.isFolded($0.value) }
      guard kept.count >= 4 else { return nil }
      var tail = QuoteToken.hashSeed
      for scalar in kept.suffix(4) { tail = QuoteToken.mix(tail, scalar.value) }
      table.insert(tail, 1)
    }
    return table
  }()
}
