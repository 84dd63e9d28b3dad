private typealias German = QuoteGermanWords

/// German verb-second order: a fronted phrase or clause, the finite verb, then the subject
/// (`In seiner Mitteilung resümiert Lierow`, `Da …, habe Celebi`, `Das Angebot, …, lehnt er
/// ab`).
extension QuoteAttributor {
  /// `In seiner Mitteilung resümiert Lierow: „…“`, `Hier sparte der Bundespräsident nicht mit
  /// Kritik: „…“`: a fronted phrase, the finite verb, then the subject. A one-word label
  /// before a colon is passed over (`Europapolitik: Die SPD will …`).
  func germanInvertedSubject(from first: Int, limit: Int) -> QuoteAttribution? {
    guard language == "de", first >= 0, first < tokens.count else { return nil }
    if let name = particleName(at: first, limit: limit) ?? taggedOpening(from: first, limit: limit)
    {
      return QuoteAttribution(cue: nil, mention: name, source: .subject)
    }
    let found = firstVerbSubject(from: first, limit: limit)
    if namesPerson(found?.mention) { return found }
    return commaVerbSubject(from: first, limit: limit) ?? found
  }

  /// `Karl Huber (SPD) kritisierte die Regierung`: the person before a tag in parentheses and
  /// the verb right after it, not the object after the verb.
  private func taggedOpening(from first: Int, limit: Int) -> Range<Int>? {
    let end = min(limit, tokens.count, first + 10)
    guard first < end,
      let close = (first..<end).first(where: {
        tokens[$0].kind == .punctuation && tokens[$0].scalar == 0x29
      }),
      close + 1 < min(limit, tokens.count), isFiniteVerb(close + 1)
    else { return nil }
    return taggedSubject(from: first, verb: close + 1)
  }

  private func firstVerbSubject(from first: Int, limit: Int) -> QuoteAttribution? {
    if first + 2 < limit, tokens[first].isCapitalized, tokens[first + 1].scalar == 0x3A,
      tokens[first + 1].kind == .punctuation
    {
      return subjectAttribution(from: first + 2, limit: limit)
    }
    var index = first + 1
    if German.subordinators.contains(tokens[first].hash) {
      let comma = afterFirstComma(from: first, limit: limit)
      if comma < limit { index = comma }
    }
    let end = min(limit, index + 20)
    while index < end {
      let token = tokens[index]
      if token.kind == .mark || token.kind == .lineBreak { return nil }
      if isFiniteVerb(index) && !isAttributive(index) {
        var start = index + 1
        if start < limit, tokens[start].hash == German.reflexive { start += 1 }
        while start < min(limit, index + 4), German.frontedAdverbs.contains(tokens[start].hash) {
          start += 1
        }
        if start + 1 < limit, German.sourcePrepositions.contains(tokens[start].hash),
          let document = documentSource(from: start + 1, limit: limit), canSpeak(document)
        {
          return QuoteAttribution(cue: nil, mention: document, source: .subject)
        }
        guard start < limit, let mention = germanSubject(at: start), mention.upperBound <= limit,
          !isAmbiguousAfterSubject(mention, opening: first, verb: index)
        else { return nil }
        return QuoteAttribution(cue: nil, mention: mention, source: .subject)
      }
      index += 1
    }
    return nil
  }

  /// `Der Geschäftsführer nannte sie „fahrlässig“`: `sie` after the verb may be its object,
  /// so it is no subject when a noun phrase in the nominative opens the sentence before it.
  private func isAmbiguousAfterSubject(_ mention: Range<Int>, opening first: Int, verb: Int)
    -> Bool
  {
    guard mention.count == 1, tokens[mention.lowerBound].hash == Self.sie,
      tokens[mention.lowerBound].isLowercase, first < verb,
      Self.nominativeDeterminers.contains(tokens[first].hash)
    else { return false }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard let opener = parser.forward(from: first, limit: verb) else { return false }
    let phrase = withGenitive(germanPhrase(opener), limit: verb)
    return phrase.upperBound == verb && isNominative(phrase)
  }

  private static let nominativeDeterminers: Set<UInt64> = Set(
    ["der", "die", "das", "ein", "eine"].map(QuoteToken.hash(of:)))

  /// A lower-case word that can be a finite verb: not a function word, determiner, adverb of
  /// the lexicon or cue preposition.
  func isFiniteVerb(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].isWord, tokens[index].isLowercase
    else { return false }
    let classes = lexicon.wordClass(tokens[index].hash)
    let function: QuoteLexicon.WordClass = [.determiner, .linking, .stop, .conjunction, .pronoun]
    guard classes.isDisjoint(with: function), !German.nonVerbs.contains(tokens[index].hash) else {
      return false
    }
    return lexicon.cue(for: tokens[index].hash).map { $0.kind == .verb } ?? true
  }

  /// True for a lower-case word after a determiner or preposition: an adjective
  /// (`der gestrigen Sitzung`, `Zur aktuellen Lage`), not a verb.
  private func isAttributive(_ index: Int) -> Bool {
    guard index > 0, tokens[index - 1].isWord else { return false }
    if German.frontedAdverbs.contains(tokens[index - 1].hash) { return false }
    let classes = lexicon.wordClass(tokens[index - 1].hash)
    return !classes.isDisjoint(with: [.determiner, .linking, .stop])
      || German.obliqueDeterminers.contains(tokens[index - 1].hash)
      || tokens[index - 1].isLowercase && !isFiniteVerb(index - 1)
  }

  /// `Kurt von Figura, Präsident …, begrüßte`, `Ida von der Au sagte`: a name with `von`,
  /// `zu` or `van` that opens the sentence, the person's surname, then a comma or a verb.
  private func particleName(at first: Int, limit: Int) -> Range<Int>? {
    guard tokens[first].isCapitalized, first + 2 < limit,
      German.nameParticles.contains(tokens[first + 1].hash)
    else { return nil }
    var last = first + 2
    if German.nameParticles.contains(tokens[last].hash) { last += 1 }
    guard last + 1 < limit, tokens[last].isCapitalized, people.isSurname(tokens[last].hash)
    else { return nil }
    let next = tokens[last + 1]
    guard next.scalar == 0x2C || next.isLowercase else { return nil }
    return first..<(last + 1)
  }

  /// `Das Angebot, Verletzte kostenlos zu behandeln, lehnt er jedoch ab:`: a fronted phrase
  /// with a clause between commas, then the finite verb and a pronoun or person as subject.
  private func commaVerbSubject(from first: Int, limit: Int) -> QuoteAttribution? {
    var comma = first + 1
    while comma + 2 < min(limit, first + 40) {
      let token = tokens[comma]
      if token.kind == .mark || token.kind == .lineBreak { return nil }
      if token.kind == .punctuation, token.scalar == 0x2C, isFiniteVerb(comma + 1),
        !German.subordinators.contains(tokens[comma + 1].hash)
      {
        let start = comma + 2
        if German.subjectPronouns.contains(tokens[start].hash) || tokens[start].hash == Self.sie {
          return QuoteAttribution(cue: nil, mention: start..<(start + 1), source: .subject)
        }
        if let mention = germanSubject(at: start), mention.upperBound <= limit,
          namesPerson(mention) || isNominative(mention)
        {
          return QuoteAttribution(cue: nil, mention: mention, source: .subject)
        }
      }
      comma += 1
    }
    return nil
  }

  private static let sie = QuoteToken.hash(of: "sie")

  /// The subject of a German clause whose speech verb stands at its end: after the
  /// auxiliary (`„…“, hatte Vogelsang damals gesagt`) or after the conjunction that opens
  /// the clause (`zumal der Verteidiger immer wieder betont hatte`, `wie die Polizei
  /// mitteilte`, `dass Müller gefragt habe`). Nil when the clause does not have that shape.
  func verbFinalSubject(cue: Int) -> Range<Int>? {
    var index = cue - 1
    while index >= max(0, cue - 12) {
      let token = tokens[index]
      if token.kind != .word { break }
      if German.auxiliaries.contains(token.hash),
        German.speechParticiples.contains(tokens[cue].hash)
      {
        return subject(at: index + 1, before: cue) ?? subject(before: index)
      }
      if German.clauseOpeners.contains(token.hash) {
        return subject(at: index + 1, before: cue)
      }
      // `Der Sender berichtet, dass Müller den Minister gefragt habe, ob …`: who asked.
      if German.reportedClauseOpeners.contains(token.hash),
        German.speechParticiples.contains(tokens[cue].hash)
      {
        return subject(at: index + 1, before: cue)
      }
      index -= 1
    }
    return nil
  }

  /// `Stoiber hatte die Rolle der Länder betont`: the person right before the auxiliary.
  private func subject(before auxiliary: Int) -> Range<Int>? {
    let start = sentenceStart(before: auxiliary, floor: max(0, auxiliary - 12))
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard let mention = parser.backward(from: auxiliary - 1, floor: start),
      mention.upperBound == auxiliary, namesPerson(mention)
    else { return nil }
    return mention
  }

  private func subject(at start: Int, before cue: Int) -> Range<Int>? {
    guard start < cue, let mention = germanSubject(at: start), mention.upperBound <= cue,
      namesSpeaker(mention)
    else { return nil }
    return mention
  }
}
