private typealias German = QuoteGermanWords

/// German reported speech that runs over several sentences: `Huber verteidigte den Plan. Die
/// Firma werde die Krise überstehen. Die Aufträge seien „…“`. Each sentence in the subjunctive
/// goes on reporting the one who spoke, so the speaker is the subject of the last sentence
/// before the chain that is no reported speech.
extension QuoteAttributor {
  /// Sentences looked back over at most, the sentence that names the speaker included.
  private static let chainSentences = 5

  /// The subject of the sentence before a chain of subjunctive sentences that ends at token
  /// `start` (the first token of the quote's sentence), in the same paragraph and after
  /// `floor`. `isReported` tells whether the quote's own sentence is reported speech; without
  /// it the chain must hold at least one subjunctive sentence.
  ///
  /// Nil when the chain meets a quote, a speech cue (the speaker it names is found elsewhere),
  /// the start of the paragraph, or a subject that names no person: no guess.
  func reportedChain(from start: Int, floor: Int, isReported: Bool) -> QuoteAttribution? {
    guard language == "de" else { return nil }
    var next = start
    var crossed = isReported
    for _ in 0..<Self.chainSentences {
      let end = next - 1
      guard end > floor, end < tokens.count, isSentenceEnd(end) else { return nil }
      let first = sentenceStart(before: end, floor: max(floor, end - 40))
      guard first > floor || first == 0, first < end,
        first == 0 || tokens[first - 1].kind != .mark
      else { return nil }
      let sentence = first..<end
      guard !sentence.contains(where: { tokens[$0].kind == .mark || cue(at: $0) != nil }) else {
        return nil
      }
      if isSubjunctiveSentence(sentence) {
        crossed = true
        next = first
        continue
      }
      guard crossed, let found = subjectAttribution(from: first, limit: end),
        let mention = found.mention,
        namesPerson(mention) || mention.count > 1 && isNominative(mention) && canSpeak(mention)
      else { return nil }
      return QuoteAttribution(cue: nil, mention: mention, source: .subject)
    }
    return nil
  }

  /// `Die Regierung werde „alles tun“. Das sagte Vogt am Montag.`: a sentence that opens with
  /// `Das` or `Dies` and a speech verb takes up the whole sentence before it, the quote
  /// inside it included; its subject is the speaker. The cue stands a sentence away, so a
  /// scare quote of a word or two stays no quote.
  ///
  /// Only for a quote whose sentence names no speaker of its own, and a next sentence in the
  /// same paragraph with no quote of its own (`Das bestätigte auch Vogt: „…“` speaks for
  /// itself).
  func sentenceResumption(_ span: QuoteSpan) -> QuoteAttribution? {
    guard language == "de", span.isClosed else { return nil }
    var index = span.closeToken + 1
    while index < min(tokens.count, span.closeToken + 40), !isSentenceEnd(index) {
      if tokens[index].kind == .lineBreak || cue(at: index) != nil { return nil }
      if tokens[index].kind == .mark {
        guard let next = spans.first(where: { $0.openToken == index }), next.isClosed,
          next.closeToken > index
        else { return nil }
        index = next.closeToken
      }
      index += 1
    }
    let first = index + 1
    guard first + 2 < tokens.count, isSentenceEnd(index), tokens[first].isCapitalized,
      Self.resumingPronouns.contains(tokens[first].hash), let cue = cue(at: first + 1),
      cue.kind == .verb, !cue.isWeak
    else { return nil }
    var start = first + 2
    if German.objectPronouns.contains(tokens[start].hash) { start += 1 }
    guard let mention = germanSubject(at: start), namesSpeaker(mention) else { return nil }
    var end = mention.upperBound
    while end < min(tokens.count, mention.upperBound + 30), !isSentenceEnd(end) {
      if tokens[end].kind == .mark || tokens[end].kind == .lineBreak { return nil }
      end += 1
    }
    return QuoteAttribution(cue: first + 1, mention: mention, source: .subject)
  }

  /// `Die Stadt übernimmt den Vorsitz, Bürgermeisterin Vogt fürchtet, dass die Kosten „…“`:
  /// the person whose verb right before `, dass` opens the clause that holds the quote, when
  /// that person stands right after a comma or at the sentence start.
  func thatClauseSpeaker(_ span: QuoteSpan) -> QuoteAttribution? {
    guard language == "de", span.openToken < tokens.count else { return nil }
    let start = sentenceStart(before: span.openToken, floor: max(0, span.openToken - 40))
    guard
      let that = (start..<span.openToken).last(where: {
        tokens[$0].hash == Self.dass && tokens[$0].isLowercase
      }),
      that - 3 >= start, tokens[that - 1].kind == .punctuation, tokens[that - 1].scalar == 0x2C,
      isFiniteVerb(that - 2)
    else { return nil }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard let read = parser.backward(from: that - 3, floor: start) else { return nil }
    let person = germanPhrase(read)
    let before = person.lowerBound - 1
    guard person.upperBound == that - 2, namesPerson(person),
      before < start || tokens[before].kind == .punctuation && tokens[before].scalar == 0x2C
    else { return nil }
    return QuoteAttribution(cue: nil, mention: person, source: .subject)
  }

  private static let dass = QuoteToken.hash(of: "dass")

  /// `„…“ Diese Worte wählte Huber mit Bedacht.`, `„…“ Dieser Satz stammt von Huber.`: a
  /// sentence after a quoted one that opens with `Diese` and a noun for words said, then a
  /// verb and the speaker (or `von` and the speaker).
  func wordsResumption(at index: Int) -> QuoteAttribution? {
    guard language == "de", index > 0, index + 3 < tokens.count, tokens[index - 1].kind != .word,
      tokens[index].isCapitalized, Self.demonstratives.contains(tokens[index].hash),
      Self.wordNouns.contains(tokens[index + 1].hash), isFiniteVerb(index + 2)
    else { return nil }
    var start = index + 3
    if tokens[start].hash == QuoteGermanWords.von, start + 1 < tokens.count { start += 1 }
    guard let mention = germanSubject(at: start), namesSpeaker(mention) else { return nil }
    return QuoteAttribution(cue: index + 2, mention: mention, source: .after)
  }

  private static let demonstratives: Set<UInt64> = Set(
    ["diese", "dieser", "dieses"].map(QuoteToken.hash(of:)))
  private static let wordNouns: Set<UInt64> = Set(
    ["worte", "satz", "sätze", "aussage", "äußerung", "zeilen", "zitat", "botschaft"].map(
      QuoteToken.hash(of:)))

  private static let resumingPronouns: Set<UInt64> = Set(
    ["das", "dies"].map(QuoteToken.hash(of:)))

  /// True when a sentence of the writer's holds a subjunctive of reported speech (`werde`,
  /// `seien`, `Die Studie zeige`) and no speech participle (`habe gesagt`).
  func isSubjunctiveSentence(_ sentence: Range<Int>) -> Bool {
    var isSubjunctive = false
    for index in sentence where tokens[index].isWord {
      if German.speechParticiples.contains(tokens[index].hash) { return false }
      if isSubjunctiveVerb(index) || isSecondSubjunctive(index, in: sentence) {
        isSubjunctive = true
      }
    }
    return isSubjunctive
  }

  /// `Dazu gehöre …`, `Zudem verlange …`: a lower-case word in `-e` (not the past `-te`) as
  /// the finite verb in second place, after one opening word.
  private func isSecondSubjunctive(_ index: Int, in sentence: Range<Int>) -> Bool {
    let token = tokens[index]
    guard index == sentence.lowerBound + 1, tokens[sentence.lowerBound].isCapitalized,
      token.end - token.start >= 4, token.lastScalar == 0x65, token.end <= scalars.count,
      scalars[token.end - 2] != "t", isFiniteVerb(index)
    else { return false }
    return !lexicon.is(tokens[sentence.lowerBound].hash, .determiner)
  }
}
