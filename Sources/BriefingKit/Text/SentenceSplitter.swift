/// Splits text into sentences, knowing abbreviations, initials, numbers and quotation marks.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it)
/// when white space and then something other than a lower-case word follows, at a blank line,
/// and at a line break unless the next line starts in lower case (a hard-wrapped sentence).
/// A period does not end a sentence after a title (`Mr.`, `Dr.`), an initial (`J. R. R.`), an
/// abbreviation before a number (`Dec. 3`, `No. 5`), inside a number (`3.5`) or a name
/// (`example.com`), nor after a dotted abbreviation (`U.S.`) unless a typical first word of a
/// sentence follows. In English (`language` `en`), a run-in subheading or a lost period
/// (`guarantees Another topic`) ends one too.
///
/// ```swift
/// let text = "Dr. Smith arrived at 3.5 p.m. today. “Good,” he said."
/// let ranges = SentenceSplitter().sentences(in: text)  // two ranges
/// ```
///
/// - Complexity: O(n) in the number of scalars.
public struct SentenceSplitter: Sendable {
  /// The text's language (ISO 639-1), when known. With `de`, an ordinal before a capitalised
  /// noun (`die 68. Minute`) does not end a sentence; other languages need no hint.
  public var language: String?

  /// Creates a splitter.
  public init() {}

  /// Creates a splitter for text in `language` (`Article.language` fits).
  public init(language: String?) {
    self.language = language
  }

  /// Sentence ranges as Unicode scalar offsets into `text`, in order, trimmed of spaces.
  public func sentences(in text: String) -> [Range<Int>] {
    // Paragraphs are split in chunks of about 32 KB that end at blank lines (which always end
    // a sentence), so the scalar buffer stays small and is reused.
    var text = text
    return text.withUTF8 { bytes in
      var ranges: [Range<Int>] = []
      var buffer: [Unicode.Scalar] = []
      var start = 0
      var base = 0
      while start < bytes.count {
        let end = ScalarArray.chunkEnd(bytes, from: start, size: 32_768)
        buffer.removeAll(keepingCapacity: true)
        ScalarArray.decode(bytes, from: start, to: end, into: &buffer)
        for range in sentences(in: buffer) {
          ranges.append((range.lowerBound + base)..<(range.upperBound + base))
        }
        base += buffer.count
        start = end
      }
      return ranges
    }
  }

  /// Sentence ranges as offsets into `scalars`, in order, trimmed of spaces.
  public func sentences(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var index = 0
    let hasOrdinals = language == "de"
    let count = scalars.count
    while index < count {
      index = scalars.withUnsafeBufferPointer { Self.nextStop(in: $0, from: index) }
      guard index < count else { break }
      let scalar = scalars[index]
      if scalar.isLineBreak {
        let next = Self.skipSpaces(scalars, from: index)
        if Self.lineBreakEndsSentence(scalars, from: index, next: next) {
          Self.append(start..<index, of: scalars, to: &ranges)
          start = next
        }
        index = max(next, index + 1)
        continue
      }
      guard scalar.isSentenceTerminator else {
        index += 1
        continue
      }
      var terminators = index + 1
      while terminators < count, scalars[terminators].isSentenceTerminator { terminators += 1 }
      var end = terminators
      while end < count, scalars[end].isClosingPunctuation { end += 1 }
      let isLonePeriod = scalar.value == 0x2E && terminators == index + 1 && end == terminators
      let ends = Self.endsSentence(
        scalars, terminator: index, runEnd: end, isLonePeriod: isLonePeriod,
        hasOrdinals: hasOrdinals)
      if ends {
        end = Self.absorbingStrayCloser(scalars, after: end)
        Self.append(start..<end, of: scalars, to: &ranges)
        start = end
      }
      index = end
    }
    Self.append(start..<count, of: scalars, to: &ranges)
    return language == "en" ? Self.splittingRunIns(ranges, of: scalars) : ranges
  }

  /// 1 at the scalar values that can break or end a sentence: `\n`…`\r`, `!`, `.`, `?`,
  /// U+0085, and U+2026, which stands for every value from there up.
  private static let stopTable: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 0x2027)
    for value in [0x0A, 0x0B, 0x0C, 0x0D, 0x21, 0x2E, 0x3F, 0x85, 0x2026] { table[value] = 1 }
    return table
  }()

  /// The index of the first line break or sentence terminator at or after `index`, or the
  /// end. In ASCII those are `\n`…`\r`, `!`, `.` and `?`; elsewhere they are U+0085 and code
  /// points from U+2026 up. One table load a scalar, with the value capped at U+2026.
  private static func nextStop(in scalars: UnsafeBufferPointer<Unicode.Scalar>, from index: Int)
    -> Int
  {
    stopTable.withUnsafeBufferPointer { table in
      var index = index
      // Two scalars a step: one test of both flags for the pair.
      while scalars.count &- index >= 2 {
        let first = table[Int(min(scalars[index].value, 0x2026))]
        let second = table[Int(min(scalars[index &+ 1].value, 0x2026))]
        if first | second != 0 { return first != 0 ? index : index &+ 1 }
        index &+= 2
      }
      while index < scalars.count {
        if table[Int(min(scalars[index].value, 0x2026))] != 0 { return index }
        index &+= 1
      }
      return index
    }
  }

  /// Adds `range` trimmed of spaces, unless nothing but spaces is left.
  private static func append(
    _ range: Range<Int>, of scalars: [Unicode.Scalar], to ranges: inout [Range<Int>]
  ) {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, scalars[lower].isSpaceOrNewline { lower += 1 }
    while upper > lower, scalars[upper - 1].isSpaceOrNewline { upper -= 1 }
    guard lower < upper else { return }
    // Stray punctuation after a sentence (`… end. .`, `” ).`) belongs to that sentence.
    let hasWord = scalars[lower..<upper].contains { $0.isWordScalar }
    if !hasWord, let last = ranges.last,
      !scalars[last.upperBound..<lower].contains(where: \.isLineBreak)
    {
      ranges[ranges.count - 1] = last.lowerBound..<upper
    } else {
      ranges.append(lower..<upper)
    }
  }

  /// Past a closing quote that stands alone after the sentence end (`goes. ” Also`), which
  /// belongs to the sentence before, not to the next one.
  private static func absorbingStrayCloser(_ scalars: [Unicode.Scalar], after end: Int) -> Int {
    var next = end
    while next < scalars.count, scalars[next] == " " { next += 1 }
    guard next > end, next < scalars.count else { return end }
    let isRightQuote = scalars[next].value == 0x201D || scalars[next].value == 0xBB
    let isAlone = next + 1 == scalars.count || scalars[next + 1].isSpaceOrNewline
    return isRightQuote && isAlone ? next + 1 : end
  }

  /// The index of the first scalar at or after `index` that is not a space or line break.
  private static func skipSpaces(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
    var next = index
    while next < scalars.count, scalars[next].isSpaceOrNewline { next += 1 }
    return next
  }

  /// A blank line always ends a sentence; a single line break does unless the next line
  /// continues in lower case.
  private static func lineBreakEndsSentence(
    _ scalars: [Unicode.Scalar], from index: Int, next: Int
  ) -> Bool {
    var breaks = 0
    var position = index
    while position < next {
      // CR LF counts once.
      let isCRLF =
        scalars[position].value == 0x0D && position + 1 < next
        && scalars[position + 1].value == 0x0A
      if scalars[position].isLineBreak && !isCRLF { breaks += 1 }
      position += 1
    }
    if breaks >= 2 || next >= scalars.count { return true }
    return !scalars[next].isLowercaseLetter
  }

  /// Whether the terminators in `terminator..<runEnd` (with closing marks) end a sentence.
  private static func endsSentence(
    _ scalars: [Unicode.Scalar], terminator: Int, runEnd: Int, isLonePeriod: Bool,
    hasOrdinals: Bool
  ) -> Bool {
    if scalars[terminator].isIdeographicTerminator { return true }
    guard runEnd < scalars.count else { return true }
    guard scalars[runEnd].isSpaceOrNewline else { return false }
    let next = skipSpaces(scalars, from: runEnd)
    guard next < scalars.count else { return true }
    var first = next
    while first < scalars.count,
      scalars[first].isOpeningPunctuation || scalars[first].isDashPunctuation
    {
      first += 1
    }
    guard first < scalars.count else { return true }
    if scalars[first].isLowercaseLetter { return false }
    guard isLonePeriod else { return true }
    return periodEndsSentence(
      scalars, period: terminator, following: first, hasOrdinals: hasOrdinals)
  }

  /// Decides a lone `.` directly after a word, given the first scalar of the next word.
  private static func periodEndsSentence(
    _ scalars: [Unicode.Scalar], period: Int, following first: Int, hasOrdinals: Bool
  ) -> Bool {
    // Back over the word, at most 13 scalars: a longer one is no abbreviation.
    var wordStart = period
    while wordStart > 0, period - wordStart <= 12,
      scalars[wordStart - 1].isLetter || scalars[wordStart - 1].value == 0x2E
    {
      wordStart -= 1
    }
    let length = period - wordStart
    if length == 0 {
      return periodAfterNonLetter(
        scalars, period: period, following: first, hasOrdinals: hasOrdinals)
    }
    let nextWord = first..<wordEnd(in: scalars, from: first)
    let nextIsDigit = scalars[first].isASCIIDigit
    // An initial (`J. R. R. Tolkien`) ends a sentence only before a typical first word
    // (`Malcolm X. Each`).
    if length == 1 {
      // `z. B.`, `d. h.`, `e. g.`: a letter before another lone letter and period.
      let isPairedLetter =
        nextWord.count == 1 && first + 1 < scalars.count && scalars[first + 1] == "."
      if isPairedLetter { return false }
      return !scalars[wordStart].isUppercaseLetter
        || Abbreviations.starters.contains(scalars, nextWord)
    }
    guard length <= 12 else { return true }
    return Abbreviations.periodEndsSentence(
      scalars, after: wordStart..<period, next: nextWord, nextIsDigit: nextIsDigit)
  }

  /// A period after digits or punctuation: German ordinals (`9. September`) do not end one.
  private static func periodAfterNonLetter(
    _ scalars: [Unicode.Scalar], period: Int, following first: Int, hasOrdinals: Bool
  ) -> Bool {
    var digitStart = period
    while digitStart > 0, scalars[digitStart - 1].isASCIIDigit { digitStart -= 1 }
    let digits = period - digitStart
    let standsAlone = digitStart == 0 || !scalars[digitStart - 1].isWordScalar
    guard digits >= 1, digits <= (hasOrdinals ? 3 : 2), standsAlone else { return true }
    let next = first..<wordEnd(in: scalars, from: first)
    if hasOrdinals { return Abbreviations.starters.contains(scalars, next) }
    return !Abbreviations.months.contains(scalars, next)
  }

  /// The end of the letters starting at `index` (at most 16 of them).
  private static func wordEnd(in scalars: [Unicode.Scalar], from index: Int) -> Int {
    var end = index
    while end < scalars.count, end - index < 16, scalars[end].isLetter { end += 1 }
    return end
  }
}
