private typealias German = QuoteGermanWords

/// German word order: the finite verb stands second, so the speaker often follows a verb
/// that is no speech cue (`„…“, begründet das Gericht seine Entscheidung`, `In seiner
/// Mitteilung resümiert Lierow: „…“`), and organisations speak as often as people do
/// (`Die Polizei bekräftigt: „…“`).
extension QuoteAttributor {
  /// `„…“, begründet das Gericht …`, `„…“, heißt es in der Mitteilung`, `„…“, schreibt die
  /// „Zeit“`: a quote that opens a German sentence is followed by the finite verb, and the
  /// subject comes right after it. Nil when no subject follows.
  func germanVerbAfter(_ span: QuoteSpan) -> QuoteAttribution? {
    guard language == "de", span.isClosed, isSentenceStart(span.openToken) || isAfterColon(span)
    else { return nil }
    var verb = span.closeToken + 1
    if verb < tokens.count, tokens[verb].kind == .punctuation, tokens[verb].scalar == 0x2C {
      verb += 1
    }
    guard verb + 1 < tokens.count, isFiniteVerb(verb) else { return nil }
    var start = verb + 1
    if tokens[start].hash == German.reflexive { start += 1 }
    guard let mention = germanSubject(at: start) else { return nil }
    if German.quoting.contains(tokens[verb].hash), let quoted = quotedPerson(after: mention) {
      return QuoteAttribution(cue: verb, mention: quoted, source: .after)
    }
    return QuoteAttribution(cue: verb, mention: mention, source: .after)
  }

  /// `„…“, zitiert die „Computerwoche“ Lynch`: after `zitiert` and the medium, the person
  /// quoted is the speaker.
  private func quotedPerson(after medium: Range<Int>) -> Range<Int>? {
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard medium.upperBound < tokens.count, tokens[medium.upperBound].isCapitalized,
      let person = parser.forward(
        from: medium.upperBound, limit: clauseEnd(from: medium.upperBound)),
      namesPerson(person) || person.allSatisfy({ tokens[$0].isCapitalized || !tokens[$0].isWord })
    else { return nil }
    return person
  }

  /// The subject standing at `start`: a pronoun, a name, a noun phrase in the nominative, a
  /// name in quotation marks (`die „Zeit“`), or the source after `es` and a preposition
  /// (`heißt es in der Mitteilung der Polizei`).
  func germanSubject(at start: Int) -> Range<Int>? {
    guard start < tokens.count else { return nil }
    let limit = clauseEnd(from: start)
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    if tokens[start].hash == German.es {
      let next = start + 1
      guard next + 1 < limit, German.sourcePrepositions.contains(tokens[next].hash) else {
        return nil
      }
      return documentSource(from: next + 1, limit: limit)
    }
    if tokens[start].kind == .mark { return quotedName(at: start) }
    if let determiner = quotedNameDeterminer(at: start), let name = quotedName(at: start + 1) {
      return determiner..<name.upperBound
    }
    guard let read = parser.forward(from: start, limit: limit) else { return nil }
    let mention = germanPhrase(read)
    if mention.count == 1, tokens[start].isCapitalized, !lexicon.is(tokens[start].hash, .stop),
      mention.upperBound >= limit || !tokens[mention.upperBound].isCapitalized
    {
      return mention
    }
    return isNominative(mention) ? mention : nil
  }

  /// A mention cut to its German noun phrase: a lower-case word after a capitalised noun is
  /// the verb (`Die Feuerwehr bekräftigt`), a determiner after it starts the object (`das
  /// Landgericht sein Urteil`); genitives stay (`die Sprecherin der Partei`).
  func germanPhrase(_ mention: Range<Int>) -> Range<Int> {
    guard language == "de" else { return mention }
    var index = mention.lowerBound + 1
    while index < mention.upperBound {
      let token = tokens[index]
      let previous = tokens[index - 1]
      let isVerb = lexicon.is(token.hash, .skippable) || German.subjunctives.contains(token.hash)
      if isVerb && token.isLowercase
        || previous.isCapitalized && !lexicon.is(previous.hash, .determiner) && token.isLowercase
          && !lexicon.is(token.hash, .conjunction)
          && (!lexicon.is(token.hash, .linking) || German.objectDeterminers.contains(token.hash))
      {
        return mention.lowerBound..<index
      }
      index += 1
    }
    return mention
  }

  /// A German noun phrase that can be a subject: a pronoun, a person, or a determiner in the
  /// nominative before a capitalised noun (`die Polizei`, `Das Gericht`, `ein Sprecher`).
  func isNominative(_ mention: Range<Int>) -> Bool {
    let first = tokens[mention.lowerBound]
    if mention.count == 1 {
      return lexicon.is(first.hash, .pronoun) || lexicon.is(first.hash, .pluralPronoun)
        || namesPerson(mention)
    }
    if German.obliqueDeterminers.contains(first.hash) { return false }
    guard tokens[mention.upperBound - 1].isCapitalized else { return false }
    return lexicon.is(first.hash, .determiner) || namesPerson(mention)
  }

  /// `In seiner Mitteilung resümiert Lierow: „…“`, `Hier sparte der Bundespräsident nicht mit
  /// Kritik: „…“`: a fronted phrase, the finite verb, then the subject.
  func germanInvertedSubject(from first: Int, limit: Int) -> QuoteAttribution? {
    guard language == "de" else { return nil }
    var index = first + 1
    while index < min(limit, first + 14) {
      let token = tokens[index]
      if token.kind == .mark || token.kind == .lineBreak { return nil }
      if isFiniteVerb(index) && !isAttributive(index) {
        var start = index + 1
        if start < limit, tokens[start].hash == German.reflexive { start += 1 }
        guard start < limit, let mention = germanSubject(at: start), mention.upperBound <= limit
        else { return nil }
        return QuoteAttribution(cue: nil, mention: mention, source: .subject)
      }
      index += 1
    }
    return nil
  }

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
    let classes = lexicon.wordClass(tokens[index - 1].hash)
    return !classes.isDisjoint(with: [.determiner, .linking, .stop])
      || German.obliqueDeterminers.contains(tokens[index - 1].hash)
      || tokens[index - 1].isLowercase && !isFiniteVerb(index - 1)
  }

  /// Where the clause from `start` ends: a sentence end, comma, mark or line break.
  private func clauseEnd(from start: Int) -> Int {
    var index = start
    while index < min(tokens.count, start + 16) {
      let token = tokens[index]
      if token.kind == .lineBreak || isSentenceEnd(index) { return index }
      if token.kind == .punctuation, token.scalar == 0x2C || token.scalar == 0x3A { return index }
      index += 1
    }
    return index
  }

  /// `der Mitteilung der Polizei` → the whole phrase, which names the document and its author.
  private func documentSource(from start: Int, limit: Int) -> Range<Int>? {
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    if let determiner = quotedNameDeterminer(at: start), let name = quotedName(at: start + 1) {
      return determiner..<name.upperBound
    }
    guard let mention = parser.forward(from: start, limit: limit),
      tokens[mention.upperBound - 1].isCapitalized
    else { return nil }
    return mention
  }

  /// A determiner right before a name in quotation marks (`die „Zeit“`), by token index.
  private func quotedNameDeterminer(at index: Int) -> Int? {
    guard index + 1 < tokens.count, tokens[index].isWord,
      lexicon.is(tokens[index].hash, .determiner), tokens[index + 1].kind == .mark
    else { return nil }
    return index
  }

  /// The capitalised words between an opening mark at `open` and the next mark (`„Zeit“`).
  private func quotedName(at open: Int) -> Range<Int>? {
    guard open < tokens.count, tokens[open].kind == .mark else { return nil }
    var index = open + 1
    while index < min(tokens.count, open + 8), tokens[index].kind != .mark {
      guard tokens[index].kind != .lineBreak else { return nil }
      index += 1
    }
    guard index < tokens.count, tokens[index].kind == .mark, index > open + 1,
      tokens[open + 1].isCapitalized
    else { return nil }
    return open..<(index + 1)
  }
}
