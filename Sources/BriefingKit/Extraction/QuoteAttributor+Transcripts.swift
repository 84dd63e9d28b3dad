/// Transcripts quoted line by line: `“PENCE: Well, look, …”`, `“Chris Matthews: Seriously, …”`.
/// The name before the colon at the start of the quoted words is who speaks that line, when it
/// names a person (`WALLACE` is known from `Chris Wallace`; `UPDATE:` is no one).
extension QuoteAttributor {
  /// The speaker named at the start of the quote's own words, before a colon.
  func transcriptSpeaker(_ span: QuoteSpan) -> QuoteAttribution? {
    let first = span.openToken + 1
    var colon = first
    while colon < min(span.closeToken, first + 4), colon < tokens.count,
      tokens[colon].isCapitalized
    {
      colon += 1
    }
    guard colon > first, colon + 1 < min(span.closeToken, tokens.count),
      tokens[colon].kind == .punctuation, tokens[colon].scalar == 0x3A,
      tokens[colon + 1].isCapitalized || tokens[colon + 1].kind == .mark
    else { return nil }
    let name = first..<colon
    guard name.allSatisfy({ !lexicon.is(tokens[$0].hash, .stop) }),
      namesPerson(name) || people.isSurname(tokens[colon - 1].hash)
    else { return nil }
    return QuoteAttribution(cue: nil, mention: name, source: .colon)
  }
}
