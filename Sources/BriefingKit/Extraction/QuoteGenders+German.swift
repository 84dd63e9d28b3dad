/// German pronouns as gender evidence: `er` is always one man; `sie` is one woman only when
/// its verb is singular (`sie sagte`, `sagte sie`), not plural (`sie sagten`) or `Sie`.
extension QuoteGenders {
  /// +1 for `er`, -1 for a singular `sie` at token `index`, else 0.
  static func germanVote(_ tokens: [QuoteToken], at index: Int) -> Int {
    guard index >= 0, index < tokens.count, tokens[index].isLowercase else { return 0 }
    let hash = tokens[index].hash
    if hash == er { return 1 }
    guard hash == sie else { return 0 }
    for neighbour in [index + 1, index - 1] where neighbour >= 0 && neighbour < tokens.count {
      let token = tokens[neighbour]
      guard token.isWord, token.isLowercase else { continue }
      return isPluralVerb(token) ? 0 : -1
    }
    return 0
  }

  /// A verb form in `-en` (`sagten`, `haben`) or `sind`: plural, or the polite `Sie`.
  private static func isPluralVerb(_ token: QuoteToken) -> Bool {
    if token.hash == sind { return true }
    return token.lastScalar == 0x6E && token.end - token.start >= 3
  }

  private static let er = QuoteToken.hash(of: "er")
  private static let sie = QuoteToken.hash(of: "sie")
  private static let sind = QuoteToken.hash(of: "sind")
}

extension QuoteGenders {
  /// Gives each person of a German article whose gender the text leaves open the gender of
  /// their given name (`Jürgen Albers`, `Sabine Krämer`), from ``QuoteGermanNames``.
  mutating func learnGivenNames(_ people: QuotePeople) {
    for (index, person) in people.people.enumerated() where person.words.count >= 2 {
      guard let first = person.words.first, let gender = QuoteGermanNames.gender(first) else {
        continue
      }
      learn(gender, of: index)
    }
  }
}
