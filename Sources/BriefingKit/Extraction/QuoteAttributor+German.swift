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
    guard language == "de", span.isClosed else { return nil }
    guard isSentenceStart(span.openToken) || isAfterColon(span) || followsFrontedPhrase(span)
    else { return germanSoAtSentenceEnd(span) }
    if let held = attitudeAfter(span) { return held }
    var verb = span.closeToken + 1
    if verb < tokens.count, tokens[verb].kind == .punctuation, tokens[verb].scalar == 0x2C {
      verb += 1
    }
    if verb + 3 < tokens.count, tokens[verb].hash == German.mit,
      German.speechNouns.contains(tokens[verb + 2].hash)
    {
      verb += 3
    }
    guard verb + 1 < tokens.count, isFiniteVerb(verb) else {
      return germanResumption(span) ?? germanSoAtSentenceEnd(span)
    }
    var start = verb + 1
    if tokens[start].hash == German.reflexive { start += 1 }
    if German.quoting.contains(tokens[verb].hash), let medium = webMedium(at: start),
      let quoted = quotedPerson(after: medium)
    {
      return QuoteAttribution(cue: verb, mention: quoted, source: .after)
    }
    guard var mention = germanSubject(at: start) else { return germanSoAtSentenceEnd(span) }
    if let name = appositiveName(after: mention, limit: tokens.count) { mention = name }
    if German.quoting.contains(tokens[verb].hash), let quoted = quotedPerson(after: mention) {
      return QuoteAttribution(cue: verb, mention: quoted, source: .after)
    }
    return QuoteAttribution(cue: verb, mention: mention, source: .after)
  }

  /// `„…“, zitiert die „Computerwoche“ Lynch`: after `zitiert` and the medium, the person
  /// quoted is the speaker.
  func quotedPerson(after medium: Range<Int>) -> Range<Int>? {
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    let start = medium.upperBound
    guard start < tokens.count, tokens[start].isCapitalized || isObject(at: start),
      let read = parser.forward(from: start, limit: clauseEnd(from: start))
    else { return nil }
    let person = germanPhrase(read)
    guard
      namesPerson(person) || person.allSatisfy({ tokens[$0].isCapitalized || !tokens[$0].isWord })
        || isObject(at: start) && canSpeak(person)
    else { return nil }
    return person
  }

  /// `zitiert ndr.de Polizeisprecher Ralf Meyer`: a web address as the medium that quotes.
  func webMedium(at index: Int) -> Range<Int>? {
    guard index < tokens.count, tokens[index].isWord, tokens[index].isLowercase else {
      return nil
    }
    var end = index + 1
    while end + 1 < tokens.count, tokens[end].scalar == 0x2E, tokens[end].kind == .punctuation,
      tokens[end].start == tokens[end - 1].end, tokens[end + 1].isWord,
      tokens[end + 1].start == tokens[end].end
    {
      end += 2
    }
    return end > index + 1 ? index..<end : nil
  }

  /// The subject standing at `start`: a pronoun, a name, a noun phrase in the nominative (also
  /// with a participle phrase: `der in Hamburg lebende Ukrainer`), a name in quotation marks (`die „Zeit“`), or the source after `es` and a preposition
  /// (`heißt es in der Mitteilung der Polizei`).
  func germanSubject(at start: Int) -> Range<Int>? {
    guard start < tokens.count else { return nil }
    let limit = clauseEnd(from: start)
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    if tokens[start].hash == German.es {
      return start > 0 ? documentStatement(verb: start - 1) : nil
    }
    if tokens[start].kind == .mark { return quotedName(at: start) }
    if let determiner = quotedNameDeterminer(at: start), let name = quotedName(at: start + 1) {
      return determiner..<name.upperBound
    }
    let described = participialDescription(from: start, limit: limit)
    guard let read = parser.forward(from: start, limit: limit) else {
      return participialSubject(at: start, limit: limit) ?? described
    }
    if let described, described.upperBound > read.upperBound { return described }
    let mention = withGenitive(germanPhrase(read), limit: limit)
    if mention.count == 1, tokens[start].isCapitalized, !lexicon.is(tokens[start].hash, .stop),
      mention.upperBound >= limit || !tokens[mention.upperBound].isCapitalized
    {
      return mention
    }
    return isNominative(mention) || isBarePluralSubject(mention) ? mention : nil
  }

  /// `die in Hamburg geborene Lena Vogt`: a determiner, a phrase and a participle or adjective
  /// before a person's name; the whole phrase is the subject.
  private func participialSubject(at start: Int, limit: Int) -> Range<Int>? {
    guard Self.nominative.contains(tokens[start].hash) else { return nil }
    var index = start + 1
    while index + 1 < min(limit, start + 8), tokens[index].isWord {
      let token = tokens[index]
      if token.isLowercase, token.lastScalar == 0x65 || token.lastScalar == 0x6E,
        tokens[index + 1].isCapitalized, index > start + 1
      {
        let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
        guard let name = parser.forward(from: index + 1, limit: limit).map(germanPhrase),
          namesPerson(name)
        else { return nil }
        return start..<name.upperBound
      }
      index += 1
    }
    return nil
  }

  private static let nominative: Set<UInt64> = Set(
    ["der", "die", "ein", "eine"].map(QuoteToken.hash(of:)))

  /// Where the clause from `start` ends: a sentence end, comma, mark or line break.
  func clauseEnd(from start: Int) -> Int {
    var index = start
    while index < min(tokens.count, start + 16) {
      let token = tokens[index]
      if token.kind == .lineBreak || isSentenceEnd(index) { return index }
      if token.kind == .punctuation, token.scalar == 0x2C || token.scalar == 0x3A { return index }
      index += 1
    }
    return index
  }

}
