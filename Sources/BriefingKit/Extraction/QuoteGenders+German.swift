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

extension QuoteGenders {
  /// Gives each person of a German article whose gender the text leaves open the gender of
  /// their role noun, which German marks: `-in` and `-frau` are a woman's (`Ärztin`,
  /// `Bundeskanzlerin`), `-mann` and other person nouns a man's (`Trainer`, `Ökonom`,
  /// `Präsident`); an adjective noun in `-e` (`Vorsitzende`, `45-Jährige`) takes the gender of
  /// the article before it (`der`, `die`), as a noun in `-e` does (`der Franzose`).
  mutating func learnGermanRoles(_ people: QuotePeople) {
    let tokens = people.tokens
    for (index, person) in people.people.enumerated() where person.isPerson {
      guard let role = person.role, let last = role.last, last < tokens.count,
        tokens[last].isWord
      else { continue }
      let article = role.lowerBound > 0 ? tokens[role.lowerBound - 1] : nil
      let word = people.text(last..<(last + 1)).lowercased()
      let isRole = people.lexicon.isRole(tokens[last])
      if let gender = Self.germanRoleGender(word, isRole: isRole, article: article) {
        learn(gender, of: index)
      }
    }
  }

  /// The gender a German role noun gives, or nil when it gives none.
  static func germanRoleGender(_ word: String, isRole: Bool, article: QuoteToken?)
    -> Gender?
  {
    guard word.count >= 4 else { return nil }
    if feminineKin.contains(where: { word.hasSuffix($0) }) { return .female }
    if word.hasSuffix("frau") || word.hasSuffix("in") && !word.hasSuffix("innen") {
      return isRole || word.count >= 6 ? .female : nil
    }
    if word.hasSuffix("mann") { return .male }
    if word.hasSuffix("e") {
      guard let article else { return nil }
      return article.hash == der ? .male : article.hash == die ? .female : nil
    }
    return isRole || masculineEndings.contains(where: { word.hasSuffix($0) }) ? .male : nil
  }

  /// Nouns for a woman that end like a man's (`Tochter`, `Schwiegermutter`).
  private static let feminineKin = ["tochter", "mutter", "schwester", "witwe", "nichte", "tante"]
  /// Endings of German nouns for a man (`Sprecher`, `Direktor`, `Präsident`, `Jurist`).
  private static let masculineEndings = ["er", "or", "ent", "ant", "ist", "eur", "oge", "om"]
  private static let der = QuoteToken.hash(of: "der")
  private static let die = QuoteToken.hash(of: "die")
}
