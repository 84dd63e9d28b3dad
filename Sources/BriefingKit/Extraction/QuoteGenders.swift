/// The grammatical gender the article uses for each person, so that `she said` is not given
/// to the last man quoted.
///
/// Evidence, from the text outside quotes: a courtesy title before a mention (`Mr.`, `Mrs.`,
/// `Ms.`, `Herr`, `Frau`), a gendered role word in the person's role (`spokeswoman`), and the
/// first singular pronoun after a mention in the same sentence (`Pereira said she …`), one
/// vote each; a given name that belongs to one gender (`Hillary`) counts two, titles and roles
/// three.
struct QuoteGenders {
  /// A person's gender as the text shows it.
  enum Gender: Int8 { case unknown = 0, male = 1, female = 2 }

  private var votes: [Int] = []
  private let window = 15

  init(people: QuotePeople) {
    let tokens = people.tokens
    votes = [Int](repeating: 0, count: people.people.count)
    for (index, person) in people.people.enumerated() {
      for word in person.roleWords { add(3 * Self.wordGender(word), to: index) }
      if person.words.count >= 2, let first = person.words.first {
        add(2 * Self.firstNameGender(first), to: index)
      }
    }
    let occurrences = people.occurrences
    for (position, occurrence) in occurrences.enumerated() {
      let token = occurrence.token
      for back in [token - 1, token - 2] where back >= 0 && back < tokens.count {
        add(3 * Self.titleGender(tokens[back].hash), to: occurrence.person)
      }
      let next = position + 1 < occurrences.count ? occurrences[position + 1].token : Int.max
      add(firstPronoun(after: token, before: next, tokens), to: occurrence.person)
    }
  }

  /// Records the gender a pronoun resolved to person `index` showed, when nothing else did:
  /// after `she said` went to Lena Ortiz, a later `he` is not her.
  mutating func learn(_ gender: Gender, of index: Int) {
    guard index >= 0, index < votes.count, votes[index] == 0 else { return }
    votes[index] = gender == .male ? 1 : gender == .female ? -1 : 0
  }

  /// The gender of person `index`.
  func gender(of index: Int) -> Gender {
    guard index >= 0, index < votes.count, votes[index] != 0 else { return .unknown }
    return votes[index] > 0 ? .male : .female
  }

  /// The gender a singular pronoun's hash refers to.
  static func pronounGender(_ hash: UInt64) -> Gender {
    if male.contains(hash) { return .male }
    if female.contains(hash) { return .female }
    return .unknown
  }

  private mutating func add(_ vote: Int, to person: Int) {
    if person >= 0 && person < votes.count { votes[person] += vote }
  }

  /// +1 for a masculine, -1 for a feminine pronoun before the sentence ends, else 0.
  private func firstPronoun(after token: Int, before limit: Int, _ tokens: [QuoteToken]) -> Int {
    var index = token + 1
    while index < min(tokens.count, limit, token + window) {
      let current = tokens[index]
      if current.kind == .mark || current.kind == .lineBreak { return 0 }
      if current.kind == .punctuation, QuoteScalar.isSentenceEnd(current.scalar) { return 0 }
      if current.isWord {
        if Self.votingMale.contains(current.hash) { return 1 }
        if Self.votingFemale.contains(current.hash) { return -1 }
        let german = Self.germanVote(tokens, at: index)
        if german != 0 { return german }
      }
      index += 1
    }
    return 0
  }

  private static func titleGender(_ hash: UInt64) -> Int {
    if maleTitles.contains(hash) { return 1 }
    return femaleTitles.contains(hash) ? -1 : 0
  }

  private static func firstNameGender(_ hash: UInt64) -> Int {
    if maleNames.contains(hash) { return 1 }
    return femaleNames.contains(hash) ? -1 : 0
  }

  private static func wordGender(_ hash: UInt64) -> Int {
    if maleRoles.contains(hash) { return 1 }
    return femaleRoles.contains(hash) ? -1 : 0
  }

  private static func set(_ words: [String]) -> Set<UInt64> {
    Set(words.map(QuoteToken.hash(of:)))
  }

  private static let maleNames = set(QuoteFirstNames.male)
  private static let femaleNames = set(QuoteFirstNames.female)
  private static let male = set(["he", "er", "il", "él", "он", "lui", "ele"])
  private static let female = set(["she", "sie", "elle", "ella", "она", "lei", "ela"])
  private static let votingMale = set(["he", "himself"])
  private static let votingFemale = set(["she", "herself"])
  private static let maleTitles = set(["mr", "herr", "monsieur", "señor", "sir", "lord"])
  private static let femaleTitles = set(["mrs", "ms", "miss", "frau", "madame", "mme", "señora"])
  private static let maleRoles = set([
    "spokesman", "congressman", "chairman", "councilman", "king", "prince", "businessman",
  ])
  private static let femaleRoles = set([
    "spokeswoman", "congresswoman", "chairwoman", "councilwoman", "queen", "princess",
    "businesswoman", "sprecherin", "ministerin", "kanzlerin", "präsidentin", "chefin",
  ])
}
