/// A quote after a colon whose sentence has no cue word: its subject speaks (`President
/// Clinton released the following statement:` then the quote, `the Board was conclusive in its
/// findings: “…”`, `OUR HEADLINE - Jeffrey M. Jones: “…”`).
extension QuoteAttributor {
  /// The subject of the sentence ending in the colon right before the quote (or before the
  /// line break that precedes it); after a dash, the words after the dash.
  func colonSubject(_ span: QuoteSpan, floor: Int) -> QuoteAttribution? {
    var colon = span.openToken - 1
    if colon > floor, colon < tokens.count, tokens[colon].kind == .lineBreak { colon -= 1 }
    guard language != "de", colon > floor, colon < tokens.count,
      tokens[colon].kind == .punctuation, tokens[colon].scalar == 0x3A
    else { return nil }
    var start = sentenceStart(before: colon, floor: max(floor, colon - 40))
    if let dash = (start..<colon).last(where: {
      tokens[$0].kind == .punctuation && QuoteScalar.isDash(tokens[$0].scalar)
    }) {
      start = dash + 1
    }
    guard start < colon, let mention = subject(from: start, before: colon),
      !lexicon.is(tokens[mention.lowerBound].hash, .stop),
      !Self.prepositions.contains(tokens[mention.lowerBound].hash),
      !isPassiveSubject(mention, limit: colon)
    else { return nil }
    return QuoteAttribution(cue: nil, mention: mention, source: .subject)
  }

  /// `Of Clinton: “…”` names the topic, not the speaker.
  private static let prepositions = QuoteWordSet(
    ["of", "for", "to", "on", "about", "against"])
}
