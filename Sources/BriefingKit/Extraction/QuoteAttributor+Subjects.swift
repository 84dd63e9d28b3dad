/// Attribution without a cue word next to the quote: a headline colon, or the subject of the
/// writer's sentence (the one holding the quote, or the one just before it).
extension QuoteAttributor {
  /// The subject of the sentence just before a quote that opens a sentence (`Khan criticised
  /// the policy. “This government …”`), in the same paragraph.
  ///
  /// Across a paragraph break only when the paragraph before is one sentence with a speech
  /// cue (`Howard continued his remarks.` then a paragraph that is the quote).
  func previousSubject(_ span: QuoteSpan, floor: Int) -> QuoteAttribution? {
    var end = span.openToken - 1
    let crossesParagraph = end > floor && tokens[end].kind == .lineBreak
    if crossesParagraph { end -= 1 }
    guard end > floor, isSentenceEnd(end) else { return nil }
    let start = sentenceStart(before: end, floor: max(floor, end - 40))
    guard start > floor || start == 0 || tokens[start - 1].kind != .mark else { return nil }
    if crossesParagraph {
      guard start == 0 || tokens[start - 1].kind == .lineBreak,
        (start..<end).contains(where: { cue(at: $0)?.kind == .verb })
      else { return nil }
    }
    return subjectAttribution(from: start, limit: end)
  }

  /// The subject of the writer's sentence that holds the quote, when it names a person and a
  /// verb follows it (`Der Bundespräsident konstatierte eine „Kluft …“`, `Merkel entgegnete,
  /// …`): no cue word, but a clear speaker.
  func sentenceSubject(_ span: QuoteSpan, floor: Int) -> QuoteAttribution? {
    let start = sentenceStart(before: span.openToken, floor: max(floor, span.openToken - 40))
    let found = subjectAttribution(from: start, limit: span.openToken)
    // `The striker was told “…”`: spoken to, not speaking (though in the next sentence he may
    // answer what he was asked).
    if let mention = found?.mention, isPassiveSubject(mention, limit: span.openToken) {
      return nil
    }
    return found
  }

  /// A person-naming mention at `start` followed by a lower-case word (a verb), before `limit`.
  func subjectAttribution(from first: Int, limit: Int) -> QuoteAttribution? {
    if opensWithGermanAdverbial(first, limit: limit) {
      return subjectAfterGermanAdverbial(from: first, limit: limit)
    }
    var start = afterOpeningPhrase(from: first, limit: limit)
    var skipped = 0
    while start < limit, skipped < 3, tokens[start].isWord,
      lexicon.is(tokens[start].hash, .stop) || lexicon.is(tokens[start].hash, .skippable)
    {
      start += 1
      skipped += 1
    }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    if start < limit, !tokens[start].isWord || parser.forward(from: start, limit: limit) == nil {
      start = afterFirstComma(from: start, limit: limit)
    }
    if let named = appositiveName(from: start, limit: limit) {
      return QuoteAttribution(cue: nil, mention: named, source: .subject)
    }
    guard let mention = parser.forward(from: start, limit: limit).map({ germanPhrase($0) }),
      case let next = afterPartyTag(mention.upperBound, limit: limit), next < limit,
      tokens[next].isLowercase || tokens[next].scalar == 0x2C,
      namesPerson(mention) || language == "de" && isNominative(mention)
    else { return germanInvertedSubject(from: first, limit: limit) }
    // `… 'best' in my own head now to mean '…'`: after a quote inside a sentence, the object of
    // a preposition is no subject.
    if isReportedSpeech(mention.upperBound)
      || tokens[first].isLowercase && isPrepositionObject(mention)
    {
      return nil
    }
    if !namesPerson(mention), let inverted = germanInvertedSubject(from: first, limit: limit),
      namesPerson(inverted.mention)
    {
      return inverted
    }
    if let origin = reactionOrigin(mention, verb: next, limit: limit) {
      return QuoteAttribution(cue: nil, mention: origin, source: .subject)
    }
    return QuoteAttribution(cue: nil, mention: mention, source: .subject)
  }

  /// `Dieser Arzt, Antonio Noja, schilderte …`, `His partner, Lawrence B. Cummings, called
  /// …`: a description that names no one, then a name between commas, then a verb. The name
  /// is the subject.
  func appositiveName(from start: Int, limit: Int) -> Range<Int>? {
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard let mention = parser.forward(from: start, limit: limit), !namesPerson(mention) else {
      return nil
    }
    let after = afterFirstComma(from: start, limit: limit)
    guard after < limit, let name = parser.forward(from: after, limit: limit),
      name.count >= 2, name.allSatisfy({ tokens[$0].isCapitalized || !tokens[$0].isWord }),
      name.upperBound + 1 < limit, tokens[name.upperBound].scalar == 0x2C,
      tokens[name.upperBound].kind == .punctuation, tokens[name.upperBound + 1].isLowercase
    else { return nil }
    return name
  }

  func namesPerson(_ mention: Range<Int>) -> Bool {
    let first = tokens[mention.lowerBound]
    if mention.count == 1 && lexicon.is(first.hash, .pronoun) { return true }
    if mention.contains(where: { lexicon.isRole(tokens[$0]) }) { return true }
    if mention.count >= 2, tokens[mention.upperBound - 1].isCapitalized,
      tokens[mention.upperBound - 2].isCapitalized, language != "de" || mention.count > 2
    {
      return true
    }
    if mention.count == 1 && first.isCapitalized
      && (language == "de" || isSentenceStart(mention.lowerBound))
    {
      return people.isSurname(first.hash)
    }
    if language == "de" && !people.isSurname(tokens[mention.upperBound - 1].hash) {
      return false
    }
    return mention.allSatisfy {
      tokens[$0].isCapitalized || !tokens[$0].isWord
        || lexicon.is(tokens[$0].hash, .conjunction)
    } && !lexicon.is(first.hash, .determiner)
  }

  /// The first token of the sentence holding token `index`, not below `floor`.
  func sentenceStart(before index: Int, floor: Int) -> Int {
    var cursor = index - 1
    while cursor >= floor, cursor >= 0 {
      let token = tokens[cursor]
      if token.kind == .lineBreak || token.kind == .mark || isSentenceEnd(cursor) {
        return cursor + 1
      }
      cursor -= 1
    }
    return max(floor, 0)
  }

  /// The subject of a sentence whose verb is a participle cue (`Trump tweeted, calling …`):
  /// the mention at the sentence start, or right after its first comma.
  func subject(from first: Int, before limit: Int) -> Range<Int>? {
    if opensWithGermanAdverbial(first, limit: limit) {
      return subjectAfterGermanAdverbial(from: first, limit: limit)?.mention
    }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    var start = afterOpeningPhrase(from: first, limit: limit)
    if start + 1 < limit, start + 1 < tokens.count, tokens[start].isCapitalized,
      tokens[start + 1].isCapitalized, Self.leadingConjunctions.contains(tokens[start].hash)
    {
      start += 1
    }
    if opensWithParticiple(start, limit: limit) {
      start = afterFirstComma(from: start, limit: limit)
      start = afterOpeningList(from: start, limit: limit) ?? start
    }
    if let mention = parser.forward(from: start, limit: limit),
      tokens[mention.lowerBound].isCapitalized || mention.count == 1
        || lexicon.is(tokens[mention.lowerBound].hash, .determiner)
    {
      return mention
    }
    var cursor = start
    while cursor < limit, cursor < tokens.count, tokens[cursor].scalar != 0x2C { cursor += 1 }
    return cursor + 1 < limit ? parser.forward(from: cursor + 1, limit: limit) : nil
  }

  /// True for an English sentence that opens with a participle phrase before its subject:
  /// `Appearing before supporters Monday, Suu Kyi added …`.
  private func opensWithParticiple(_ start: Int, limit: Int) -> Bool {
    guard language != "de", start < limit, start < tokens.count, tokens[start].isCapitalized,
      !people.isSurname(tokens[start].hash)
    else { return false }
    let end = tokens[start].end
    guard end - tokens[start].start > 4, end <= scalars.count else { return false }
    return scalars[end - 3] == "i" && scalars[end - 2] == "n" && scalars[end - 1] == "g"
  }

  /// `But Sen. Pat Toomey refused …`: words that may open a sentence before its subject.
  static let leadingConjunctions = QuoteWordSet(
    ["but", "and", "so", "yet", "then", "still", "also", "meanwhile"])

  /// `Okafor: “…”`: a mention right before a colon that precedes the quote.
  ///
  /// A party tag in parentheses may stand before the colon: `Rep. Trey Gowdy (R-S.C.): “…”`.
  func colonCue(_ span: QuoteSpan, floor: Int) -> QuoteAttribution? {
    let colon = span.openToken - 1
    guard colon - 1 >= floor, colon >= 1, tokens[colon].scalar == 0x3A,
      tokens[colon].kind == .punctuation
    else { return nil }
    var last = colon - 1
    if tokens[last].kind == .punctuation, tokens[last].scalar == 0x29 {
      var open = last - 1
      while open > max(floor, last - 10), tokens[open].scalar != 0x28 { open -= 1 }
      guard open > floor, tokens[open].scalar == 0x28 else { return nil }
      last = open - 1
    }
    guard last >= floor, tokens[last].isCapitalized else { return nil }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard let mention = parser.backward(from: last, floor: max(floor, last - 6)),
      mention.lowerBound == sentenceStart(before: last + 1, floor: max(floor, last - 8))
    else { return nil }
    return QuoteAttribution(cue: nil, mention: mention, source: .colon)
  }

  /// True in German when the words before the verb are an adverbial (`Am Montag sagte er`),
  /// so that the subject follows the verb.
  /// True in German for a pronoun right after the verb (`lobte er`), a person when the words
  /// before the verb name none, or a name before punctuation (`Der Zeitung sagte Karma: „…“`):
  /// verb-second order puts the subject there.
  func isSubjectAfterVerb(_ mention: Range<Int>?, before: Range<Int>? = nil) -> Bool {
    guard language == "de", let mention, mention.upperBound < tokens.count else { return false }
    let first = tokens[mention.lowerBound]
    if mention.count == 1 && lexicon.is(first.hash, .pronoun) { return true }
    if namesPerson(mention) && !(before.map(namesPerson) ?? false) { return true }
    let isName =
      (mention.count == 1 && lexicon.is(first.hash, .pronoun))
      || (first.isCapitalized && !lexicon.is(first.hash, .determiner))
    return isName && tokens[mention.upperBound].kind != .word
  }

  func isInverted(_ mention: Range<Int>?, floor: Int) -> Bool {
    guard language == "de", let mention else { return false }
    if mention.count == 1 && !namesPerson(mention) { return true }
    if isObject(at: mention.lowerBound) { return true }
    let before = mention.lowerBound - 1
    guard before >= floor, before >= 0, tokens[before].isWord else { return false }
    // `In einem Brief an die Bürger schreibt der Landrat`: the object of a preposition.
    return lexicon.is(tokens[before].hash, .stop)
      || tokens[before].isLowercase
        && QuoteGermanWords.objectPrepositions.contains(tokens[before].hash)
  }

  /// The token after the first comma from `start` (an opening adverbial: `Earlier this
  /// week, Clinton shared …`), or `limit`.
  func afterFirstComma(from start: Int, limit: Int) -> Int {
    var cursor = start
    while cursor < min(limit, start + 12), cursor < tokens.count {
      if tokens[cursor].kind == .punctuation && tokens[cursor].scalar == 0x2C { return cursor + 1 }
      if tokens[cursor].kind != .word && tokens[cursor].kind != .punctuation { return limit }
      cursor += 1
    }
    return limit
  }

  /// `“…” — Steve Quinlan.`: a dash and a name that ends the line or sentence after a quote,
  /// on the same line or starting the next one.
  func dashSignature(after close: Int) -> QuoteAttribution? {
    var dash = close + 1
    if dash < tokens.count, tokens[dash].kind == .lineBreak { dash += 1 }
    guard dash + 1 < tokens.count, tokens[dash].kind == .punctuation,
      QuoteScalar.isDash(tokens[dash].scalar), tokens[dash + 1].isCapitalized
    else { return nil }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard let mention = parser.forward(from: dash + 1, limit: min(tokens.count, dash + 12))
    else { return nil }
    let next = mention.upperBound
    guard next >= tokens.count || !tokens[next].isWord, namesPerson(mention) || mention.count > 1
    else { return nil }
    return QuoteAttribution(cue: nil, mention: mention, source: .after)
  }
}
