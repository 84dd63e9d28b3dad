/// Splits scalars into ``QuoteToken``s in one pass.
struct QuoteTokenizer {
  /// The tokens of `scalars` from `start`, in order; spaces are dropped, runs of line breaks
  /// become one token.
  func tokens(in scalars: [Unicode.Scalar], from start: Int = 0) -> [QuoteToken] {
    // Read through a buffer: every index below is checked against `count` first, and the
    // array's own checks were a tenth of the word loop.
    scalars.withUnsafeBufferPointer { scalars in
      var index = max(0, start)
      var tokens = fill(scalars, from: &index)
      // Text denser in punctuation than prose may fill the room; the rest follows.
      while index < scalars.count { tokens.append(contentsOf: fill(scalars, from: &index)) }
      return tokens
    }
  }

  /// The tokens from `index` on, as many as the room for one in three scalars holds (news
  /// prose has about one in four), leaving `index` where they end.
  private func fill(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from index: inout Int)
    -> [QuoteToken]
  {
    var next = index
    let tokens = [QuoteToken](unsafeUninitializedCapacity: max(0, scalars.count - index) / 3 + 8) {
      buffer, initialized in
      initialized = write(scalars, from: &next, into: buffer)
    }
    index = next
    return tokens
  }

  /// Writes the tokens from `index` on straight into `buffer` until it is full, leaving
  /// `index` where they end, and returns how many it wrote. Appended one by one, the capacity
  /// and uniqueness checks of each token cost a fifth of the pass.
  private func write(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: inout Int,
    into buffer: UnsafeMutableBufferPointer<QuoteToken>
  ) -> Int {
    var written = 0
    var index = start
    let count = scalars.count
    while index < count, written < buffer.count {
      let value = scalars[index].value
      // A plain space, the scalar after nearly every word, is dropped before any test.
      if value == 0x20 {
        index += 1
        continue
      }
      let token: QuoteToken
      // An ASCII letter opens nearly every word: the test that finds it gives its hash too.
      let lowered = value | 0x20
      if lowered &- 0x61 < 26 || QuoteScalar.isWord(value) {
        let hash =
          lowered &- 0x61 < 26
          ? (QuoteToken.hashSeed ^ UInt64(lowered)) &* 0x100_0000_01b3 : Self.hash(value)
        token = word(at: index, first: value, hash: hash, in: scalars)
        index = token.end
      } else {
        let (other, next) = Self.nonWord(at: index, in: scalars)
        index = next
        guard let other else { continue }
        token = other
      }
      buffer.initializeElement(at: written, to: token)
      written += 1
    }
    start = index
    return written
  }

  /// The token at `index`, which starts no word, and the index after it: a run of line breaks
  /// with the spaces after them, a quotation mark, punctuation, or nil for a space. Out of
  /// line, as one scalar in eight is: inside the loop, the loop grew too large for the word
  /// reader to be inlined into it.
  @inline(never)
  private static func nonWord(at index: Int, in scalars: UnsafeBufferPointer<Unicode.Scalar>)
    -> (QuoteToken?, Int)
  {
    let value = scalars[index].value
    if QuoteScalar.isNewline(value) {
      var end = index + 1
      while end < scalars.count, QuoteScalar.isSpace(scalars[end].value) { end += 1 }
      return (other(.lineBreak, index, end, value), end)
    }
    if QuoteScalar.isSpace(value) { return (nil, index + 1) }
    if let pair = doubledMark(at: index, in: scalars) {
      return (other(.mark, index, index + 2, pair), index + 2)
    }
    let kind: QuoteToken.Kind = QuoteMark(value) != nil ? .mark : .punctuation
    return (other(kind, index, index + 1, value), index + 1)
  }

  /// Two apostrophes (`''`) or backticks (` `` `) typed for a double quotation mark, or two
  /// straight double marks (`""`) where text was escaped for a CSV field and never unescaped:
  /// such text doubles every mark, so a pair reads as one.
  private static func doubledMark(at index: Int, in scalars: UnsafeBufferPointer<Unicode.Scalar>)
    -> UInt32?
  {
    guard index + 1 < scalars.count else { return nil }
    let value = scalars[index].value
    guard value == 0x27 || value == 0x60 || value == 0x22, scalars[index + 1].value == value
    else { return nil }
    return value == 0x60 ? 0x201C : 0x22
  }

  private static func other(_ kind: QuoteToken.Kind, _ start: Int, _ end: Int, _ value: UInt32)
    -> QuoteToken
  {
    QuoteToken(start: start, end: end, kind: kind, hash: UInt64(value), value: value)
  }

  /// A word: letters and digits, joined by single inner apostrophes, hyphens or dots (`U.S`),
  /// from `start`, whose scalar `first` hashes to `hash`. It ends after `start`.
  @inline(__always)
  private func word(
    at start: Int, first: UInt32, hash: UInt64, in scalars: UnsafeBufferPointer<Unicode.Scalar>
  ) -> QuoteToken {
    var hash = hash
    let count = scalars.count
    var end = Self.asciiRun(scalars, from: start + 1, hash: &hash)
    while end < count {
      let value = scalars[end].value
      // Most words end at a space, which neither is a word's scalar nor joins two words.
      if value == 0x20 { break }
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
    var flags: QuoteToken.Flags = []
    var roleSuffix: UInt16 = 0
    if Self.isUpper(first) {
      flags.insert(.capitalized)
      if end &- start >= 7 { roleSuffix = roleSuffixNumber(start, end, scalars) }
      if end &- start >= 2 {
        var index = start + 1
        while index < end, !Self.isLower(scalars[index].value) { index += 1 }
        if index == end {
          flags.insert(.allCaps)
          if Self.isInitials(start, end, scalars) { flags.insert(.initials) }
        }
      }
    }
    if Self.isLower(first) {
      if end &- start >= 4, first == 0x61 || first == 0x65, scalars[start + 1].value == 0x6C,
        scalars[start + 2].value == 0x2D, QuoteScalar.isUpper(scalars[start + 3].value)
      {
        // `al-Assad`, `el-Sisi`: an article joined to a capitalised name is a name word.
        flags.insert(.capitalized)
      } else {
        flags.insert(.lowercase)
        if end &- start > 4, scalars[end - 2].value == 0x6C, scalars[end - 1].value == 0x79 {
          flags.insert(.adverb)
        }
      }
    }
    return QuoteToken(
      start: start, end: end, kind: .word, hash: hash, value: scalars[end - 1].value,
      flags: flags, roleSuffixNumber: roleSuffix)
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
  /// word), each folded into `hash` in lower case (`| 0x20`, which leaves digits as they are).
  /// A loop of its own: inside ``word(at:in:)`` it kept its counters in memory, 24
  /// instructions a scalar. Letters run in an inner loop of their own: tested in one
  /// condition with digits, both tests ran for every letter, five instructions more.
  private static func asciiRun(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, from index: Int, hash: inout UInt64
  ) -> Int {
    var index = index
    var folded = hash
    while true {
      // Widened as it is read: the 32-bit value cost two moves a letter.
      while index < scalars.count {
        let lowered = UInt64(scalars[index].value) | 0x20
        guard lowered &- 0x61 < 26 else { break }
        folded = (folded ^ lowered) &* 0x100_0000_01b3
        index &+= 1
      }
      guard index < scalars.count, scalars[index].value &- 0x30 < 10 else { break }
      folded = (folded ^ UInt64(scalars[index].value)) &* 0x100_0000_01b3
      index &+= 1
    }
    hash = folded
    return index
  }

  /// True when `start..<end` alternates single letters and dots (`J.T`), two letters or more.
  private static func isInitials(
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
}
