/// The audience a telling verb names before the words it reports: `told reporters the city
/// “cannot wait”`, `told CNN the plan was “a disaster”`, `warned them it would “fail”`.
extension QuoteClauses {
  /// The first token after the audience of the telling verb at `cue` that starts at `first`
  /// (a pronoun, an audience noun, or capitalised words after an optional `the`), or `first`
  /// when the verb tells no one or names no such audience.
  func afterAudience(of cue: Int, from first: Int, before open: Int) -> Int {
    guard Self.tellingVerbs.contains(tokens[cue].hash), first < open else { return first }
    if Self.audiences.contains(tokens[first].hash) { return first + 1 }
    var index = first
    if lexicon.is(tokens[index].hash, .determiner), index + 1 < open,
      tokens[index + 1].isCapitalized
    {
      index += 1
    }
    while index < open, tokens[index].isWord, tokens[index].isCapitalized { index += 1 }
    // `told BBC News 24 the result was …`, `told Radio 4`: a number ends the name.
    if index > first, index + 1 < open, isNumeral(index) { index += 1 }
    // `told the BBC's Today programme`: the run ends at a possessive, whose noun follows.
    return index > first && index < open && tokens[index].isWord ? index : first
  }

  /// True for a word of digits (`24`, `4`).
  private func isNumeral(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.isWord, token.start >= 0, token.end <= scalars.count, token.start < token.end
    else { return false }
    return scalars[token.start..<token.end].allSatisfy { QuoteScalar.isDigit($0.value) }
  }

  /// True for a telling verb at `index` (`told`, `warned`), whose audience may follow it.
  func isTelling(_ index: Int) -> Bool { Self.tellingVerbs.contains(tokens[index].hash) }

  private static let tellingVerbs = QuoteWordSet(
    ["told", "tells", "telling", "tell", "informed", "assured", "reminded", "warned"])
  private static let audiences = QuoteWordSet(
    [
      "him", "her", "them", "us", "me", "you", "reporters", "journalists", "supporters",
      "voters", "viewers", "listeners", "readers", "delegates", "lawmakers", "legislators",
      "senators", "students", "members", "investors", "donors", "mps", "colleagues", "audiences",
    ])
}
