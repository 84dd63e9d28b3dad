/// English sentences that open with a phrase before their subject: `In a Fox interview later
/// that day, Trump went further:`, `Shortly after the call ended, Rubio's campaign sent …`,
/// `On July 6, 2015, Sanders made the following comment:`.
extension QuoteAttributor {
  /// The first token after an opening phrase that starts at `start` (a preposition, a clause
  /// word or an adverb in `-ly`) and ends at a comma before `limit`; `start` when the sentence
  /// opens with no such phrase.
  func afterOpeningPhrase(from first: Int, limit: Int, reach: Int = 16) -> Int {
    var start = first
    // `But when Trump suggested …, Rubio fired back`: a conjunction may come first.
    if start + 1 < limit, start < tokens.count, Self.conjunctions.contains(tokens[start].hash) {
      start += 1
    }
    guard language != "de", start >= 0, start < limit, limit <= tokens.count,
      tokens[start].isWord, tokens[start].isCapitalized || start > first, opensPhrase(start)
    else { return first }
    var cursor = start + 1
    while cursor < min(limit, start + reach) {
      let token = tokens[cursor]
      if token.kind == .mark || token.kind == .lineBreak { return first }
      if token.kind == .punctuation, token.scalar == 0x2C { break }
      cursor += 1
    }
    guard cursor + 1 < min(limit, start + reach), tokens[cursor].scalar == 0x2C else {
      return first
    }
    var next = cursor + 1
    // `On July 6, 2015, Sanders …`: the year after a date's comma belongs to the phrase.
    if next + 1 < limit, isYear(next), tokens[next + 1].scalar == 0x2C { next += 2 }
    // `At a rally in Birmingham, Alabama, Trump …`: so does the state after a city's comma.
    if let place = placeAfterComma(next, limit: limit) {
      next = place
    } else if let name = afterOpeningList(from: next, limit: limit) {
      next = name
    }
    return next < limit && tokens[next].isWord ? next : first
  }

  /// The first token of the name after a list that an opening phrase ends with (`Shortly
  /// after collecting a trophy, a Mercedes convertible and a cheque, Federer addressed the
  /// crowd`): when the words from `start` (after the opening's first comma) hold `and` or `or`
  /// and a comma closes them, and a capitalised name with a lower-case word after it follows
  /// that comma, the name is the subject, not the list's second item.
  func afterOpeningList(from start: Int, limit: Int) -> Int? {
    var cursor = start
    var sawConjunction = false
    while cursor < min(limit, start + 20), cursor < tokens.count {
      let token = tokens[cursor]
      if token.kind == .punctuation && token.scalar == 0x2C { break }
      if token.kind != .word && token.kind != .punctuation { return nil }
      if token.isLowercase && Self.listConjunctions.contains(token.hash) { sawConjunction = true }
      cursor += 1
    }
    let after = cursor + 1
    guard sawConjunction, after + 1 < limit, after + 1 < tokens.count,
      tokens[cursor].scalar == 0x2C, tokens[after].isCapitalized,
      let name = QuoteMentionParser(tokens: tokens, lexicon: lexicon).forward(
        from: after, limit: limit),
      name.allSatisfy({ tokens[$0].isCapitalized || !tokens[$0].isWord }),
      name.upperBound < limit, tokens[name.upperBound].isLowercase
    else { return nil }
    return name.lowerBound
  }

  private static let listConjunctions = QuoteWordSet(
    ["and", "or", "und", "oder"])

  /// True when the cue at token `cue` stands in a subordinate clause opening its sentence:
  /// `After Jerry Brown criticized Bill Clinton, Hillary shot back, “…”` is Hillary's.
  func isInOpeningClause(_ cue: Int?) -> Bool {
    guard language != "de", let cue, cue > 0, cue < tokens.count else { return false }
    let start = sentenceStart(before: cue, floor: max(0, cue - 24))
    var opener = start
    if opener + 1 < cue, Self.conjunctions.contains(tokens[opener].hash) { opener += 1 }
    guard opener < cue, Self.subordinators.contains(tokens[opener].hash) else { return false }
    for index in (opener + 1)..<cue where tokens[index].kind == .punctuation {
      if tokens[index].scalar == 0x2C { return false }
    }
    let end = afterOpeningPhrase(from: start, limit: min(tokens.count, cue + 24), reach: 28)
    return end > cue
  }

  /// True for an English mention that follows a preposition: `Columbus` in `Clinton, during a
  /// town hall in Columbus, Ohio, said` is where she spoke, not who; `the streets` in
  /// `Protesters marching through the streets chanted` is where they marched.
  func isPrepositionObject(_ mention: Range<Int>?) -> Bool {
    guard language != "de", let mention, mention.lowerBound > 0, mention.upperBound <= tokens.count
    else { return false }
    let first = tokens[mention.lowerBound]
    return (first.isCapitalized || lexicon.is(first.hash, .determiner))
      && Self.placeAndTimePrepositions.contains(tokens[mention.lowerBound - 1].hash)
  }

  /// `Hours later,`, `Two weeks ago,`, `The day before,`: up to four words ending in a word of
  /// relative time right before a comma.
  private func endsInTimeWord(from start: Int) -> Bool {
    var index = start
    while index < min(tokens.count - 1, start + 4), tokens[index].isWord {
      if Self.timeWords.contains(tokens[index].hash), tokens[index + 1].scalar == 0x2C,
        tokens[index + 1].kind == .punctuation
      {
        return index > start
      }
      index += 1
    }
    return false
  }

  /// The token after a parenthesis at `index` that tags a name (`Gov. Pat McCrory (R)
  /// blamed …`), or `index` when none stands there (English only).
  func afterPartyTag(_ index: Int, limit: Int) -> Int {
    guard language != "de", index < limit, index < tokens.count,
      tokens[index].kind == .punctuation, tokens[index].scalar == 0x28
    else { return index }
    var close = index + 1
    while close < min(limit, index + 8),
      tokens[close].scalar != 0x29 || !(tokens[close].kind == .punctuation)
    {
      if tokens[close].kind == .mark || tokens[close].kind == .lineBreak { return index }
      close += 1
    }
    return close < min(limit, index + 8) ? close + 1 : index
  }

  private func opensPhrase(_ index: Int) -> Bool {
    let token = tokens[index]
    if Self.sentenceAdverbs.contains(token.hash) || endsInTimeWord(from: index) { return true }
    if lexicon.is(token.hash, .stop) { return !Self.subjectWords.contains(token.hash) }
    let end = token.end
    guard end - token.start > 4, end <= scalars.count else { return false }
    let isAdverb = scalars[end - 2] == "l" && scalars[end - 1] == "y"
    return (isAdverb || isOpeningParticiple(index)) && !people.isSurname(token.hash)
      && !QuoteGenders.isGivenName(token.hash)
  }

  /// `Based on its review, the agency said …`, `Speaking at a rally, …`: a word ending in `ed`
  /// or `ing` before a lower-case function word opens a phrase, not a name.
  private func isOpeningParticiple(_ index: Int) -> Bool {
    let end = tokens[index].end
    guard index + 1 < tokens.count, tokens[index + 1].isLowercase,
      lexicon.is(tokens[index + 1].hash, .stop), end - tokens[index].start > 4, end <= scalars.count
    else { return false }
    if scalars[end - 2] == "e" && scalars[end - 1] == "d" { return true }
    return scalars[end - 3] == "i" && scalars[end - 2] == "n" && scalars[end - 1] == "g"
  }

  /// The token after `Alabama,` when a place the gazetteer knows and a comma start at `index`.
  private func placeAfterComma(_ index: Int, limit: Int) -> Int? {
    var end = index
    while end < min(limit, index + 3), tokens[end].isWord, tokens[end].isCapitalized { end += 1 }
    guard end > index, end + 1 < limit, tokens[end].kind == .punctuation,
      tokens[end].scalar == 0x2C, people.isPlace(index..<end), tokens[end + 1].isWord
    else { return nil }
    return end + 1
  }

  private func isYear(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.isWord, token.end - token.start == 4, token.end <= scalars.count else {
      return false
    }
    return (token.start..<token.end).allSatisfy { scalars[$0].properties.numericType != nil }
  }

  /// Sentence adverbs that are no stop words: `Likewise, a paper from …`.
  static let sentenceAdverbs = QuoteWordSet(
    [
      "likewise", "moreover", "furthermore", "nonetheless", "nevertheless", "otherwise",
      "overall", "instead", "indeed", "first", "second", "third", "finally", "soon", "just",
      "even", "again",
    ])

  static let timeWords = QuoteWordSet(
    ["later", "earlier", "ago", "before", "after", "afterward", "afterwards"])

  /// Prepositions of place and time.
  static let placeAndTimePrepositions = QuoteWordSet(
    [
      "in", "at", "on", "during", "from", "into", "over", "through", "via", "under", "upon",
      "toward", "towards", "near", "outside", "inside", "across", "behind", "beyond", "within",
    ])

  static let conjunctions = QuoteWordSet(
    ["and", "but", "so", "yet"])

  /// Words that open a subordinate clause.
  static let subordinators = QuoteWordSet(
    [
      "when", "after", "while", "as", "because", "if", "before", "since", "until", "although",
      "though", "once", "whereas", "whenever",
    ])

  /// Stop words that may be the subject themselves or join clauses: `It`, `This`, `Who`.
  private static let subjectWords = QuoteWordSet(
    [
      "it", "this", "that", "who", "which", "what", "how", "why", "and", "but",
      "so", "or", "not", "no", "yes", "also", "still", "then", "now", "es", "diese", "dieser",
      "dieses",
    ])
}
