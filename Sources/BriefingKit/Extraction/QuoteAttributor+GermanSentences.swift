/// German sentences whose speaker is not where the cue's word order puts it: a phrase a
/// preposition opens the sentence with, a subject longer than the look-back, a passive that
/// names something, a verb after `und`, and a quote inside an opening subordinate clause.
extension QuoteAttributor {
  /// `Vogt nannte die Pläne „…“ und forderte die Ministerin zum Rücktritt auf`: a verb after
  /// `und` shares the subject of the sentence that holds the quote before it; the words after
  /// that verb are its object. Nil when that subject names no person.
  func subjectBeforeQuote(endingBefore cue: Int) -> Range<Int>? {
    guard let quote = spans.last(where: { $0.closeToken < cue }) else { return nil }
    let open = quote.openToken
    let start = sentenceStart(before: open, floor: max(0, open - 40))
    guard start < open, let mention = subjectAttribution(from: start, limit: open)?.mention,
      namesPerson(mention)
    else { return nil }
    return mention
  }

  /// `Seine Werke werden von Kritikern als „…“ bezeichnet`: in a passive sentence that names
  /// or judges something, the speaker is the agent after `von`, or the medium after `im` (`im
  /// „Kurier“ als „…“ bezeichnet`), never the subject; with neither, no one.
  func passiveAgent(_ span: QuoteSpan) -> QuoteAttribution? {
    let open = span.openToken
    let start = sentenceStartAcrossNames(before: open)
    var end = span.closeToken + 1
    while end < min(tokens.count, span.closeToken + 12),
      tokens[end].isWord
        || tokens[end].kind == .punctuation && !isSentenceEnd(end)
    {
      if Self.passiveParticiples.contains(tokens[end].hash) { break }
      end += 1
    }
    guard start < open, end < tokens.count,
      Self.passiveParticiples.contains(tokens[end].hash),
      (start..<open).contains(where: { Self.passiveAuxiliaries.contains(tokens[$0].hash) })
    else { return nil }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    if let by = (start..<open).last(where: {
      tokens[$0].hash == QuoteGermanWords.von && tokens[$0].isLowercase
    }
    ) {
      guard let agent = parser.forward(from: by + 1, limit: open),
        agent.contains(where: { tokens[$0].isCapitalized })
      else { return nil }
      return QuoteAttribution(cue: nil, mention: agent, source: .subject)
    }
    let medium = (start..<open).lazy.filter {
      Self.mediumPrepositions.contains(self.tokens[$0].hash) && self.tokens[$0].isLowercase
    }.compactMap { self.quotedName(at: $0 + 1) }.last
    return QuoteAttribution(cue: nil, mention: medium, source: .subject)
  }

  private static let mediumPrepositions: Set<UInt64> = Set(
    ["im", "in", "auf"].map(QuoteToken.hash(of:)))
  private static let passiveAuxiliaries: Set<UInt64> = Set(
    ["wird", "werden", "wurde", "wurden", "worden"].map(QuoteToken.hash(of:)))
  private static let passiveParticiples: Set<UInt64> = Set(
    [
      "bezeichnet", "genannt", "beschrieben", "kritisiert", "gelobt", "gewürdigt", "betitelt",
      "kommentiert", "gefeiert", "verurteilt", "eingestuft", "gewertet", "charakterisiert",
    ].map(QuoteToken.hash(of:)))

  /// `Während Vogt erklärte, die Lage sei „…“, räumte Huber ein`: the quote belongs to the
  /// clause that opens the sentence with a subordinator and holds a speech verb of its own,
  /// so the main clause's verb after it is no cue for it.
  func quoteInSubordinateClause(before cue: Int) -> Bool {
    guard cue >= 2, let quote = spans.last(where: { $0.closeToken < cue }),
      tokens[cue - 1].kind == .punctuation, tokens[cue - 1].scalar == 0x2C
    else { return false }
    let open = quote.openToken
    let start = sentenceStart(before: open, floor: max(0, open - 40))
    guard start < open, tokens[start].isCapitalized,
      QuoteGermanWords.subordinators.contains(tokens[start].hash)
    else { return false }
    return ((start + 1)..<open).contains { index in
      self.cue(at: index).map { $0.kind == .verb } ?? false
    }
  }

  /// `Gegenüber der Zeitung wurde die Ärztin deutlich: „…“`, `Am Rande der Sitzung warnte
  /// …`: a subject read in the phrase a preposition opens the sentence with is that phrase's
  /// object; the subject follows the finite verb.
  func afterFrontedPhrase(_ subject: QuoteAttribution?, before limit: Int) -> QuoteAttribution? {
    guard let mention = subject?.mention, mention.lowerBound >= 1,
      mention.lowerBound - 1 < tokens.count
    else { return nil }
    let preposition = sentenceStart(before: mention.lowerBound, floor: mention.lowerBound - 3)
    guard preposition < mention.lowerBound, tokens[preposition].isCapitalized,
      isSentenceStart(preposition),
      Self.openingPrepositions.contains(tokens[preposition].hash),
      let inverted = germanInvertedSubject(from: preposition, limit: limit),
      let found = inverted.mention, found.lowerBound > mention.upperBound,
      namesPerson(found) || canSpeak(found) && !canSpeak(mention)
    else { return nil }
    return inverted
  }

  private static let openingPrepositions: Set<UInt64> = Set(
    [
      "gegenüber", "von", "vor", "bei", "mit", "nach", "an", "am", "für", "über", "in", "im", "auf",
      "aus", "gegen", "zu", "zum", "zur", "unter", "während", "seit", "trotz", "wegen",
    ].map(QuoteToken.hash(of:)))

  /// `Karl Müller, der …, sagte am Abend: „…“`: the subject at the start of a sentence longer
  /// than the usual look-back, when it names a person.
  func longSentenceSubject(_ span: QuoteSpan) -> QuoteAttribution? {
    let open = span.openToken
    let start = sentenceStart(before: open, floor: max(0, open - 160))
    guard start < open - 40, let found = subjectAttribution(from: start, limit: open),
      namesPerson(found.mention)
    else { return nil }
    return found
  }

  /// `Die Vereinigung reagierte, indem sie die Regierung aufforderte: „…“`: the pronoun
  /// subject of the subordinate clause that ends at the colon speaks, unless the sentence's
  /// subject already names a person or a body that the pronoun stands for.
  func clausePronounBeforeColon(_ span: QuoteSpan, subject: QuoteAttribution?)
    -> QuoteAttribution?
  {
    let colon = span.openToken - 1
    guard colon >= 3, tokens[colon].kind == .punctuation, tokens[colon].scalar == 0x3A else {
      return nil
    }
    if let mention = subject?.mention, mention.upperBound <= tokens.count {
      let head = people.text((mention.upperBound - 1)..<mention.upperBound).lowercased()
      if namesPerson(mention) || QuoteSpeakerResolver.isGermanBody(head) { return nil }
    }
    let start = sentenceStart(before: colon, floor: max(0, colon - 40))
    guard
      let comma = (start..<colon).last(where: {
        tokens[$0].kind == .punctuation && tokens[$0].scalar == 0x2C
      }), comma + 2 < colon,
      QuoteGermanWords.subordinators.contains(tokens[comma + 1].hash),
      Self.clausePronouns.contains(tokens[comma + 2].hash), tokens[comma + 2].isLowercase
    else { return nil }
    return QuoteAttribution(cue: nil, mention: (comma + 2)..<(comma + 3), source: .subject)
  }

  private static let clausePronouns: Set<UInt64> = Set(["er", "sie"].map(QuoteToken.hash(of:)))

  /// `Der Minister traf den Gewerkschaftschef Karl Huber, der „harte Verhandlungen“
  /// ankündigte`: a quote in a relative clause whose pronoun is its subject goes to the noun
  /// phrase the clause hangs on, when that names a person or something that can speak.
  func relativeAntecedent(_ span: QuoteSpan) -> QuoteAttribution? {
    let open = span.openToken
    var comma = open - 1
    while comma > max(0, open - 15), tokens[comma].isWord { comma -= 1 }
    guard comma >= 2, comma + 2 <= open, tokens[comma].kind == .punctuation,
      tokens[comma].scalar == 0x2C, tokens[comma + 1].isLowercase,
      Self.relativePronouns.contains(tokens[comma + 1].hash),
      comma + 2 == open
        || tokens[comma + 2].isLowercase && !Self.clausePronouns.contains(tokens[comma + 2].hash),
      tokens[comma - 1].isWord, tokens[comma - 1].isCapitalized
    else { return nil }
    let start = sentenceStart(before: comma, floor: max(0, comma - 30))
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard let mention = parser.backward(from: comma - 1, floor: start),
      mention.upperBound == comma, namesPerson(mention) || canSpeak(mention)
    else { return nil }
    return QuoteAttribution(cue: nil, mention: mention, source: .subject)
  }

  private static let relativePronouns: Set<UInt64> = Set(
    ["der", "die", "welcher", "welche"].map(QuoteToken.hash(of:)))

  /// `Karl Huber, der sagte: „…“`: the relative pronoun that opens the clause of a speech verb
  /// is its subject when only lower-case words stand between them; the resolver reads the
  /// name the clause hangs on.
  func relativeSubject(ofCue cue: Int) -> Range<Int>? {
    var index = cue - 1
    while index > max(0, cue - 8), tokens[index].isWord, tokens[index].isLowercase,
      !Self.relativePronouns.contains(tokens[index].hash)
    {
      index -= 1
    }
    guard index >= 2, index < cue, Self.relativePronouns.contains(tokens[index].hash),
      tokens[index].isLowercase, tokens[index - 1].kind == .punctuation,
      tokens[index - 1].scalar == 0x2C, tokens[index - 2].isCapitalized
    else { return nil }
    return index..<(index + 1)
  }

  /// `…, der sagte: „…“`: the relative pronoun subject of the speech verb before the colon.
  func relativeSpeakerBeforeColon(_ span: QuoteSpan) -> QuoteAttribution? {
    let colon = span.openToken - 1
    guard colon >= 3, tokens[colon].kind == .punctuation, tokens[colon].scalar == 0x3A,
      let verb = (max(0, colon - 8)..<colon).last(where: { cue(at: $0)?.kind == .verb }),
      let pronoun = relativeSubject(ofCue: verb)
    else { return nil }
    return QuoteAttribution(cue: nil, mention: pronoun, source: .subject)
  }
}
