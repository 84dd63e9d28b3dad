private typealias German = QuoteGermanWords

/// German sources that stand away from the speech cue: the text a quote is taken from
/// (`heißt es in einer Mitteilung der Polizei`), the person a medium quotes (`zitiert einen
/// Augenzeugen mit den Worten`), the subject after `so` and a verb (`so beschrieb ihn der
/// Trainer`), and a pronoun subject after a naming verb (`bezeichnete er als „…“`).
extension QuoteAttributor {
  /// The mention a German cue at `index` names, given the mention `read` by the word-order
  /// rules for all languages; `read` itself when no German rule applies.
  func germanMention(
    cue: QuoteCue, at index: Int, limit: Int, read: Range<Int>?,
    _ source: QuoteAttribution.Source
  ) -> Range<Int>? {
    guard language == "de", index >= 0, index < tokens.count else { return read }
    let hash = tokens[index].hash
    if cue.kind == .preposition {
      guard hash == German.so, isFiniteVerb(index + 1) else { return read }
      return subjectAfterSo(index, limit: limit)
    }
    guard cue.kind == .verb else { return read }
    if German.documentVerbs.contains(hash), let document = documentStatement(verb: index) {
      return document
    }
    if source == .before, German.quoting.contains(hash),
      let quoted = quotedObject(after: index, limit: limit)
    {
      return quoted
    }
    if !namesPerson(read), let subject = verbFinalSubject(cue: index) { return subject }
    let next = index + 1
    guard cue.objectFollows, next < min(limit, tokens.count) else { return read }
    if German.subjectPronouns.contains(tokens[next].hash) { return next..<(next + 1) }
    return personAfterNamingVerb(next, limit: limit, before: read) ?? read
  }

  /// `Angesichts der Kosten nannte Jan Hollerbeck den Plan „…“`: when the words before a
  /// naming verb name no person, a name right after the verb is its subject.
  private func personAfterNamingVerb(_ start: Int, limit: Int, before: Range<Int>?)
    -> Range<Int>?
  {
    guard !namesPerson(before), tokens[start].isCapitalized, !isObject(at: start),
      !lexicon.is(tokens[start].hash, .determiner)
    else { return nil }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard let read = parser.forward(from: start, limit: min(limit, clauseEnd(from: start)))
    else { return nil }
    let mention = germanPhrase(read)
    return namesPerson(mention) ? mention : nil
  }

  /// `heißt es dazu in einer Pressemitteilung des Vereins`, `In dem Bericht heißt es`: the
  /// document a `heißt es` at `verb` quotes, after the verb or fronted before it.
  func documentStatement(verb: Int) -> Range<Int>? {
    guard verb + 1 < tokens.count, tokens[verb + 1].hash == German.es else { return nil }
    var index = verb + 2
    while index < min(tokens.count, verb + 5), tokens[index].isWord,
      German.documentAdverbs.contains(tokens[index].hash)
    {
      index += 1
    }
    if index + 1 < tokens.count, German.sourcePrepositions.contains(tokens[index].hash),
      tokens[index].isLowercase
    {
      return documentSource(from: index + 1, limit: clauseEnd(from: index + 1))
    }
    let start = sentenceStart(before: verb, floor: max(0, verb - 20))
    guard start + 1 < verb, German.sourcePrepositions.contains(tokens[start].hash),
      let document = documentSource(from: start + 1, limit: verb), document.upperBound == verb
    else { return nil }
    return document
  }

  /// The document of the first `heißt es` in `sentence` (`In dem Papier heißt es, …`).
  func documentStatement(in sentence: Range<Int>) -> Range<Int>? {
    let upper = min(sentence.upperBound, tokens.count)
    guard sentence.lowerBound >= 0, sentence.lowerBound < upper,
      let verb = tokens[sentence.lowerBound..<upper].firstIndex(where: {
        $0.isLowercase && German.documentVerbs.contains($0.hash)
      })
    else { return nil }
    return documentStatement(verb: verb)
  }

  /// `„…“, so charakterisierte ihn der Funktionär`: after `so` the finite verb, perhaps an
  /// object pronoun, then the subject.
  private func subjectAfterSo(_ so: Int, limit: Int) -> Range<Int>? {
    let verb = so + 1
    guard verb + 1 < min(limit, tokens.count), isFiniteVerb(verb) else { return nil }
    if German.documentVerbs.contains(tokens[verb].hash) { return documentStatement(verb: verb) }
    var start = verb + 1
    if German.objectPronouns.contains(tokens[start].hash) { start += 1 }
    guard let mention = germanSubject(at: start), mention.upperBound <= limit else { return nil }
    return mention
  }

  /// `Die Zeitung zitiert einen Augenzeugen mit den Worten: „…“`: the person after `zitiert`
  /// is the speaker, the subject only passes the words on.
  private func quotedObject(after verb: Int, limit: Int) -> Range<Int>? {
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard verb + 1 < limit, tokens[verb + 1].kind != .mark,
      let read = parser.forward(from: verb + 1, limit: min(limit, clauseEnd(from: verb + 1)))
    else { return nil }
    let mention = germanPhrase(read)
    guard tokens[mention.upperBound - 1].isCapitalized else { return nil }
    if mention.lowerBound == verb + 2, German.obliqueDeterminers.contains(tokens[verb + 1].hash) {
      return (verb + 1)..<mention.upperBound
    }
    return mention
  }

  /// `„…“ erinnere, da die Arbeiten teurer waren, so die FIFA.`: a German sentence that ends
  /// in `, so` and a speaker gives that speaker to the quote it holds, however far away.
  func germanSoAtSentenceEnd(_ span: QuoteSpan) -> QuoteAttribution? {
    guard language == "de", span.isClosed else { return nil }
    var index = span.closeToken + 1
    var so: Int?
    while index < min(tokens.count, span.closeToken + 60) {
      let token = tokens[index]
      if token.kind == .mark || token.kind == .lineBreak || isSentenceEnd(index) { break }
      if token.hash == German.so, token.isLowercase, index > 0, tokens[index - 1].scalar == 0x2C,
        tokens[index - 1].kind == .punctuation
      {
        so = index
      }
      index += 1
    }
    guard let so, index < tokens.count, isSentenceEnd(index) else { return nil }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    let mention =
      subjectAfterSo(so, limit: index) ?? parser.forward(from: so + 1, limit: index)
    guard let mention, namesSpeaker(mention) || mention.count == 1 && tokens[so + 1].isCapitalized
    else { return nil }
    return QuoteAttribution(cue: so, mention: mention, source: .after)
  }

  /// `Mit den Worten „…“, richtete er …`, `Von einem „…“ spricht der Entwurf`: a quote inside
  /// a short prepositional phrase that opens the sentence, before the finite verb.
  func followsFrontedPhrase(_ span: QuoteSpan) -> Bool {
    let open = span.openToken
    let start = sentenceStart(before: open, floor: max(0, open - 6))
    guard start < open, start >= 0, isSentenceStart(start), open - start <= 5,
      German.frontingPrepositions.contains(tokens[start].hash), tokens[start].isCapitalized
    else { return false }
    var lowercase = 0
    for index in (start + 1)..<open {
      let token = tokens[index]
      guard token.isWord else { return false }
      if token.isLowercase && !lexicon.is(token.hash, .determiner) { lowercase += 1 }
    }
    return lowercase <= 1
  }

  /// `Ein Beamter der Nationalpolizei: „…“`: in German a whole sentence before the colon
  /// that is one noun phrase naming a person or a role is the speaker.
  func germanColonCue(_ span: QuoteSpan, floor: Int) -> QuoteAttribution? {
    guard language == "de", isAfterColon(span) else { return nil }
    let colon = span.openToken - 1
    let start = sentenceStart(before: colon, floor: max(floor, colon - 12, 0))
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard start < colon, let read = parser.forward(from: start, limit: colon),
      read.upperBound == colon, germanPhrase(read) == read,
      namesPerson(read) || read.count > 1 && isNominative(read)
    else { return nil }
    return QuoteAttribution(cue: nil, mention: read, source: .colon)
  }

  /// `subject`, the subject found after the last mark before a quote, unless it names no
  /// person and a German sentence goes on before a name in quotation marks (`Hatzius
  /// kritisiert in der Zeitung „Neues Deutschland“, die Aktion erinnere „…“`): the name's
  /// marks do not end the sentence, and its subject is the speaker.
  func subjectAcrossNames(_ span: QuoteSpan, else subject: QuoteAttribution?)
    -> QuoteAttribution?
  {
    guard language == "de", !namesPerson(subject?.mention) else { return subject }
    return subjectBeforeNames(span) ?? subject
  }

  private func subjectBeforeNames(_ span: QuoteSpan) -> QuoteAttribution? {
    var cursor = span.openToken - 1
    var crossed = false
    while cursor >= max(0, span.openToken - 40) {
      let token = tokens[cursor]
      if token.kind == .mark {
        guard let open = quotedNameStart(closing: cursor) else { break }
        crossed = true
        cursor = open - 1
        continue
      }
      if token.kind == .lineBreak || isSentenceEnd(cursor) { break }
      cursor -= 1
    }
    guard crossed else { return nil }
    return subjectAttribution(from: cursor + 1, limit: span.openToken)
  }

  /// The opening mark of a short name in quotation marks that closes at `closing`, inside a
  /// sentence (`der „Washington Post“`, `laut „news.example.org“`).
  private func quotedNameStart(closing: Int) -> Int? {
    var index = closing - 1
    while index > max(0, closing - 9) {
      let token = tokens[index]
      if token.kind == .mark {
        guard index < closing - 1, index > 0, tokens[index - 1].isWord, tokens[index + 1].isWord
        else { return nil }
        let content = tokens[(index + 1)..<closing]
        let isOneWord = zip(content, content.dropFirst()).allSatisfy { $0.end == $1.start }
        return tokens[index + 1].isCapitalized || isOneWord ? index : nil
      }
      if token.kind == .lineBreak || isSentenceEnd(index) { return nil }
      if token.kind == .punctuation, token.scalar == 0x2C || token.scalar == 0x3A { return nil }
      index -= 1
    }
    return nil
  }
}
