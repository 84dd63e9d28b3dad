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
    guard let mention = germanSubject(at: start) else { return germanSoAtSentenceEnd(span) }
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

  /// The subject standing at `start`: a pronoun, a name, a noun phrase in the nominative, a
  /// name in quotation marks (`die „Zeit“`), or the source after `es` and a preposition
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
    guard let read = parser.forward(from: start, limit: limit) else { return nil }
    let mention = withGenitive(germanPhrase(read), limit: limit)
    if mention.count == 1, tokens[start].isCapitalized, !lexicon.is(tokens[start].hash, .stop),
      mention.upperBound >= limit || !tokens[mention.upperBound].isCapitalized
    {
      return mention
    }
    return isNominative(mention) || isBarePluralSubject(mention) ? mention : nil
  }

  /// A noun without an article and the genitive after it: `Vertreter der deutschen Verbände`.
  func withGenitive(_ mention: Range<Int>, limit: Int) -> Range<Int> {
    let determiner = mention.upperBound
    guard mention.count == 1, tokens[mention.lowerBound].isCapitalized, determiner + 1 < limit,
      German.genitiveDeterminers.contains(tokens[determiner].hash)
    else { return mention }
    var index = determiner + 1
    while index < min(limit, determiner + 4), tokens[index].isWord, tokens[index].isLowercase,
      !lexicon.is(tokens[index].hash, .stop)
    {
      index += 1
    }
    guard index < limit, tokens[index].isWord, tokens[index].isCapitalized else { return mention }
    return mention.lowerBound..<(index + 1)
  }

  /// `Vertreter der Verbände`, `Mitglieder des Vereins`: after the verb, a noun without an
  /// article and a genitive is the subject.
  private func isBarePluralSubject(_ mention: Range<Int>) -> Bool {
    guard mention.count >= 3, tokens[mention.lowerBound].isCapitalized else { return false }
    let first = tokens[mention.lowerBound].hash
    let next = tokens[mention.lowerBound + 1].hash
    return !lexicon.is(first, .determiner) && !lexicon.is(first, .stop)
      && German.genitiveDeterminers.contains(next) && tokens[mention.upperBound - 1].isCapitalized
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
          && (!lexicon.is(token.hash, .linking) || German.objectDeterminers.contains(token.hash)
            || token.hash == German.der && endsName(at: index - 1, from: mention.lowerBound))
      {
        return mention.lowerBound..<index
      }
      index += 1
    }
    return mention
  }

  /// True when token `index` ends a person's name (`Ida Vogelsang`, a known surname): a
  /// `der` after it is a dative object (`sagte Vogelsang der Zeitung`), no genitive.
  private func endsName(at index: Int, from start: Int) -> Bool {
    let token = tokens[index]
    guard token.isCapitalized, !lexicon.isRole(token), !lexicon.is(token.hash, .determiner)
    else { return false }
    if people.isSurname(token.hash) { return true }
    guard index > start else { return false }
    let previous = tokens[index - 1]
    return previous.isCapitalized && !lexicon.isRole(previous)
      && !lexicon.is(previous.hash, .determiner)
  }

  /// A German noun phrase that can be a speaking subject: a pronoun, a person, or a
  /// determiner in the nominative before a noun for people, a body or a text (`die
  /// Polizei`, `Das Gericht`, `ein Sprecher`, `die Mitteilung`), not a thing (`die Zeit`).
  func isNominative(_ mention: Range<Int>) -> Bool {
    let first = tokens[mention.lowerBound]
    if mention.count == 1 {
      return lexicon.is(first.hash, .pronoun) || lexicon.is(first.hash, .pluralPronoun)
        || namesPerson(mention)
    }
    if German.obliqueDeterminers.contains(first.hash) { return false }
    guard isNoun(mention.upperBound - 1) else { return false }
    if namesPerson(mention) || people.isSurname(tokens[mention.upperBound - 1].hash) {
      return true
    }
    return lexicon.is(first.hash, .determiner) && canSpeak(mention)
  }

  /// True when the head noun of a German phrase names people, a body or a text: the first
  /// noun after the determiners and adjectives.
  func canSpeak(_ mention: Range<Int>) -> Bool {
    guard
      let head = mention.first(where: {
        isNoun($0) && tokens[$0].isWord && !lexicon.is(tokens[$0].hash, .determiner)
      })
    else {
      return false
    }
    let token = tokens[head]
    if token.isAllCaps || lexicon.isRole(token) { return true }
    let word = QuoteScalar.string(scalars, token.start..<token.end).lowercased()
    return QuoteGermanNouns.canSpeak(word)
  }

  /// A capitalised word, or a number joined to a noun (`58-Jährige`).
  func isNoun(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count else { return false }
    let token = tokens[index]
    if token.isCapitalized { return true }
    guard token.isWord, token.start < token.end, token.end <= scalars.count,
      scalars[token.start].properties.numericType != nil
    else { return false }
    var offset = token.start
    while offset + 1 < token.end, scalars[offset] != "-" { offset += 1 }
    return scalars[offset] == "-" && scalars[offset + 1].properties.isUppercase
  }

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

  /// `der Mitteilung der Polizei` → the whole phrase, which names the document and its author.
  func documentSource(from start: Int, limit: Int) -> Range<Int>? {
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    if let determiner = quotedNameDeterminer(at: start), let name = quotedName(at: start + 1) {
      return determiner..<name.upperBound
    }
    guard let read = parser.forward(from: start, limit: limit) else { return nil }
    let mention = withGenitive(germanPhrase(read), limit: limit)
    return tokens[mention.upperBound - 1].isCapitalized ? mention : nil
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
