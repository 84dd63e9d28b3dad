private typealias German = QuoteGermanWords

/// German reported speech and the checks that keep objects and topics from being taken for
/// speakers: subjunctive sentences, verb-final cues, objects after the verb, cues that
/// introduce the next quote.
extension QuoteAttributor {
  /// `Müller lehnte ab. Das sei „ein schlechter Scherz“.`: a German sentence in the
  /// subjunctive of reported speech (`sei`, `habe`, `müsse`) with no speaker of its own goes
  /// on reporting the subject of the sentence before, in the same paragraph.
  ///
  /// A quote that opens its sentence with no speaker anywhere near goes on with the person a
  /// speech cue named last in the paragraph (`Vogelsang sagte, … . „…“`).
  func reportedSpeech(_ span: QuoteSpan, floor: Int) -> QuoteAttribution? {
    guard language == "de" else { return nil }
    if let found = subjunctiveSpeech(span, floor: floor) ?? sentenceResumption(span)
      ?? thatClauseSpeaker(span)
    {
      return found
    }
    guard isSentenceStart(span.openToken), span.openToken > floor else { return nil }
    return recentSpeaker(before: span.openToken, reach: span.openToken - floor)
      ?? paragraphSubject(span, floor: floor)
      ?? reportedChain(from: span.openToken, floor: floor, isReported: false)
  }

  private func subjunctiveSpeech(_ span: QuoteSpan, floor: Int) -> QuoteAttribution? {
    let start = sentenceStart(before: span.openToken, floor: max(floor, span.openToken - 40))
    guard start > floor, start >= 2, isSentenceEnd(start - 1) else { return nil }
    var end = span.closeToken + 1
    while end < min(tokens.count, span.closeToken + 30), !isSentenceEnd(end),
      tokens[end].kind != .lineBreak
    {
      end += 1
    }
    let sentence = start..<min(end, tokens.count)
    guard
      sentence.contains(where: { German.subjunctives.contains(tokens[$0].hash) })
        || opensWithSubjunctive(sentence)
    else { return nil }
    let before = sentenceStart(before: start - 1, floor: max(floor, start - 41))
    guard before >= floor else { return nil }
    if let document = documentStatement(in: before..<(start - 1)) {
      return QuoteAttribution(cue: nil, mention: document, source: .subject)
    }
    guard !isSubjunctiveSentence(before..<(start - 1)),
      let found = subjectAttribution(from: before, limit: start - 1),
      let mention = found.mention, namesSpeaker(mention)
    else {
      return recentSpeaker(before: start)
        ?? reportedChain(from: start, floor: floor, isReported: true)
    }
    return QuoteAttribution(cue: nil, mention: mention, source: .subject)
  }

  /// `Stoiber hatte die Rolle der Länder betont:`: in German, a cue verb at the end of its
  /// clause has its object before it, so a mention read there that names no speaker is not
  /// the subject. Not for `zufolge` and the like: the words before it are the source.
  func isVerbFinal(_ attribution: QuoteAttribution) -> Bool {
    guard language == "de", let cue = attribution.cue, let mention = attribution.mention,
      mention.upperBound <= cue, self.cue(at: cue)?.kind == .verb
    else { return false }
    if cue + 1 < tokens.count, openingBody(before: cue, read: (cue + 1)..<(cue + 2)) == mention {
      return false
    }
    return !namesPerson(mention) && relativeDocument(verb: cue) != mention
  }

  /// `Der Vorsitzende …, Michael Knipper, kritisierte die Entscheidung scharf:`: in German a
  /// phrase after the cue verb that names no person is its object when a person opens the
  /// sentence; the phrase after a preposition (`laut der Studie`) is the source itself.
  func isObjectAfterCue(_ attribution: QuoteAttribution) -> Bool {
    guard language == "de", let cue = attribution.cue, let mention = attribution.mention,
      mention.lowerBound > cue, !German.quoting.contains(tokens[cue].hash),
      self.cue(at: cue)?.kind == .verb
    else { return false }
    return !namesPerson(mention)
      && !(mention.count == 1 && lexicon.is(tokens[mention.lowerBound].hash, .pronoun))
  }

  func namesPerson(_ mention: Range<Int>?) -> Bool { mention.map { namesPerson($0) } ?? false }

  /// True in German when the verb at `index` is a subjunctive of reported speech (`Der Plan
  /// sei teuer`): the subject before it is what is spoken about, not who speaks.
  ///
  /// Not when a speech participle follows in the clause (`Er habe darin geschrieben, …`): the
  /// subject is then the one who spoke.
  func isReportedSpeech(_ index: Int) -> Bool {
    guard language == "de", index >= 0, index < tokens.count,
      German.subjunctives.contains(tokens[index].hash)
    else { return false }
    var next = index + 1
    while next < min(tokens.count, index + 8), tokens[next].isWord {
      if German.speechParticiples.contains(tokens[next].hash) { return false }
      next += 1
    }
    return true
  }

  /// True for a mention that names who speaks: a pronoun or a person; in German also a
  /// noun phrase in the nominative (`die Polizei`), not a lone noun (`Erfolgskriterium`).
  func namesSpeaker(_ mention: Range<Int>?) -> Bool {
    guard let mention, mention.upperBound <= tokens.count, !mention.isEmpty else { return false }
    if namesPerson(mention) { return true }
    return language == "de" && mention.count > 1 && isNominative(mention)
  }

  /// True when the quote follows a colon: the sentence before introduces it.
  func isAfterColon(_ span: QuoteSpan) -> Bool {
    let colon = span.openToken - 1
    return colon >= 0 && colon < tokens.count && tokens[colon].kind == .punctuation
      && tokens[colon].scalar == 0x3A
  }

  /// True when a cue in the sentence after a quote introduces words of its own: German
  /// reported speech after a comma (`erklärte, der Bericht sei …`, not a relative clause) or a
  /// colon before the next quote (`Der Sprecher fragte: „…“`).
  func introducesSpeech(after cue: Int) -> Bool {
    var index = cue + 1
    while index < min(tokens.count, cue + 8) {
      let token = tokens[index]
      if token.kind == .lineBreak || token.kind == .mark || isSentenceEnd(index) { return false }
      if token.kind == .punctuation, token.scalar == 0x3A {
        return index + 1 < tokens.count && tokens[index + 1].kind == .mark
      }
      if token.kind == .punctuation, token.scalar == 0x2C {
        return language == "de" && !opensRelativeClause(comma: index)
      }
      index += 1
    }
    return false
  }

  /// `einer Studie, die heute vorgestellt wurde`: a comma between a noun and a relative
  /// pronoun opens a relative clause, not reported speech.
  private func opensRelativeClause(comma: Int) -> Bool {
    guard comma > 0, comma + 1 < tokens.count, tokens[comma - 1].isCapitalized else {
      return false
    }
    return tokens[comma + 1].isLowercase && Self.relatives.contains(tokens[comma + 1].hash)
  }

  private static let relatives: Set<UInt64> = Set(
    ["der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches"].map(
      QuoteToken.hash(of:)))

  /// True in German for an object right after a verb: an oblique determiner (`begründete
  /// seinen Schritt`), which no subject starts with.
  func isObject(at index: Int) -> Bool {
    language == "de" && index < tokens.count && tokens[index].isWord
      && German.obliqueDeterminers.contains(tokens[index].hash)
  }

  /// True in German when the writer's words around a quote are reported speech with no cue
  /// of their own (`Die Studie zeige in Wahrheit, „…“`, `Außerdem hätte der Sender „…“`):
  /// the subject there is what is spoken about, and the speaker is the one reported before.
  func isReportedSentence(_ span: QuoteSpan) -> Bool {
    guard language == "de", span.openToken < tokens.count else { return false }
    let start = sentenceStart(before: span.openToken, floor: max(0, span.openToken - 40))
    var writer = mainClause(start..<span.openToken)
    let last = span.end - 1
    if span.isClosed, span.closeToken < tokens.count, writer.count == span.openToken - start,
      last >= 0, last < scalars.count, !QuoteScalar.isSentenceEnd(scalars[last].value)
    {
      var end = span.closeToken + 1
      while end < min(tokens.count, span.closeToken + 30), !isSentenceEnd(end),
        tokens[end].kind == .word || tokens[end].kind == .punctuation
      {
        end += 1
      }
      writer += mainClause((span.closeToken + 1)..<end)
    }
    var isSubjunctive = false
    for index in writer where tokens[index].isWord {
      if cue(at: index) != nil || German.speechParticiples.contains(tokens[index].hash) {
        return false
      }
      if isSubjunctiveVerb(index) { isSubjunctive = true }
    }
    return isSubjunctive
  }

  /// The tokens of `range` before its first comma: the clause that holds the finite verb.
  private func mainClause(_ range: Range<Int>) -> [Int] {
    var result: [Int] = []
    for index in range {
      if tokens[index].kind == .punctuation, tokens[index].scalar == 0x2C { break }
      result.append(index)
    }
    return result
  }

  /// A subjunctive of the lexicon (`sei`, `habe`), or a lower-case word in `-e` (not the
  /// past `-te`) right after a noun or a pronoun subject (`Die Studie zeige`, `er erinnere`).
  func isSubjunctiveVerb(_ index: Int) -> Bool {
    let token = tokens[index]
    if German.subjunctives.contains(token.hash) { return true }
    guard index > 0, token.isLowercase, token.end - token.start >= 4, token.lastScalar == 0x65,
      token.end <= scalars.count, scalars[token.end - 2] != "t", isFiniteVerb(index),
      !isSentenceStart(index - 1)
    else { return false }
    let previous = tokens[index - 1]
    return previous.isCapitalized && !lexicon.is(previous.hash, .determiner)
      || German.thirdPersonPronouns.contains(previous.hash)
  }
}
