/// Finds each quote's speech cue and the mention of its speaker, by token index.
///
/// Looks after the quote first (`“…,” Okafor said`, `“…,” said the minister`), then before it
/// in the same sentence (`Okafor said: “…”`, `according to Okafor, “…”`), then a headline-style
/// colon (`Okafor: “…”`). A quote with none of these inherits from the quote it continues.
struct QuoteAttributor {
  let scalars: [Unicode.Scalar]
  let tokens: [QuoteToken]
  let spans: [QuoteSpan]
  let language: String
  let people: QuotePeople
  let lexicon: QuoteLexicon = .standard
  private let afterWords = 12
  private let beforeTokens = 40
  private let inheritWords = 30
  private static let sich = QuoteToken.hash(of: "sich")

  /// One attribution per span (nil when nothing names a speaker).
  func attributions() -> [QuoteAttribution?] {
    var result: [QuoteAttribution?] = []
    result.reserveCapacity(spans.count)
    for index in spans.indices {
      var found = transcriptSpeaker(spans[index]) ?? direct(index)
      if found?.source == .subject, continuesList(index), let previous = result.last ?? nil,
        previous.mention != nil
      {
        found = QuoteAttribution(cue: previous.cue, mention: previous.mention, source: .subject)
      }
      if let cue = found?.cue, found?.mention == nil, continuesPreviousSpeaker(index - 1, cue: cue)
      {
        found?.mention = (result.last ?? nil)?.mention ?? subjectBefore(spans[index - 1])
      }
      if found == nil, let previous = result.last ?? nil, inherits(index) {
        found = QuoteAttribution(
          cue: previous.cue, mention: previous.mention, source: .inherited)
      }
      if found == nil { found = germanContext(index, after: result.last ?? nil) }
      result.append(found)
    }
    return result
  }

  private func direct(_ index: Int) -> QuoteAttribution? {
    let span = spans[index]
    let previous = index > 0 ? spans[index - 1].closeToken : -1
    var after = span.isClosed ? afterCue(index) : nil
    if span.isClosed, after?.mention == nil { after = appositiveCue(after: index) ?? after }
    if after?.mention == nil, let verbFirst = germanVerbAfter(span) { after = verbFirst }
    if let after, after.mention != nil, continuesSentence(span),
      !opensLaterClause(after, after: span), !isLaterSource(after, span, floor: previous + 1)
    {
      return after
    }
    if let owned = ownedStatement(span, floor: previous + 1) { return owned }
    let subject = subjectAcrossNames(span, else: sentenceSubject(span, floor: previous + 1))
    if var before = beforeCue(span, floor: previous + 1) {
      if before.mention == nil
        || (isVerbFinal(before) || isObjectAfterCue(before) || isInOpeningClause(before.cue))
          && namesPerson(subject?.mention) && !(before.cue.map { isPassive($0) } ?? false)
      {
        before.mention = subject?.mention ?? before.mention
      }
      return before
    }
    if let subject, isAfterColon(span) { return subject }
    // A speaker's next paragraph is theirs, not that of a cue in the writer's next sentence.
    if let after, after.mention != nil, !span.continuesPrevious,
      !reportsOwnClause(after, after: span)
    {
      return after
    }
    return colonCue(span, floor: previous + 1) ?? germanColonCue(span, floor: previous + 1)
      ?? subject ?? colonSubject(span, floor: previous + 1) ?? labelSubject(span, floor: previous)
      ?? previousCueClause(span, floor: previous + 1)
      ?? previousSubject(span, floor: previous + 1) ?? reportedSpeech(span, floor: previous + 1)
  }

  /// True when the words after the closing mark belong to the quote's sentence.
  func continuesSentence(_ span: QuoteSpan) -> Bool {
    let last = span.end - 1
    guard last >= 0, last < scalars.count else { return false }
    if !QuoteScalar.isSentenceEnd(scalars[last].value) { return true }
    let next = span.closeToken + 1
    guard next < tokens.count else { return false }
    return tokens[next].isLowercase || tokens[next].kind == .punctuation
  }

  private func inherits(_ index: Int) -> Bool {
    guard index > 0 else { return false }
    let span = spans[index]
    if span.continuesPrevious { return true }
    let gap = spans[index - 1].closeToken..<span.openToken
    guard gap.lowerBound >= 0, gap.upperBound <= tokens.count else { return false }
    // Counted in one pass: filtering the gap's tokens into two arrays to count them cost
    // 3M instructions over BBC in array growth alone.
    var breaks = 0
    var words = 0
    for index in gap {
      if tokens[index].kind == .lineBreak { breaks += 1 }
      if tokens[index].isWord { words += 1 }
    }
    if words == 0 { return breaks <= 1 }
    guard words <= inheritWords, breaks <= 1 else { return false }
    // `Barley is described as “…”`: someone unnamed speaks, not the last speaker.
    if gap.contains(where: { isPassiveCue($0) && !hasAgent($0) }) { return false }
    return breaks == 0 || gap.contains { cue(at: $0) != nil }
  }

  /// A cue after the quote within the sentence: `, he said`, `, said Okafor`, `Okafor said.`
  /// Later quotes in the same sentence are stepped over (`“a” and “b”, he said`).
  private func afterCue(_ spanIndex: Int) -> QuoteAttribution? {
    let span = spans[spanIndex]
    if let signed = dashSignature(after: span.closeToken) { return signed }
    var index = span.closeToken + 1
    var words = 0
    var nextSpan = spanIndex + 1
    var limit = tokens.count
    while index < tokens.count, words < afterWords {
      if nextSpan < spans.count, index >= spans[nextSpan].openToken {
        guard spans[nextSpan].isClosed, continuesSentence(span) else { return nil }
        limit = spans[nextSpan].openToken
        index = spans[nextSpan].closeToken + 1
        nextSpan += 1
        words += 1
        continue
      }
      let token = tokens[index]
      if token.kind == .lineBreak || token.kind == .mark { return nil }
      if token.kind == .punctuation {
        if isSentenceEnd(index) { return nil }
        index += 1
        continue
      }
      words += 1
      if let cue = cue(at: index), !cue.isWeak,
        !cue.isAfterOnly || words == 1 || isAfterComma(index)
      {
        if !continuesSentence(span) || opensOwnClause(from: span.closeToken + 1, to: index),
          introducesSpeech(after: index)
        {
          return nil
        }
        if opensWithSubject(after: span, cue: index) { return nil }
        return attribution(cue: cue, at: index, from: span.closeToken + 1, limit: limit, .after)
      }
      index += 1
    }
    return nil
  }

  /// A cue before the quote in the same sentence: `Okafor said: “…”`, `so Okafor: „…“`.
  func beforeCue(_ span: QuoteSpan, floor: Int) -> QuoteAttribution? {
    var index = span.openToken - 1
    let lowest = max(floor, span.openToken - beforeTokens, 0)
    var start = lowest
    while index >= lowest {
      let token = tokens[index]
      if token.kind == .mark || (token.kind == .lineBreak && !endsWithColon(index)) {
        start = index + 1
        break
      }
      if token.kind == .punctuation && isSentenceEnd(index) {
        start = index + 1
        break
      }
      if token.isWord, let agent = agentAfter(span, cue: index) { return agent }
      if token.isWord, let cue = cue(at: index),
        !cue.isAfterOnly || isAfterColon(span) && (isAfterComma(index) || isSentenceStart(index)),
        !cue.isWeak || span.openToken - index <= (language == "de" ? 5 : 3)
      {
        var found = attribution(cue: cue, at: index, from: start, limit: span.openToken, .before)
        if found?.mention == nil, cue.kind == .verb, !isPassive(index) {
          found?.mention =
            subject(from: sentenceStart(before: index, floor: lowest), before: index)
            ?? subjectAcrossQuotes(before: index)
        }
        if let found, found.mention != nil || cue.kind == .verb { return found }
      }
      index -= 1
    }
    return nil
  }

  /// Reads the mention that goes with the cue at `index`.
  func attribution(
    cue: QuoteCue, at index: Int, from floor: Int, limit: Int, _ source: QuoteAttribution.Source
  ) -> QuoteAttribution? {
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    var mention: Range<Int>?
    switch cue.kind {
    case .preposition:
      mention = parser.forward(from: index + (cue.next == nil ? 1 : 2), limit: limit)
    case .postposition, .possessiveNoun:
      mention = parser.backward(from: index - 1, floor: floor)
    case .verb where isPassive(index):
      mention = passiveAgent(at: index, limit: limit)
    case .verb where isParticiple(index):
      mention = participleSpeaker(at: index, floor: floor, source)
    case .verb:
      mention = parser.backward(from: index - 1, floor: floor)
      if isPrepositionObject(mention) { mention = nil }
      if !cue.objectFollows {
        let reflexive = index + 1 < tokens.count && tokens[index + 1].hash == Self.sich
        let first = index + (reflexive ? 2 : 1)
        let after =
          isObject(at: first) || isObjectNoun(at: first, source)
          ? nil
          : parser.forward(from: first, limit: limit).flatMap {
            opensClause($0) || ownsSubject($0, source) ? nil : $0
          }
        if mention == nil || isInverted(mention, floor: floor)
          || isSubjectAfterVerb(after, before: mention)
        {
          mention = after ?? mention
        }
      }
      if mention == nil {
        let reach = cue.objectFollows ? index : limit
        mention = documentPronoun(around: index, floor: floor, limit: reach)
      }
    }
    mention = germanMention(cue: cue, at: index, limit: limit, read: mention, source)
    return QuoteAttribution(cue: index, mention: mention, source: source)
  }

  /// The cue spelled by the word at `index` in this article's language, if any.
  func cue(at index: Int) -> QuoteCue? {
    guard index >= 0, index < tokens.count, let cue = lexicon.cue(for: tokens[index].hash) else {
      return nil
    }
    if let required = cue.language, required != language { return nil }
    if cue.kind == .verb && tokens[index].isCapitalized && !isSentenceStart(index) { return nil }
    if cue.kind == .verb && isNounUse(index) { return nil }
    if cue.kind == .verb && isPassive(index) && !hasAgent(index) { return nil }
    if cue.kind == .verb && !isImpersonalHeissen(index) { return nil }
    if let next = cue.next {
      guard index + 1 < tokens.count, tokens[index + 1].hash == next else { return nil }
    }
    return cue
  }

  /// `heißt` and `hieß` report words only with an impersonal `es` right after them or anywhere
  /// earlier in their clause (`heißt es in der Mitteilung`, `in dem es unter anderem heißt`,
  /// `wie es aus den Kreisen der Regierung dazu ergänzend hieß`); `das heißt` means "that
  /// is", and `Der Film heißt „…“` gives a name. True for every other word.
  private func isImpersonalHeissen(_ index: Int) -> Bool {
    guard QuoteGermanWords.documentVerbs.contains(tokens[index].hash) else { return true }
    if index + 1 < tokens.count, tokens[index + 1].hash == QuoteGermanWords.es { return true }
    var before = index - 1
    while before >= max(index - 20, 0), tokens[before].isWord {
      if tokens[before].hash == QuoteGermanWords.es { return true }
      before -= 1
    }
    return false
  }

  /// `“…,” it said`, `“…,” it read`: `it` beside the cue stands for a statement or a
  /// document, a mention that resolves to no person.
  private func documentPronoun(around cue: Int, floor: Int, limit: Int) -> Range<Int>? {
    for index in [cue - 1, cue + 1] where index >= max(floor, 0) && index < min(limit, tokens.count)
    {
      if tokens[index].hash == Self.it { return index..<(index + 1) }
    }
    return nil
  }

  private static let it = QuoteToken.hash(of: "it")

  /// `„…“ beenden, so Rice`: a word right after a comma.
  private func isAfterComma(_ index: Int) -> Bool {
    index > 0 && tokens[index - 1].kind == .punctuation && tokens[index - 1].scalar == 0x2C
  }

  private func endsWithColon(_ lineBreak: Int) -> Bool {
    lineBreak > 0 && tokens[lineBreak - 1].kind == .punctuation
      && tokens[lineBreak - 1].scalar == 0x3A
  }

  func isSentenceStart(_ index: Int) -> Bool { lexicon.isSentenceStart(index, in: tokens) }

  /// True for `.`, `!` or `?` that ends a sentence (not `Sen.` or `U.S.`).
  func isSentenceEnd(_ index: Int) -> Bool { lexicon.isSentenceEnd(index, in: tokens) }
}
