/// Which capitalised runs name people: not the words of a headline set in title case
/// (`Bush Hits Marco Rubio On Immigration`), and a lone word only when it speaks (`Obama said`,
/// `said Obama`).
extension QuotePeople {
  /// A line of tokens, and whether it is a headline, as ``isInHeadline(_:line:)`` last decided.
  struct HeadlineLine {
    var tokens: Range<Int>
    var isHeadline: Bool
  }

  /// True when token `index` lies inside a line whose longer words are all or nearly all (nine
  /// in ten) capitalised (never in German, which capitalises every noun). Decided a line at a
  /// time as runs in reading order ask, and kept in `line`: a flag for every token of the
  /// article read lines that name no one.
  func isInHeadline(_ index: Int, line: inout HeadlineLine?) -> Bool {
    guard !isGerman, index >= 0, index < tokens.count, tokens[index].kind != .lineBreak else {
      return false
    }
    if let line, line.tokens.contains(index) { return line.isHeadline }
    // Read through a buffer, every index below `count`: the array's checks and copies of each
    // token were most of the cost of a pass over a line.
    let decided = tokens.withUnsafeBufferPointer { tokens in
      var words = 0
      var capitalised = 0
      // Counted with 0/1 arithmetic, not branches: long and short words alternate at random.
      func count(_ token: QuoteToken) {
        let counted = (token.isWord ? 1 : 0) & (token.end &- token.start >= 4 ? 1 : 0)
        words &+= counted
        capitalised &+= counted & (token.isCapitalized ? 1 : 0)
      }
      var start = index
      while start > 0, tokens[start - 1].kind != .lineBreak {
        start -= 1
        count(tokens[start])
      }
      var end = index
      while end < tokens.count, tokens[end].kind != .lineBreak {
        count(tokens[end])
        end += 1
      }
      return HeadlineLine(
        tokens: start..<end, isHeadline: words >= 4 && capitalised * 10 >= words * 9)
    }
    line = decided
    return decided.isHeadline
  }

  /// The first capitalised word of `tokens` from `start`, or the token count. A loop of its
  /// own, read through a buffer, for the passes over every token of an article that start
  /// at capitalised words: in their own loops each lower-case word cost 20 instructions.
  static func capitalized(in tokens: [QuoteToken], from start: Int) -> Int {
    tokens.withUnsafeBufferPointer { tokens in
      var index = max(0, start)
      while index < tokens.count, !tokens[index].isCapitalized { index += 1 }
      return index
    }
  }

  /// True when a one-word run is the subject of a speech verb right after it (`Obama said`,
  /// `Obama also told`) or follows one (`said Obama`).
  func isSpeaking(_ run: Run) -> Bool {
    guard let word = run.name.first else { return false }
    if lexicon.is(tokens[word].hash, .organisation) { return false }
    var next = word + 1
    while next < tokens.count, next <= word + 3, tokens[next].isWord, tokens[next].isLowercase,
      lexicon.is(tokens[next].hash, .skippable) || tokens[next].isAdverb
    {
      next += 1
    }
    if isSpeechVerb(next) { return true }
    let before = (run.role?.lowerBound ?? word) - 1
    return isSpeechVerb(before) && before + 1 == word
  }

  private func isSpeechVerb(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].isWord, tokens[index].isLowercase,
      let cue = lexicon.cue(for: tokens[index].hash)
    else { return false }
    return cue.kind == .verb && !cue.isWeak
  }
}

extension QuotePeople {
  /// True for a word ending in `'s` or `’s` (`Johnson’s`): a name in the possessive is not how
  /// the article names that person.
  func isPossessive(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].isWord, tokens[index].lastScalar == 0x73
    else { return false }
    let apostrophe = tokens[index].end - 2
    return apostrophe > tokens[index].start && apostrophe < scalars.count
      && QuoteMark.isApostrophe(scalars[apostrophe].value)
  }

  /// True for a lower-case word of five scalars or more ending in `-ing` (`adding`,
  /// `claiming`): a participle, no finite verb.
  func isIngWord(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].isLowercase else { return false }
    let end = tokens[index].end
    guard end - tokens[index].start > 4, end <= scalars.count else { return false }
    return scalars[end - 3] == "i" && scalars[end - 2] == "n" && scalars[end - 1] == "g"
  }

  /// Where the name starts after an owner in the possessive inside a run: `Dave Karger` in
  /// `Entertainment Weekly’s Dave Karger`, `Trafford Centre` in `Manchester’s Trafford Centre`.
  /// An organisation word right after the possessive keeps its owner (`the FDA’s Office`).
  func ownerEnd(_ range: Range<Int>) -> Int? {
    guard !isGerman, range.count >= 2, range.lowerBound >= 0, range.upperBound <= tokens.count
    else { return nil }
    for index in stride(from: range.upperBound - 2, through: range.lowerBound, by: -1)
    where isPossessive(index) {
      return lexicon.is(tokens[index + 1].hash, .organisation) ? nil : index + 1
    }
    return nil
  }

  /// `Republican`, `Former`, `Rival`: a word before a name that describes the person.
  func isDescriptor(_ index: Int) -> Bool {
    index >= 0 && index < tokens.count
      && (Self.descriptors.contains(tokens[index].hash) || isHyphenatedDescriptor(index))
  }

  /// `Film-maker`, `Fly-half`, `Man-of-the-match`, `Paris-based`: a capitalised word whose
  /// last part after a hyphen is lower-case describes who follows (names end in a capital:
  /// `Kilroy-Silk`, `Henley-on-Thames`). Not in German, whose compounds keep their capitals.
  private func isHyphenatedDescriptor(_ index: Int) -> Bool {
    let token = tokens[index]
    guard !isGerman, token.isWord, token.isCapitalized, token.end - token.start >= 3,
      token.end <= scalars.count
    else { return false }
    var offset = token.end - 1
    while offset > token.start + 1, scalars[offset - 1] != "-" { offset -= 1 }
    return scalars[offset - 1] == "-" && scalars[offset].properties.isLowercase
  }

  /// `Coffee-loving`, `Record-breaking`: a hyphenated descriptor ending in a participle
  /// describes the person and is no role of theirs.
  func isParticipleDescriptor(_ index: Int) -> Bool {
    guard isHyphenatedDescriptor(index) else { return false }
    let end = tokens[index].end
    return scalars[end - 3] == "i" && scalars[end - 2] == "n" && scalars[end - 1] == "g"
  }

  private static let descriptors = QuoteWordSet(
    [
      "republican", "republicans", "democrat", "democratic", "democrats", "gop", "rival",
      "former", "activist", "independent", "libertarian", "conservative", "liberal",
      "progressive", "incumbent", "presumptive", "billionaire", "businessman",
      "businesswoman", "comedian", "actor", "actress", "rapper", "singer", "author",
      "journalist", "reporter", "host", "anchor", "columnist", "veteran", "hacker", "retired",
    ])

  /// The dot of a title before a name (`Sen. Ada Lund`, `Mr. Burman`).
  func isTitleDot(_ index: Int) -> Bool {
    guard index > 0, index + 1 < tokens.count, tokens[index].kind == .punctuation,
      tokens[index].scalar == 0x2E, tokens[index + 1].isCapitalized
    else { return false }
    let word = tokens[index - 1]
    return word.isWord && word.end == tokens[index].start
      && (lexicon.is(word.hash, .honorific) || lexicon.is(word.hash, .abbreviation))
  }

  /// Where `of Ohio` starts in `Ada Lund of Ohio`: a linking word after two or more
  /// capitalised words of a person's name.
  func placeSuffix(_ name: Range<Int>) -> Int? {
    guard name.count >= 4 else { return nil }
    for index in (name.lowerBound + 2)..<(name.upperBound - 1)
    where tokens[index].isLowercase && lexicon.is(tokens[index].hash, .linking)
      && !QuoteNameParticles.isInsideName(index, in: tokens, scalars: scalars)
    {
      return index
    }
    return nil
  }

  /// The hash a name word is looked up by: `Trump’s` as `Trump`.
  func nameHash(_ index: Int) -> UInt64 {
    guard isPossessive(index) else { return tokens[index].hash }
    var hash = QuoteToken.hashSeed
    for offset in tokens[index].start..<(tokens[index].end - 2)
    where !QuoteToken.isFolded(scalars[offset].value) {
      hash = QuoteToken.mix(hash, scalars[offset].value)
    }
    return hash
  }

  /// The text of a name without a possessive ending: `Trump’s` as `Trump`.
  func nameText(_ range: Range<Int>) -> String {
    guard let last = range.last, last < tokens.count, isPossessive(last),
      let first = range.first, first >= 0
    else { return text(range) }
    let start = tokens[first].start
    let end = tokens[last].end - 2
    return start < end ? QuoteScalar.string(scalars, start..<end) : text(range)
  }

  /// A lower-case description right before a name: `the assistant to the Russian leader`; in
  /// English it ends in a role or a capitalised word (not `Beckett rejected` before a name).
  func description(before name: Int) -> Range<Int>? {
    let index = isGerman ? name : titleStart(before: name)
    // The word before the name is tested before the phrase is parsed back from it: most
    // names follow a word that ends no description (`said`, `and`). The parser is made only
    // then: made first, its two retains and releases cost more than that test.
    guard index > 0, isGerman || endsDescription(index - 1),
      let range = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
        .backward(from: index - 1, floor: max(0, index - 8)),
      range.contains(where: { lexicon.isRole(tokens[$0]) })
    else { return nil }
    if holdsClause(range) { return nil }
    var start = range.lowerBound
    while start < range.upperBound, lexicon.is(tokens[start].hash, .determiner) { start += 1 }
    return start < range.upperBound ? start..<range.upperBound : nil
  }

  /// True when `range` holds a name of two capitalised words followed by a lower-case word
  /// that is no role (`Ada Lund beat defending champion`): a clause with its own subject, not
  /// a description (`Australian Open champion` and `Vera Drake star` end in roles).
  private func holdsClause(_ range: Range<Int>) -> Bool {
    var capitalised = 0
    for index in range {
      let token = tokens[index]
      if token.isCapitalized {
        capitalised += 1
      } else {
        if capitalised >= 2, token.isLowercase, !lexicon.isRole(token) { return true }
        capitalised = 0
      }
    }
    return false
  }
}
