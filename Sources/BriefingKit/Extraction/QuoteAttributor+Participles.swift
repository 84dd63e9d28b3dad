/// English participle cues (`saying`, `adding`, `telling`): the words after one start the
/// reported clause or name the addressee (`saying Clinton would “abolish …”`), so the speaker
/// is the person right before it or the subject of the sentence.
extension QuoteAttributor {
  /// True for a lower-case English cue word ending in `-ing`.
  func isParticiple(_ index: Int) -> Bool {
    language != "de" && index < tokens.count && people.isIngWord(index)
  }

  /// Who speaks at the participle cue at `index`: a person named right before it (`with
  /// McCain calling it`, `Ryan saying`), else, for a cue before the quote, the subject of its
  /// sentence (`Trump told a rally, saying …`), not reaching below `floor`.
  func participleSpeaker(
    at index: Int, floor: Int, _ source: QuoteAttribution.Source
  ) -> Range<Int>? {
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    if let before = parser.backward(from: index - 1, floor: floor), before.upperBound == index,
      namesPerson(before), !followsPreposition(before.lowerBound)
    {
      return before
    }
    guard source == .before else { return nil }
    let start = sentenceStart(before: index, floor: max(floor, index - 40))
    if let subject = subjectAttribution(from: start, limit: index)?.mention { return subject }
    if let subject = subjectAcrossQuotes(before: index) { return subject }
    return subject(from: start, before: index).flatMap { namesPerson($0) ? $0 : nil }
  }

  /// True when the participle cue at `cue` has the quote `previous` earlier in its sentence
  /// (`“…,” said Joe Biden, urging them to “give him time”`): with no speaker of its own, the
  /// participle goes on speaking for that quote's speaker.
  func continuesPreviousSpeaker(_ previous: Int, cue: Int) -> Bool {
    guard isParticiple(cue), previous >= 0, previous < spans.count,
      continuesSentence(spans[previous])
    else { return false }
    let close = spans[previous].closeToken
    guard close >= 0, close < cue, cue < tokens.count else { return false }
    for index in (close + 1)..<cue {
      if tokens[index].kind == .lineBreak || tokens[index].kind == .mark { return false }
      if tokens[index].kind == .punctuation && isSentenceEnd(index) { return false }
    }
    return true
  }

  /// The subject of the sentence that a quote stands in, read before its opening mark
  /// (`Trump has hailed the vote as “fantastic,” telling …`).
  func subjectBefore(_ span: QuoteSpan) -> Range<Int>? {
    let open = span.openToken
    let start = sentenceStart(before: open, floor: max(0, open - 40))
    return subjectAttribution(from: start, limit: open)?.mention
  }

  /// True when a preposition stands right before token `start` in English (`a statement
  /// through Arsenal describing …`): its object is not who the participle speaks for, while
  /// `with McCain calling it` and `a letter from Lee Scott saying` make them the speaker.
  private func followsPreposition(_ start: Int) -> Bool {
    language == "en" && start > 0 && start <= tokens.count && tokens[start - 1].isLowercase
      && Self.objectPrepositions.contains(tokens[start - 1].hash)
  }

  private static let objectPrepositions = QuoteWordSet(
    ["through", "to", "at", "in", "on", "against", "into", "via"])
}
