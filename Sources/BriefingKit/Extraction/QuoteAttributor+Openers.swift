/// English sentences that open with a phrase before their subject: `In a Fox interview later
/// that day, Trump went further:`, `Shortly after the call ended, Rubio's campaign sent …`,
/// `On July 6, 2015, Sanders made the following comment:`.
extension QuoteAttributor {
  /// The first token after an opening phrase that starts at `start` (a preposition, a clause
  /// word or an adverb in `-ly`) and ends at a comma before `limit`; `start` when the sentence
  /// opens with no such phrase.
  func afterOpeningPhrase(from start: Int, limit: Int) -> Int {
    guard language != "de", start >= 0, start < limit, limit <= tokens.count,
      tokens[start].isWord, tokens[start].isCapitalized, opensPhrase(start)
    else { return start }
    var cursor = start + 1
    while cursor < min(limit, start + 16) {
      let token = tokens[cursor]
      if token.kind == .mark || token.kind == .lineBreak { return start }
      if token.kind == .punctuation, token.scalar == 0x2C { break }
      cursor += 1
    }
    guard cursor + 1 < min(limit, start + 16), tokens[cursor].scalar == 0x2C else { return start }
    var next = cursor + 1
    // `On July 6, 2015, Sanders …`: the year after a date's comma belongs to the phrase.
    if next + 1 < limit, isYear(next), tokens[next + 1].scalar == 0x2C { next += 2 }
    // `At a rally in Birmingham, Alabama, Trump …`: so does the state after a city's comma.
    if let place = placeAfterComma(next, limit: limit) { next = place }
    return next < limit && tokens[next].isWord ? next : start
  }

  private func opensPhrase(_ index: Int) -> Bool {
    let token = tokens[index]
    if lexicon.is(token.hash, .stop) { return !Self.subjectWords.contains(token.hash) }
    let end = token.end
    guard end - token.start > 4, end <= scalars.count else { return false }
    return scalars[end - 2] == "l" && scalars[end - 1] == "y" && !people.isSurname(token.hash)
      && !QuoteGenders.isGivenName(token.hash)
  }

  /// The token after `Alabama,` when a place the gazetteer knows and a comma start at `index`.
  private func placeAfterComma(_ index: Int, limit: Int) -> Int? {
    var end = index
    while end < min(limit, index + 3), tokens[end].isWord, tokens[end].isCapitalized { end += 1 }
    guard end > index, end + 1 < limit, tokens[end].kind == .punctuation,
      tokens[end].scalar == 0x2C, people.isPlace(index..<end), tokens[end + 1].isWord
    else { return nil }
    return end + 1
  }

  private func isYear(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.isWord, token.end - token.start == 4, token.end <= scalars.count else {
      return false
    }
    return (token.start..<token.end).allSatisfy { scalars[$0].properties.numericType != nil }
  }

  /// Stop words that may be the subject themselves or join clauses: `It`, `This`, `Who`.
  private static let subjectWords: Set<UInt64> = Set(
    [
      "it", "this", "that", "who", "which", "what", "there", "here", "how", "why", "and", "but",
      "so", "or", "not", "no", "yes", "also", "still", "then", "now", "es", "diese", "dieser",
      "dieses",
    ].map(QuoteToken.hash(of:)))
}
