private typealias German = QuoteGermanWords

/// German speakers named away from the quote's own clause: `Für X sei …`, `, so X,` earlier
/// in the sentence, `Darin steht:` after a text, and the person a speech cue named last.
extension QuoteAttributor {
  /// `Für den Theologen Hans Küng sei der Rücktritt „…“`: a sentence that opens with `Für`
  /// and a person gives that person's view.
  func personItIsFor(_ span: QuoteSpan) -> QuoteAttribution? {
    let start = sentenceStart(before: span.openToken, floor: max(0, span.openToken - 40))
    guard start + 1 < span.openToken, tokens[start].isCapitalized,
      tokens[start].hash == German.fuer
    else { return nil }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard let read = parser.forward(from: start + 1, limit: span.openToken) else { return nil }
    let mention = germanPhrase(read)
    return namesPerson(mention)
      ? QuoteAttribution(cue: nil, mention: mention, source: .subject) : nil
  }

  /// `„In absehbarer Zeit“, so Vorstand Jan Hollerbeck, wird die Werft „…“`: `, so` and a
  /// person earlier in the sentence speak for the rest of it.
  func soBefore(_ span: QuoteSpan) -> QuoteAttribution? {
    var index = span.openToken - 1
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    while index > max(0, span.openToken - 16) {
      let token = tokens[index]
      if token.kind == .lineBreak || isSentenceEnd(index) { return nil }
      if token.hash == German.so, token.isLowercase, tokens[index - 1].scalar == 0x2C,
        tokens[index - 1].kind == .punctuation,
        let read = parser.forward(from: index + 1, limit: span.openToken)
      {
        let mention = germanPhrase(read)
        return namesPerson(mention)
          ? QuoteAttribution(cue: index, mention: mention, source: .subject) : nil
      }
      index -= 1
    }
    return nil
  }

  /// `Die Polizei gab eine Stellungnahme ab. Darin steht: „…“`: `Darin` or `Dort` opening the
  /// sentence refers to the text named last in the sentence before.
  func textReferredTo(_ span: QuoteSpan) -> QuoteAttribution? {
    let start = sentenceStart(before: span.openToken, floor: max(0, span.openToken - 12))
    guard start >= 2, start < span.openToken, tokens[start].isCapitalized,
      German.textPointers.contains(tokens[start].hash), isSentenceEnd(start - 1)
    else { return nil }
    let previous = sentenceStart(before: start - 1, floor: max(0, start - 41))
    var index = start - 2
    while index >= previous {
      let token = tokens[index]
      if token.isCapitalized, token.isWord,
        QuoteGermanNouns.isText(QuoteScalar.string(scalars, token.start..<token.end).lowercased())
      {
        var first = index
        while first > previous, tokens[first - 1].isWord,
          tokens[first - 1].isLowercase || lexicon.is(tokens[first - 1].hash, .determiner),
          !lexicon.is(tokens[first - 1].hash, .stop)
        {
          first -= 1
          if lexicon.is(tokens[first].hash, .determiner) { break }
        }
        return QuoteAttribution(cue: nil, mention: first..<(index + 1), source: .subject)
      }
      index -= 1
    }
    return nil
  }

  /// The person a speech cue names last before token `start` in the same paragraph (`„…“,
  /// äußerte sich Schavan.`), looking back at most `reach` tokens: German reported speech
  /// with no cue of its own goes on reporting that person.
  func recentSpeaker(before start: Int, reach: Int = 80) -> QuoteAttribution? {
    var index = start - 1
    let lowest = max(0, start - reach)
    while index >= lowest, index < tokens.count, tokens[index].kind != .lineBreak {
      if let quoted = spans.last(where: { $0.openToken < index && index < $0.closeToken }) {
        index = quoted.openToken - 1
        continue
      }
      if let cue = cue(at: index), let mention = speaker(ofCue: cue, at: index, floor: lowest) {
        return QuoteAttribution(cue: nil, mention: mention, source: .subject)
      }
      index -= 1
    }
    return nil
  }

  /// The person a cue at `index` names: after `so`, `laut` or `Angaben von` (`so Vogelsang`),
  /// before `zufolge`, after a verb (`sagte Vogelsang`, `äußerte sich Vogelsang`) or before it
  /// (`Vogelsang sagte`).
  func speaker(ofCue cue: QuoteCue, at index: Int, floor: Int) -> Range<Int>? {
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    if cue.kind == .preposition {
      let mention = parser.forward(from: index + 1, limit: clauseEnd(from: index + 1))
      return mention.map(germanPhrase).flatMap { namesPerson($0) ? $0 : nil }
    }
    if cue.kind == .postposition {
      let mention = parser.backward(from: index - 1, floor: max(floor, index - 8))
      return mention.map(germanPhrase).flatMap { namesPerson($0) ? $0 : nil }
    }
    guard cue.kind == .verb else { return nil }
    let opening = sentenceStart(before: index, floor: max(floor, index - 20))
    if let tagged = taggedSubject(from: opening, verb: index) { return tagged }
    var after = index + 1
    if after < tokens.count, tokens[after].hash == German.reflexive { after += 1 }
    if let mention = germanSubject(at: after), namesPerson(mention) { return mention }
    if let mention = parser.backward(from: index - 1, floor: floor), namesPerson(mention) {
      return mention
    }
    return appositiveBefore(cue: index, floor: floor)
  }

  /// `Die Delegationsleiterin, Sharon Hayes, äußerte sich`: the name between commas right
  /// before a cue verb.
  private func appositiveBefore(cue: Int, floor: Int) -> Range<Int>? {
    let comma = cue - 1
    guard comma - 2 >= floor, tokens[comma].kind == .punctuation, tokens[comma].scalar == 0x2C
    else { return nil }
    var start = comma - 1
    while start > max(floor, comma - 5), tokens[start - 1].isCapitalized { start -= 1 }
    guard start > floor, tokens[start - 1].scalar == 0x2C, tokens[start - 1].kind == .punctuation,
      comma - start >= 2, namesPerson(start..<comma)
    else { return nil }
    return start..<comma
  }
}
