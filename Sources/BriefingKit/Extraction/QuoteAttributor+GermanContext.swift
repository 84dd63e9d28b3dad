/// German speakers a reader finds outside the quote's own sentence, tried only when nothing
/// beside the quote names one: a name in parentheses after it, a headline colon after a dash
/// or an opening adverb, the subject of the sentence that follows a quote standing alone, and
/// the paragraph before (`QuoteAttributor+GermanParagraphs.swift`).
extension QuoteAttributor {
  /// The speaker of the German quote `index` read from its surroundings, or nil.
  func germanContext(_ index: Int, after previous: QuoteAttribution?) -> QuoteAttribution? {
    guard language == "de", index >= 0, index < spans.count else { return nil }
    let span = spans[index]
    let floor = index > 0 ? spans[index - 1].closeToken + 1 : 0
    guard span.openToken >= floor, span.closeToken < tokens.count || !span.isClosed else {
      return nil
    }
    return parenthesisedName(span) ?? dashColon(span, floor: floor)
      ?? colonParagraph(span, floor: floor) ?? colonSentencePerson(span, floor: floor)
      ?? followingSubject(index)
      ?? reportAcrossParagraph(span, floor: floor) ?? describedBefore(span, floor: floor)
      ?? speechGoingOn(index, after: previous) ?? previousParagraphSpeaker(span, floor: floor)
  }

  /// `Deutlicher wurde die Ärztin Anna Vogt: „…“`, `Ähnlich sieht es Vogt:`: a sentence
  /// before the colon that names one person and no one else, whatever stands first, gives
  /// the speaker; with no name, a pronoun right after the verb (`Deutlicher wurde sie:`).
  private func colonSentencePerson(_ span: QuoteSpan, floor: Int) -> QuoteAttribution? {
    var colon = span.openToken - 1
    if colon > floor, tokens[colon].kind == .lineBreak { colon -= 1 }
    guard colon > floor, isPunctuation(colon, 0x3A) else { return nil }
    let start = sentenceStart(before: colon, floor: max(floor, colon - 40))
    guard start < colon, !tokens[start..<colon].contains(where: { $0.kind == .mark }) else {
      return nil
    }
    let named = people.occurrences.filter { $0.token >= start && $0.token < colon }
    if let first = named.first {
      guard people.people[first.person].isPerson, named.allSatisfy({ $0.person == first.person }),
        !followsPreposition(first.token, floor: start)
      else { return nil }
      var end = first.token + 1
      while end < colon, tokens[end].isCapitalized { end += 1 }
      return QuoteAttribution(cue: nil, mention: first.token..<end, source: .subject)
    }
    guard
      let pronoun = (start + 1..<colon).first(where: { index in
        Self.subjectPronouns.contains(tokens[index].hash) && tokens[index].isLowercase
          && tokens[index - 1].isWord && tokens[index - 1].isLowercase
      })
    else { return nil }
    return QuoteAttribution(cue: nil, mention: pronoun..<(pronoun + 1), source: .subject)
  }

  private static let subjectPronouns: Set<UInt64> = Set(
    ["er", "sie"].map(QuoteToken.hash(of:)))

  /// True when a preposition (perhaps with an article) stands right before token `index`:
  /// `unter der Überschrift Betrug` names no speaker.
  private func followsPreposition(_ index: Int, floor: Int) -> Bool {
    var before = index - 1
    if before > floor, tokens[before].isWord, lexicon.is(tokens[before].hash, .determiner) {
      before -= 1
    }
    guard before >= floor, before >= 0, tokens[before].isWord, tokens[before].isLowercase else {
      return false
    }
    return Self.objectPrepositions.contains(tokens[before].hash)
  }

  private static let objectPrepositions: Set<UInt64> = Set(
    [
      "unter", "über", "in", "im", "auf", "an", "am", "mit", "für", "gegen", "nach", "zu", "zum",
      "zur", "bei", "beim", "aus", "ohne", "um",
    ].map(QuoteToken.hash(of:)))

  /// `„…“ (Anna Vogt)`: a person's name alone in parentheses right after the quote.
  private func parenthesisedName(_ span: QuoteSpan) -> QuoteAttribution? {
    guard span.isClosed else { return nil }
    var open = span.closeToken + 1
    if open < tokens.count, isPunctuation(open, 0x2E) || isPunctuation(open, 0x2C) { open += 1 }
    guard open + 2 < tokens.count, isPunctuation(open, 0x28) else { return nil }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard let mention = parser.forward(from: open + 1, limit: min(tokens.count, open + 8)),
      mention.lowerBound == open + 1, mention.upperBound < tokens.count,
      isPunctuation(mention.upperBound, 0x29), isName(mention)
    else { return nil }
    return QuoteAttribution(cue: nil, mention: mention, source: .subject)
  }

  /// `Das Parlament stimmt zu – Berger: „…“`: a name before the colon that opens right after
  /// a dash, as in headlines that join two statements.
  func dashColon(_ span: QuoteSpan, floor: Int) -> QuoteAttribution? {
    let colon = span.openToken - 1
    guard colon - 2 >= floor, isPunctuation(colon, 0x3A), tokens[colon - 1].isWord else {
      return nil
    }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard let mention = parser.backward(from: colon - 1, floor: max(floor, colon - 7)),
      mention.upperBound == colon, mention.lowerBound - 1 >= floor,
      namesPerson(mention) || isName(mention)
    else { return nil }
    let before = mention.lowerBound - 1
    let isDash = tokens[before].kind == .punctuation && QuoteScalar.isDash(tokens[before].scalar)
    guard isDash || isLeadingAdverb(before) else { return nil }
    return QuoteAttribution(cue: nil, mention: mention, source: .colon)
  }

  /// `Dazu die Ärztin Anna Vogt: „…“`: one adverb that opens the sentence before a name and
  /// a colon.
  private func isLeadingAdverb(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].isCapitalized, isSentenceStart(index)
    else { return false }
    return Self.leadingAdverbs.contains(tokens[index].hash)
  }

  private static let leadingAdverbs: Set<UInt64> = Set(
    ["dazu", "hierzu", "darauf", "daraufhin", "so", "ebenso", "auch", "und", "aber", "doch"].map(
      QuoteToken.hash(of:)))

  /// `„Die Brücke wird saniert.“ Der Bürgermeister Jonas Berger ist zufrieden.`: a quote that
  /// is a sentence of its own, at the start of its paragraph, goes to the person the next
  /// sentence opens with when that sentence quotes no one else.
  private func followingSubject(_ index: Int) -> QuoteAttribution? {
    let span = spans[index]
    let open = span.openToken
    guard span.isClosed, open == 0 || tokens[open - 1].kind == .lineBreak,
      endsSentence(span)
    else { return nil }
    var start = span.closeToken + 1
    if start < tokens.count, tokens[start].kind == .punctuation, isSentenceEnd(start) {
      start += 1
    }
    guard start < tokens.count, tokens[start].isCapitalized else { return nil }
    var end = start
    while end < min(tokens.count, start + 40), !isSentenceEnd(end) {
      if tokens[end].kind == .lineBreak || tokens[end].kind == .mark { return nil }
      end += 1
    }
    guard end < tokens.count, isSentenceEnd(end),
      let found = subjectAttribution(from: start, limit: end), let mention = found.mention,
      mention.lowerBound < start + 3, isName(mention) || namesNamedPerson(mention)
    else { return nil }
    return QuoteAttribution(cue: nil, mention: mention, source: .subject)
  }

  /// True when the quote's words end a sentence (`… saniert.“` or `… saniert“.`).
  private func endsSentence(_ span: QuoteSpan) -> Bool {
    let last = span.end - 1
    if last >= 0, last < scalars.count, QuoteScalar.isSentenceEnd(scalars[last].value) {
      return true
    }
    let next = span.closeToken + 1
    return next < tokens.count && tokens[next].kind == .punctuation && isSentenceEnd(next)
  }

  /// Capitalised words only, two or more, or one the article uses as a surname.
  private func isName(_ mention: Range<Int>) -> Bool {
    guard mention.upperBound <= tokens.count, !mention.isEmpty,
      !lexicon.is(tokens[mention.lowerBound].hash, .determiner)
    else { return false }
    let words = mention.filter { tokens[$0].isWord }
    guard words.allSatisfy({ tokens[$0].isCapitalized }) else { return false }
    if words.count >= 2 { return namesPerson(mention) || people.person(named: mention) != nil }
    return words.count == 1 && people.isSurname(tokens[mention.lowerBound].hash)
  }

  /// A mention whose last words are the name of a person of the article, not the complement
  /// of a noun: `Der Bürgermeister Jonas Berger`, not `Die Ankündigung von Youtube Red`.
  private func namesNamedPerson(_ mention: Range<Int>) -> Bool {
    guard mention.upperBound <= tokens.count, namesPerson(mention) else { return false }
    var first = mention.upperBound
    while first > mention.lowerBound, tokens[first - 1].isCapitalized { first -= 1 }
    let named = (first..<mention.upperBound).contains { start in
      people.person(named: start..<mention.upperBound).map { people.people[$0].isPerson } ?? false
    }
    guard named else { return false }
    return !mention.contains {
      tokens[$0].isLowercase && Self.complements.contains(tokens[$0].hash)
    }
  }

  private static let complements: Set<UInt64> = Set(
    ["von", "vom", "des", "der", "für", "mit", "bei", "aus"].map(QuoteToken.hash(of:)))

  func isPunctuation(_ index: Int, _ scalar: UInt32) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].kind == .punctuation
      && tokens[index].scalar == scalar
  }
}
