private typealias German = QuoteGermanWords

/// German speakers found across a paragraph break: a colon or a description ending the
/// paragraph before a quote that opens the next, subjunctive speech opening a paragraph, and a
/// speaker's words going on in the paragraphs after.
extension QuoteAttributor {
  /// A quote that opens its paragraph and names no one goes to the person a speech cue names
  /// last in the paragraph before (`Vogt sagte, die Lage sei ernst. …` then `„…“`), else to
  /// the one person that paragraph names, however often.
  func previousParagraphSpeaker(_ span: QuoteSpan, floor: Int) -> QuoteAttribution? {
    let start = span.openToken
    guard start >= 2, start - 1 >= floor, tokens[start - 1].kind == .lineBreak,
      isSentenceEnd(start - 2)
    else { return nil }
    var first = start - 2
    while first > floor, tokens[first - 1].kind != .lineBreak { first -= 1 }
    guard first > floor || first == 0, first < start - 1,
      !tokens[first..<(start - 1)].contains(where: { $0.kind == .mark })
    else { return nil }
    if let cued = recentSpeaker(before: start - 1, reach: start - 1 - first) { return cued }
    let named = people.occurrences.filter { $0.token >= first && $0.token < start - 1 }
    guard let last = named.last, people.people[last.person].isPerson,
      named.allSatisfy({ $0.person == last.person }), last.token < tokens.count
    else { return nil }
    var end = last.token + 1
    let words = people.people[last.person].words.count
    while end < min(tokens.count, last.token + words), tokens[end].isCapitalized { end += 1 }
    return QuoteAttribution(cue: nil, mention: last.token..<end, source: .subject)
  }

  /// `Vogt sagte: „…“` then a paragraph that opens with a quote and names no one: the quote
  /// goes on with the speaker of the quote just before, when no one else is named between
  /// them and they stand in the same or the next paragraph.
  func speechGoingOn(_ index: Int, after previous: QuoteAttribution?)
    -> QuoteAttribution?
  {
    guard index > 0, let mention = previous?.mention else { return nil }
    let span = spans[index]
    let start = span.openToken
    guard start > 0, tokens[start - 1].kind == .lineBreak else { return nil }
    let gap = spans[index - 1].closeToken..<start
    guard gap.lowerBound >= 0, gap.count <= 80,
      tokens[gap].filter({ $0.kind == .lineBreak }).count <= 2,
      !(gap.lowerBound..<span.closeToken).contains(where: {
        $0 < tokens.count && tokens[$0].isCapitalized && people.isSurname(tokens[$0].hash)
      })
    else { return nil }
    return QuoteAttribution(cue: nil, mention: mention, source: .subject)
  }

  /// `Der Schauspieler zeigte sich gerührt.` then a paragraph that is only the quote: the
  /// description of a person that opens the last sentence before it speaks.
  func describedBefore(_ span: QuoteSpan, floor: Int) -> QuoteAttribution? {
    let open = span.openToken
    guard open >= 3, open - 1 > floor, tokens[open - 1].kind == .lineBreak, span.isClosed,
      isSentenceEnd(open - 2)
    else { return nil }
    let end = open - 2
    let start = sentenceStart(before: end, floor: max(floor, end - 40))
    guard start > floor || start == 0, start < end,
      !tokens[start..<end].contains(where: { $0.kind == .mark }),
      let found = subjectAttribution(from: start, limit: end), let mention = found.mention,
      mention.lowerBound == start, describesPerson(mention)
    else { return nil }
    return found
  }

  /// `der Schauspieler`, `die Britin`: a definite article and a noun for a person.
  private func describesPerson(_ mention: Range<Int>) -> Bool {
    guard mention.count == 2, mention.upperBound <= tokens.count,
      Self.definite.contains(tokens[mention.lowerBound].hash),
      tokens[mention.upperBound - 1].isCapitalized
    else { return false }
    let word = people.text((mention.upperBound - 1)..<mention.upperBound).lowercased()
    return QuoteGermanNouns.canSpeak(word) && !QuoteGermanNouns.isText(word)
      && !QuoteSpeakerResolver.isGermanBody(word)
  }

  private static let definite: Set<UInt64> = Set(["der", "die"].map(QuoteToken.hash(of:)))

  /// `Die Ärztin zog eine bittere Bilanz:` then a paragraph that opens with the quote: the
  /// subject of the sentence the colon ends, when it names a person.
  func colonParagraph(_ span: QuoteSpan, floor: Int) -> QuoteAttribution? {
    let colon = span.openToken - 2
    guard colon - 1 > floor, tokens[span.openToken - 1].kind == .lineBreak,
      isPunctuation(colon, 0x3A)
    else { return nil }
    let start = sentenceStart(before: colon, floor: max(floor, colon - 40))
    guard start < colon, let found = subjectAttribution(from: start, limit: colon),
      namesPerson(found.mention)
    else { return nil }
    return QuoteAttribution(cue: nil, mention: found.mention, source: .subject)
  }

  /// `Lang kritisierte die Pläne.` then a paragraph opening `Diese seien „…“`: reported speech
  /// in the subjunctive that opens a paragraph goes on reporting the subject of the last
  /// sentence of the paragraph before, when that sentence quotes no one.
  func reportAcrossParagraph(_ span: QuoteSpan, floor: Int) -> QuoteAttribution? {
    let start = sentenceStart(before: span.openToken, floor: max(0, span.openToken - 40))
    guard start >= 3, start - 1 >= floor, tokens[start - 1].kind == .lineBreak,
      start < span.openToken
    else { return nil }
    let sentence = start..<span.openToken
    guard sentence.contains(where: { German.subjunctives.contains(tokens[$0].hash) }) else {
      return nil
    }
    let end = start - 2
    guard end > floor, isSentenceEnd(end) else { return nil }
    let before = sentenceStart(before: end, floor: max(floor, end - 40))
    guard before > floor || before == 0,
      !tokens[before..<end].contains(where: { $0.kind == .mark }),
      let found = subjectAttribution(from: before, limit: end), let mention = found.mention,
      namesPerson(mention)
    else { return nil }
    return QuoteAttribution(cue: nil, mention: mention, source: .subject)
  }

  /// `Wendt zog eine positive Bilanz.` then a paragraph that is only `„…“`: a quote standing
  /// alone as its paragraph goes to the person the paragraph before ends with as its subject.
  func paragraphSubject(_ span: QuoteSpan, floor: Int) -> QuoteAttribution? {
    let open = span.openToken
    guard open >= 3, open - 1 > floor, tokens[open - 1].kind == .lineBreak, span.isClosed,
      span.closeToken + 1 >= tokens.count || tokens[span.closeToken + 1].kind == .lineBreak
        || tokens[span.closeToken + 1].kind == .punctuation
          && (span.closeToken + 2 >= tokens.count
            || tokens[span.closeToken + 2].kind == .lineBreak)
        || isWholeSentenceBeforeWriter(span)
    else { return nil }
    let end = open - 2
    guard isSentenceEnd(end) else { return nil }
    let start = sentenceStart(before: end, floor: max(floor, end - 40))
    guard start > floor || start == 0, start < end,
      !tokens[start..<end].contains(where: {
        $0.kind == .mark
      }),
      let found = subjectAttribution(from: start, limit: end), namesPerson(found.mention)
    else { return nil }
    return found
  }

  /// `„Wir haben viel erreicht.“ Für das kommende Jahr plane die Stadt …`: a quote of whole
  /// sentences followed by the writer's words, with no quote and no cue in the rest of the
  /// paragraph.
  private func isWholeSentenceBeforeWriter(_ span: QuoteSpan) -> Bool {
    let last = span.end - 1
    let next = span.closeToken + 1
    guard last >= 0, last < scalars.count, QuoteScalar.isSentenceEnd(scalars[last].value),
      next < tokens.count, tokens[next].isCapitalized
    else { return false }
    var index = next
    while index < tokens.count, tokens[index].kind != .lineBreak {
      if tokens[index].kind == .mark || cue(at: index) != nil { return false }
      index += 1
    }
    return true
  }
}
