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
    if source == .after, isInNextSentence(cue: index) { return nil }
    if source == .after, let quote = spans.last(where: { $0.closeToken < index }),
      let statement = statementClause(quote)?.mention
    {
      // `Auf den Vorwurf der CDU, …, mit dem man „…“ wolle, entgegnete Huber`: the words are
      // the statement's, not those of the one who answers.
      return statement
    }
    if source == .after, let quote = spans.last(where: { $0.closeToken < index }),
      opensAuthorlessStatement(quote)
    {
      return nil
    }
    if source == .after, cue.kind == .verb,
      let subject = subjectAfterAdverbs(verb: index, limit: limit)
    {
      return subject
    }
    if source == .after, cue.kind == .verb,
      read.map({ $0.count == 1 || $0.lowerBound == index + 1 }) ?? true,
      let described = participialDescription(from: index + 1, limit: limit),
      described.upperBound >= read?.upperBound ?? 0
    {
      return described
    }
    var read = read.map { withGenitive(germanPhrase($0), limit: min(limit, tokens.count)) }
    if let mention = read, mention.count == 1,
      lexicon.is(tokens[mention.lowerBound].hash, .determiner)
    {
      read = nil
    }
    if let mention = read,
      let name = appositiveName(after: mention, limit: min(limit, tokens.count))
    {
      read = name
    }
    let hash = tokens[index].hash
    if cue.kind == .preposition {
      let next = index + 1
      if hash == German.so, next < min(limit, tokens.count),
        German.latterFormer.contains(tokens[next].hash)
      {
        return next..<(next + 1)
      }
      guard hash == German.so, isFiniteVerb(next) else { return read }
      return subjectAfterSo(index, limit: limit)
    }
    guard cue.kind == .verb else { return read }
    if source == .before, let read, let placed = placedSubject(read, verb: index) {
      return placed
    }
    if source == .before, read == nil, let medium = quotedNameSubject(before: index) {
      return medium
    }
    if source == .before, German.speechParticiples.contains(hash) {
      if let subject = verbFinalSubject(cue: index) { return subject }
      // `dass Müller den Minister gefragt habe`: the object before the participle.
      if let read, German.obliqueDeterminers.contains(tokens[read.lowerBound].hash) {
        return nil
      }
    }
    if source == .before, let subject = focusedOrNamedSubject(verb: index, read: read) {
      return subject
    }
    if source == .after, index > 0, tokens[index - 1].isLowercase,
      German.coordinators.contains(tokens[index - 1].hash)
    {
      return subjectBeforeQuote(endingBefore: index)
    }
    if source == .after, quoteInSubordinateClause(before: index) { return nil }
    if source == .before, let pronoun = relativeSubject(ofCue: index) { return pronoun }
    if source == .before, let mention = read, mention.upperBound <= index,
      let fronted = afterFrontedPhrase(
        QuoteAttribution(cue: index, mention: mention, source: source), before: limit)
    {
      return fronted.mention
    }
    if German.documentVerbs.contains(hash), let document = documentStatement(verb: index) {
      return document
    }
    if source == .before, German.quoting.contains(hash),
      let quoted = quotedObject(after: index, limit: limit)
    {
      return quoted
    }
    if source == .after, German.quoting.contains(hash), let passive = passiveQuoted(cue: index) {
      return passive
    }
    if source == .after, German.quoting.contains(hash), let read, read.lowerBound == index + 1,
      let quoted = quotedPerson(after: read)
    {
      return quoted
    }
    if let read, read.lowerBound > index, let opening = openingSubject(before: index) {
      return opening
    }
    if let read, namesPerson(read), let body = openingBody(before: index, read: read) {
      return body
    }
    if !namesPerson(read) || isPrepositionalObject(read),
      let subject = verbFinalSubject(cue: index)
    {
      return subject
    }
    if read == nil, index > 0, German.coordinators.contains(tokens[index - 1].hash),
      let subject = coordinatedSubject(before: index - 1) ?? subjectOfQuoteBefore(index - 1)
    {
      return subject
    }
    let next = index + 1
    guard cue.objectFollows, next < min(limit, tokens.count) else { return read }
    if German.subjectPronouns.contains(tokens[next].hash) { return next..<(next + 1) }
    return personAfterNamingVerb(next, limit: limit, before: read) ?? read
  }

  /// `„… ist strafbar.“ Auf den Stimmzetteln sollten sie erklären, …`: a cue deep in the
  /// sentence after a quote that ended its own sentence speaks for that sentence, not for the
  /// quote (`„…“ Er fügte hinzu`, `„…“ Das ist die Aussage einer Studie` stay).
  private func isInNextSentence(cue: Int) -> Bool {
    guard let span = spans.last(where: { $0.closeToken < cue }), span.isClosed,
      !continuesSentence(span)
    else { return false }
    let first = span.closeToken + 1
    guard first < cue, (first..<cue).allSatisfy({ tokens[$0].kind != .mark }),
      !German.resuming.contains(tokens[first].hash)
    else { return false }
    return cue - first > 3
  }

  /// `Angesichts der Kosten nannte Jan Hollerbeck den Plan „…“`: when the words before a
  /// naming verb name no person, a name right after the verb is its subject; when the
  /// sentence opens with a person (`Der Vorsitzende …, Frank Berger, würdigte Hollerbeck als
  /// „…“`), that person is.
  private func personAfterNamingVerb(_ start: Int, limit: Int, before: Range<Int>?)
    -> Range<Int>?
  {
    guard !namesPerson(before) else { return nil }
    let opening = sentenceStart(before: start - 1, floor: max(0, start - 41))
    if let subject = subjectAttribution(from: opening, limit: start - 1)?.mention,
      namesPerson(subject)
    {
      return subject
    }
    guard tokens[start].isCapitalized, !isObject(at: start),
      !lexicon.is(tokens[start].hash, .determiner), start >= 2,
      !German.coordinators.contains(tokens[start - 2].hash)
    else { return nil }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard let read = parser.forward(from: start, limit: min(limit, clauseEnd(from: start)))
    else { return nil }
    let mention = germanPhrase(read)
    return namesPerson(mention) ? mention : nil
  }

  /// `Der Vorsitzende der Gewerkschaft, …, Frank Berger, würdigte Hollerbeck als „…“`: a
  /// person who opens the sentence right before the verb at `verb` (apart from phrases
  /// between commas) is its subject; the name after the verb is the object.
  private func openingSubject(before verb: Int) -> Range<Int>? {
    let opening = sentenceStart(before: verb, floor: max(0, verb - 41))
    if let tagged = taggedSubject(from: opening, verb: verb) { return tagged }
    guard let subject = subjectAttribution(from: opening, limit: verb)?.mention,
      namesPerson(subject), subject.upperBound < verb
    else { return nil }
    var segment: Int?
    var name: Range<Int>?
    for index in subject.upperBound..<verb {
      let token = tokens[index]
      if token.kind == .punctuation, token.scalar == 0x2C {
        if let segment, segment + 1 < index,
          (segment + 1..<index).allSatisfy({ tokens[$0].isCapitalized }), index - segment > 2
        {
          name = (segment + 1)..<index
        }
        segment = index
      } else if token.isLowercase, !lexicon.is(token.hash, .skippable), !isDotted(index),
        segment == nil || !tokens[index..<verb].contains(where: { $0.scalar == 0x2C })
      {
        return nil
      }
    }
    return name ?? subject
  }

  /// `gesagt zu Hollerbeck`, `gegenüber der Zeitung`: a mention after a preposition is an
  /// object, never the subject.
  private func isPrepositionalObject(_ mention: Range<Int>?) -> Bool {
    guard let mention, mention.lowerBound > 0 else { return false }
    return German.objectPrepositions.contains(tokens[mention.lowerBound - 1].hash)
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

  /// `„Ja, es gibt Zumutungen.“ Das musste der Minister einräumen.`: a sentence that opens
  /// with `Das`, `Dies` or `So` and a verb right after a quoted sentence names its speaker
  /// after the verb.
  func germanResumption(_ span: QuoteSpan) -> QuoteAttribution? {
    var index = span.closeToken + 1
    if index < tokens.count, isSentenceEnd(index) { index += 1 }
    // `„…“` closing its paragraph, then `Das teilte der Sprecher mit.` opening the next: a
    // speech verb must follow `Das` there (`Das überwältigende Interesse …` takes up nothing).
    var crossesParagraph = false
    while index < min(tokens.count, span.closeToken + 4), tokens[index].kind == .lineBreak {
      index += 1
      crossesParagraph = true
    }
    if !crossesParagraph, let words = wordsResumption(at: index) { return words }
    guard index + 2 < tokens.count, index > span.closeToken, isSentenceStart(index),
      tokens[index].isCapitalized, German.resuming.contains(tokens[index].hash),
      crossesParagraph
        ? cue(at: index + 1)?.kind == .verb
        : isFiniteVerb(index + 1) || German.copulas.contains(tokens[index + 1].hash)
    else { return nil }
    var start = index + 2
    if German.objectPronouns.contains(tokens[start].hash) { start += 1 }
    guard let mention = germanSubject(at: start), namesSpeaker(mention) else { return nil }
    return QuoteAttribution(cue: index + 1, mention: mention, source: .after)
  }
}
