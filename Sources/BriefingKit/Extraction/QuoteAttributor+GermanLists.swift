private typealias German = QuoteGermanWords

/// German speakers around colons, parentheses and names in quotation marks: a noun phrase
/// before the colon (`Ein Beamter der Polizei: „…“`), the last person of a list (`…, und der
/// Bürgermeister Tomas Berger: „…“`), a quote inside a fronted phrase (`Mit den Worten
/// „…“, eröffnete er`), and sentences that go on across a quoted name.
extension QuoteAttributor {
  /// `Mit den Worten „…“, richtete er …`, `Von einem „…“ spricht der Entwurf`, `Einen „…“
  /// nannte er das`: a quote inside a short prepositional phrase or object that opens the
  /// sentence, before the finite verb.
  func followsFrontedPhrase(_ span: QuoteSpan) -> Bool {
    let open = span.openToken
    var start = open - 1
    while start > max(0, open - 6), !isSentenceStart(start), !followsColon(start) { start -= 1 }
    guard start < open, start >= 0, isSentenceStart(start) || followsColon(start),
      open - start <= 5, tokens[start].isCapitalized
    else { return false }
    if open - start <= 2, Self.frontedObjects.contains(tokens[start].hash) { return true }
    guard German.frontingPrepositions.contains(tokens[start].hash) else { return false }
    var lowercase = 0
    for index in (start + 1)..<open {
      let token = tokens[index]
      guard token.isWord else { return false }
      if token.isLowercase && !lexicon.is(token.hash, .determiner) { lowercase += 1 }
    }
    return lowercase <= 1
  }

  /// `Einen „großen Erfolg“ nannte Wendt das Ergebnis`: an article that is no subject's
  /// opens the sentence right before the quote, a fronted object.
  private static let frontedObjects: Set<UInt64> = Set(
    ["einen", "einem", "ein", "eine", "den", "dem"].map(QuoteToken.hash(of:)))

  /// `Ein Beamter der Nationalpolizei: „…“`: in German a whole sentence before the colon
  /// that is one noun phrase naming a person or a role is the speaker.
  func germanColonCue(_ span: QuoteSpan, floor: Int) -> QuoteAttribution? {
    let colon = span.openToken - 1
    guard language == "de", colon > 0, tokens[colon].kind == .punctuation else { return nil }
    let start = sentenceStart(before: colon, floor: max(floor, colon - 12, 0))
    if tokens[colon].scalar == 0x28 { return listedSpeaker(before: colon, floor: start) }
    guard tokens[colon].scalar == 0x3A else { return nil }
    if let view = possessiveView(from: start, colon: colon) {
      return QuoteAttribution(cue: nil, mention: view, source: .colon)
    }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    if start < colon, let read = parser.forward(from: start, limit: colon),
      read.upperBound == colon, germanPhrase(read) == read,
      namesPerson(read) || read.count > 1 && isNominative(read)
    {
      return QuoteAttribution(cue: nil, mention: read, source: .colon)
    }
    if let text = containingText(colon: colon, floor: floor) {
      return QuoteAttribution(cue: nil, mention: text, source: .colon)
    }
    return listedSpeaker(before: colon, floor: start)
  }

  /// `Seine Meinung zu dem Plan: „…“`, `Ihr Fazit: „…“`: a possessive and a noun for a view
  /// that open the sentence before the colon name whose words follow.
  func possessiveView(from start: Int, colon: Int) -> Range<Int>? {
    guard start + 1 < colon, tokens[start].isCapitalized,
      German.hisViews.contains(tokens[start].hash) || German.herViews.contains(tokens[start].hash),
      German.viewNouns.contains(tokens[start + 1].hash)
    else { return nil }
    return start..<(start + 2)
  }

  /// `Seiner Ansicht nach „sind wir Zeugen …“`: a view opening the quote's sentence with
  /// `nach` names whose words the sentence gives.
  func viewOpening(_ span: QuoteSpan) -> QuoteAttribution? {
    guard language == "de" else { return nil }
    let start = sentenceStart(before: span.openToken, floor: max(0, span.openToken - 30))
    guard start + 2 < span.openToken, tokens[start + 2].hash == Self.nach,
      let view = possessiveView(from: start, colon: span.openToken)
    else { return nil }
    return QuoteAttribution(cue: nil, mention: view, source: .subject)
  }

  private static let nach = QuoteToken.hash(of: "nach")

  /// `…, und der Ministerpräsident Jens Berger: „…“`, `…, Ida Vogelsang („…“)`: a person
  /// named last in a list, right before a colon or an opening parenthesis, says the quote.
  func listedSpeaker(before colon: Int, floor: Int) -> QuoteAttribution? {
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard colon - 1 > floor, tokens[colon - 1].isCapitalized,
      let mention = parser.backward(from: colon - 1, floor: max(floor, colon - 10)),
      mention.upperBound == colon, mention.lowerBound >= floor, namesPerson(mention),
      mention.count >= 2
    else { return nil }
    if mention.lowerBound > floor {
      let before = tokens[mention.lowerBound - 1]
      guard
        before.scalar == 0x2C && before.kind == .punctuation
          || German.coordinators.contains(before.hash)
      else { return nil }
    }
    return QuoteAttribution(cue: nil, mention: mention, source: .colon)
  }

  /// `subject`, the subject found after the last mark before a quote, unless it names no
  /// person and a German sentence goes on before a name in quotation marks (`Hatzius
  /// kritisiert in der Zeitung „Neues Deutschland“, die Aktion erinnere „…“`): the name's
  /// marks do not end the sentence, and its subject is the speaker.
  ///
  /// After a colon, a person named last in a list right before it speaks instead (`…, und
  /// der Bürgermeister Tomas Berger: „…“`).
  func subjectAcrossNames(_ span: QuoteSpan, else subject: QuoteAttribution?)
    -> QuoteAttribution?
  {
    guard language == "de" else { return subject }
    if let agent = inscription(span) ?? textAccordingTo(span) ?? statementClause(span)
      ?? passiveAgent(span) ?? ownedWordsAfter(span)
      ?? clausePronounBeforeColon(span, subject: subject)
      ?? relativeAntecedent(span) ?? relativeSpeakerBeforeColon(span)
    {
      return agent
    }
    let subject =
      afterFrontedPhrase(subject, before: span.openToken) ?? longSentenceSubject(span)
      ?? subject
    if let document = textReferredTo(span) ?? viewOpening(span) { return document }
    if subject?.source != .before, let reported = reportingCue(span, subject: subject) {
      return reported
    }
    if let person = speakerBeforeReportingColon(span) { return person }
    if !namesPerson(subject?.mention), let person = personItIsFor(span) ?? soBefore(span) {
      return person
    }
    if subject?.source == .subject, isReportedSentence(span) {
      return reportedSpeech(span, floor: 0) ?? recentSpeaker(before: span.openToken)
        ?? QuoteAttribution(cue: nil, mention: nil, source: .subject)
    }
    let colon = span.openToken - 1
    if isAfterColon(span),
      let listed = listedSpeaker(
        before: colon, floor: sentenceStart(before: colon, floor: max(0, colon - 12))),
      listed.mention != subject?.mention
    {
      return listed
    }
    if isAfterColon(span),
      let dashed = dashColon(span, floor: sentenceStart(before: colon, floor: max(0, colon - 12)))
    {
      return dashed
    }
    guard !namesPerson(subject?.mention) else { return subject }
    return subjectBeforeNames(span) ?? taggedSubject(span) ?? subject
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
      if cursor < span.openToken - 1, followsColon(cursor + 1) {
        crossed = true
        break
      }
      cursor -= 1
    }
    guard crossed else { return nil }
    return subjectAttribution(from: cursor + 1, limit: span.openToken)
  }

  /// The opening mark of a short name in quotation marks that closes at `closing`, inside a
  /// sentence (`der „Washington Post“`, `laut „news.example.org“`).
  func quotedNameStart(closing: Int) -> Int? {
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

  /// True when a colon stands right before token `index` (`Steuern: Die SPD will …`).
  func followsColon(_ index: Int) -> Bool {
    index > 0 && index <= tokens.count && tokens[index - 1].kind == .punctuation
      && tokens[index - 1].scalar == 0x3A
  }

  /// The first token of the sentence holding token `index`, where names in quotation marks
  /// (`die Fähre „Eagle“`) do not end it.
  func sentenceStartAcrossNames(before index: Int) -> Int {
    var cursor = index - 1
    while cursor >= max(0, index - 50) {
      let token = tokens[cursor]
      if token.kind == .mark {
        guard let open = quotedNameStart(closing: cursor) else { break }
        cursor = open - 1
        continue
      }
      if token.kind == .lineBreak || isSentenceEnd(cursor) { break }
      cursor -= 1
    }
    return max(cursor + 1, 0)
  }

}
