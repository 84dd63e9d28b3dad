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
    let table = Self.table
    votes = [Int](repeating: 0, count: people.people.count)
    for (index, person) in people.people.enumerated() {
      for word in person.roleWords {
        add(3 * Self.vote(table.value(word), .maleRole, .femaleRole), to: index)
      }
      if person.words.count >= 2, let first = person.words.first {
        add(2 * Self.vote(table.value(first), .maleName, .femaleName), to: index)
      }
    }
    let occurrences = people.occurrences
    for (position, occurrence) in occurrences.enumerated() {
      let token = occurrence.token
      for back in [token - 1, token - 2] where back >= 0 && back < tokens.count {
        add(
          3 * Self.vote(table.value(tokens[back].hash), .maleTitle, .femaleTitle),
          to: occurrence.person)
      }
      // A bare surname that several people share (`Murphy` beside `Chris Murphy` and `Anne
      // Murphy`) may be either of them: its pronoun is no evidence for the one it went to.
      guard !people.isSharedSurname(at: token) else { continue }
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
    let bits = table.value(hash)
    if bits & WordClass.male.rawValue != 0 { return .male }
    if bits & WordClass.female.rawValue != 0 { return .female }
    return .unknown
  }

  private mutating func add(_ vote: Int, to person: Int) {
    if person >= 0 && person < votes.count { votes[person] += vote }
  }

  /// +1 for a masculine, -1 for a feminine pronoun before the sentence ends, else 0.
  private func firstPronoun(after token: Int, before limit: Int, _ tokens: [QuoteToken]) -> Int {
    let (he, himself, she, herself) = Self.voting
    let (er, sie) = Self.germanVoting
    var index = token + 1
    while index < min(tokens.count, limit, token + window) {
      let current = tokens[index]
      if current.kind == .mark || current.kind == .lineBreak { return 0 }
      if current.kind == .punctuation, QuoteScalar.isSentenceEnd(current.scalar) {
        return openingPronoun(at: index + 1, before: limit, tokens)
      }
      if current.isWord {
        let hash = current.hash
        if hash == he || hash == himself { return 1 }
        if hash == she || hash == herself { return -1 }
        if hash == er || hash == sie {  // the only words germanVote counts
          let german = Self.germanVote(tokens, at: index)
          if german != 0 { return german }
        }
      }
      index += 1
    }
    return 0
  }

  /// +1 or -1 for `He` or `She` opening the sentence at `index`, when nobody is named between:
  /// in `said Idris Okafor at the opening. He thanked the crews`, he is Okafor.
  private func openingPronoun(at index: Int, before limit: Int, _ tokens: [QuoteToken]) -> Int {
    guard index < min(tokens.count, limit), tokens[index].isCapitalized else { return 0 }
    let (he, _, she, _) = Self.voting
    return tokens[index].hash == he ? 1 : tokens[index].hash == she ? -1 : 0
  }

  /// True for a given name of the lists (`Paul`, `Ruth`): a role noun after one is a surname.
  static func isGivenName(_ hash: UInt64) -> Bool {
    table.value(hash) & (WordClass.maleName.rawValue | WordClass.femaleName.rawValue) != 0
  }

  /// The gender a courtesy title gives (`Mrs`, `Ms`, `Miss`, `Mr`, `Frau`, `Herr`).
  static func titleGender(_ hash: UInt64) -> Gender {
    gender(table.value(hash), .maleTitle, .femaleTitle)
  }

  /// The gender of a given name of the lists; `.unknown` for a name in both or neither.
  static func givenNameGender(_ hash: UInt64) -> Gender {
    gender(table.value(hash), .maleName, .femaleName)
  }

  private static func gender(_ bits: UInt32, _ male: WordClass, _ female: WordClass) -> Gender {
    let isMale = bits & male.rawValue != 0
    let isFemale = bits & female.rawValue != 0
    return isMale == isFemale ? .unknown : isMale ? .male : .female
  }

  /// +1 when `bits` hold `male`, -1 when they hold `female`, else 0.
  private static func vote(_ bits: UInt32, _ male: WordClass, _ female: WordClass) -> Int {
    if bits & male.rawValue != 0 { return 1 }
    return bits & female.rawValue != 0 ? -1 : 0
  }

  /// The gendered word lists, by hash, in one table: a probe costs no hashing (a `Set` did).
  private struct WordClass: OptionSet {
    let rawValue: UInt32
    static let maleName = WordClass(rawValue: 1)
    static let femaleName = WordClass(rawValue: 2)
    static let male = WordClass(rawValue: 4)
    static let female = WordClass(rawValue: 8)
    static let maleTitle = WordClass(rawValue: 16)
    static let femaleTitle = WordClass(rawValue: 32)
    static let maleRole = WordClass(rawValue: 64)
    static let femaleRole = WordClass(rawValue: 128)
  }

  private static let table: QuoteWordTable = {
    let lists: [([String], WordClass)] = [
      (QuoteFirstNames.male, .maleName), (QuoteFirstNames.female, .femaleName),
      (["he", "er", "il", "él", "он", "lui", "ele", "his", "he's"], .male),
      (["she", "sie", "elle", "ella", "она", "lei", "ela", "her", "she's"], .female),
      (["mr", "herr", "monsieur", "señor", "sir", "lord"], .maleTitle),
      (["mrs", "ms", "miss", "frau", "madame", "mme", "señora"], .femaleTitle),
      (
        [
          "spokesman", "congressman", "chairman", "councilman", "king", "prince", "businessman",
        ], .maleRole
      ),
      (
        [
          "spokeswoman", "congresswoman", "chairwoman", "councilwoman", "queen", "princess",
          "businesswoman", "sprecherin", "ministerin", "kanzlerin", "präsidentin", "chefin",
        ], .femaleRole
      ),
    ]
    var table = QuoteWordTable(count: lists.reduce(0) { $0 + $1.0.count })
    for (words, wordClass) in lists {
      for word in words { table.insert(QuoteToken.hash(of: word), wordClass.rawValue) }
    }
    return table
  }()

  /// `he`, `himself`, `she`, `herself`: the pronouns that vote in any language.
  private static let voting = (
    QuoteToken.hash(of: "he"), QuoteToken.hash(of: "himself"), QuoteToken.hash(of: "she"),
    QuoteToken.hash(of: "herself")
  )
  /// `er` and `sie`, which vote by ``germanVote(_:at:)``.
  private static let germanVoting = (QuoteToken.hash(of: "er"), QuoteToken.hash(of: "sie"))
}
