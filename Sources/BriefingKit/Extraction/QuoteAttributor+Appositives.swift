/// A speaker named right after a quote and described before their verb: `“…,” Harry Bond, 30,
/// of Raleigh, who was among those polled, said.` The description may run past the words
/// ``afterCue`` looks at; the name before it is the speaker.
extension QuoteAttributor {
  /// How many tokens the description may take between the name and the verb.
  private var appositiveReach: Int { 40 }

  /// The attribution `name, description, verb` right after the quote at `spanIndex`.
  func appositiveCue(after spanIndex: Int) -> QuoteAttribution? {
    let span = spans[spanIndex]
    guard span.isClosed, continuesSentence(span) else { return nil }
    var start = span.closeToken + 1
    if start < tokens.count, tokens[start].kind == .punctuation, tokens[start].scalar == 0x2C {
      start += 1
    }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard start < tokens.count, tokens[start].isWord,
      let mention = parser.forward(from: start, limit: min(tokens.count, start + 14)),
      mention.upperBound + 1 < tokens.count, isComma(mention.upperBound),
      namesPerson(mention), !lexicon.is(tokens[mention.lowerBound].hash, .pluralPronoun)
    else { return nil }
    var index = mention.upperBound + 1
    let limit = min(tokens.count, index + appositiveReach)
    while index < limit {
      let token = tokens[index]
      if token.kind == .lineBreak || token.kind == .mark || isSentenceEnd(index) { return nil }
      if token.isWord, let cue = cue(at: index), cue.kind == .verb, !cue.isWeak,
        isComma(index - 1) || !isClauseWord(index - 1)
      {
        return QuoteAttribution(cue: index, mention: mention, source: .after)
      }
      index += 1
    }
    return nil
  }

  private func isComma(_ index: Int) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].kind == .punctuation
      && tokens[index].scalar == 0x2C
  }

  /// `who`, `has`, `to` and the like: the verb after them belongs to the description.
  private func isClauseWord(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].isWord else { return true }
    let classes = lexicon.wordClass(tokens[index].hash)
    return classes.contains(.stop) || classes.contains(.skippable)
      || classes.contains(.linking) || classes.contains(.pronoun)
  }
}
