/// Transcripts quoted line by line: `“PENCE: Well, look, …”`, `“Chris Matthews: Seriously, …”`.
/// The name before the colon at the start of the quoted words is who speaks that line, when it
/// names a person (`WALLACE` is known from `Chris Wallace`; `UPDATE:` is no one), or when it is
/// a label in capitals that opens another quote too (a host the article names only so).
extension QuoteAttributor {
  /// The speaker named at the start of the quote's own words, before a colon.
  func transcriptSpeaker(_ span: QuoteSpan) -> QuoteAttribution? {
    guard let name = label(span),
      name.allSatisfy({ !lexicon.is(tokens[$0].hash, .stop) })
    else { return nil }
    guard
      namesPerson(name) || people.isSurname(tokens[name.upperBound - 1].hash)
        || recursAsCapitalLabel(name, of: span)
    else { return nil }
    return QuoteAttribution(cue: nil, mention: name, source: .colon)
  }

  /// The capitalised words (up to four) between the quote's opening mark and a colon followed by
  /// a capitalised word or a mark: `PENCE` in `“PENCE: Well, …”`.
  private func label(_ span: QuoteSpan) -> Range<Int>? {
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
    return first..<colon
  }

  /// True when `name` is written in capitals, two letters or more a word, and another quote
  /// of the article opens with the same label: a speaker's line in a transcript, where a
  /// one-off `UPDATE:` or `NOTE:` is not.
  private func recursAsCapitalLabel(_ name: Range<Int>, of span: QuoteSpan) -> Bool {
    guard name.allSatisfy({ tokens[$0].isAllCaps && !tokens[$0].isInitials }) else {
      return false
    }
    return spans.contains { other in
      guard other.openToken != span.openToken, let label = label(other),
        label.count == name.count
      else { return false }
      return zip(label, name).allSatisfy { tokens[$0].hash == tokens[$1].hash }
    }
  }
}
