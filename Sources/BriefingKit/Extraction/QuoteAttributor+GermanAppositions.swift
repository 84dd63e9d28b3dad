/// German names set off from their sentence: a party in parentheses between the subject and
/// its verb (`Jürgen Albers (SPD) zeigte sich zufrieden:`), and a name between commas after
/// the role that introduces it (`Die Vorsitzende des Mieterbundes, Sabine Krämer, sagte`).
extension QuoteAttributor {
  /// `Finanzminister Jürgen Albers (SPD) zeigte sich zufrieden: „…“`: the mention that opens
  /// the quote's sentence, when a short tag in parentheses and then a verb or comma follow it.
  func taggedSubject(_ span: QuoteSpan) -> QuoteAttribution? {
    guard language == "de", span.openToken < tokens.count else { return nil }
    let start = sentenceStart(before: span.openToken, floor: max(0, span.openToken - 40))
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard start < span.openToken,
      let read = parser.forward(from: start, limit: span.openToken),
      let after = tagEnd(from: read.upperBound, limit: span.openToken),
      after < span.openToken, tokens[after].isLowercase || tokens[after].scalar == 0x2C
    else { return nil }
    let mention = germanPhrase(read)
    guard mention.upperBound == read.upperBound, namesSpeaker(mention) else { return nil }
    return QuoteAttribution(cue: nil, mention: mention, source: .subject)
  }

  /// The token after a tag in parentheses that opens at `open` (`(SPD)`, `(Grüne)`), when it
  /// closes within a few words.
  func tagEnd(from open: Int, limit: Int) -> Int? {
    guard open < limit, tokens[open].kind == .punctuation, tokens[open].scalar == 0x28 else {
      return nil
    }
    var index = open + 1
    while index < min(limit, open + 6) {
      let token = tokens[index]
      if token.kind == .punctuation, token.scalar == 0x29 { return index + 1 }
      if token.kind == .mark || token.kind == .lineBreak { return nil }
      index += 1
    }
    return nil
  }

  /// `die Vorsitzende des Mieterbundes, Sabine Krämer,`: the name between commas (or before
  /// the sentence's end) right after a German description that names no one.
  func appositiveName(after description: Range<Int>, limit: Int) -> Range<Int>? {
    let comma = description.upperBound
    guard language == "de", comma + 2 < min(limit, tokens.count), !names(description),
      tokens[comma].kind == .punctuation, tokens[comma].scalar == 0x2C,
      tokens[comma + 1].isCapitalized
    else { return nil }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard let read = parser.forward(from: comma + 1, limit: min(limit, comma + 8)) else {
      return nil
    }
    let name = germanPhrase(read)
    guard name.count >= 2, name.allSatisfy({ tokens[$0].isCapitalized }), namesPerson(name)
    else { return nil }
    let next = name.upperBound
    guard next >= min(limit, tokens.count) || tokens[next].kind == .punctuation
    else { return nil }
    return name
  }

  /// True when a mention holds a name: a given name or a known surname.
  private func names(_ mention: Range<Int>) -> Bool {
    mention.contains {
      tokens[$0].isCapitalized
        && (QuoteGermanNames.isGivenName(tokens[$0].hash) || people.isSurname(tokens[$0].hash))
    }
  }
}
