/// A speaker's name set before the quote as a label, with no verb (`… the aisle.” Rob Van Hale
/// “My first wedding went on for four days.”`): features that collect many voices print them
/// so.
extension QuoteAttributor {
  /// The name standing alone between a sentence end (or a closing mark or line break) and a
  /// quote that opens with a capital: two to four capitalised words, the first a given name
  /// or the whole a person the article names.
  func labelSubject(_ span: QuoteSpan, floor: Int) -> QuoteAttribution? {
    let open = span.openToken
    guard language != "de", open - 1 > floor, open < tokens.count, opensCapitalised(span)
    else { return nil }
    var start = open
    while start - 1 > floor, open - start < 4,
      tokens[start - 1].isWord && tokens[start - 1].isCapitalized
        || people.isInitialDot(start - 1)
    {
      start -= 1
    }
    guard open - start >= 2, tokens[start].isWord, opensLabel(start),
      QuoteGenders.isGivenName(tokens[start].hash) || people.person(named: start..<open) != nil
    else { return nil }
    return QuoteAttribution(cue: nil, mention: start..<open, source: .subject)
  }

  /// True when nothing of the writer's sentence stands before token `index`.
  private func opensLabel(_ index: Int) -> Bool {
    guard index > 0 else { return true }
    let before = tokens[index - 1]
    return before.kind == .lineBreak || before.kind == .mark || isSentenceEnd(index - 1)
  }

  private func opensCapitalised(_ span: QuoteSpan) -> Bool {
    let first = span.openToken + 1
    return first < span.closeToken && first < tokens.count && tokens[first].isCapitalized
  }
}
