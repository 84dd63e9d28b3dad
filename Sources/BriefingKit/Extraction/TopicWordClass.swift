/// What the topic lexicon knows about one lowercased word, as bits, so that one table lookup
/// per distinct word answers every question the extractors ask about it.
struct TopicWordClass: OptionSet, Sendable, Hashable {
  let rawValue: UInt32

  /// The stopword bit of the language at `bit` in ``TopicLexicon/languages`` (bits 0 to 7).
  static func stopword(bit: Int) -> TopicWordClass { TopicWordClass(rawValue: 1 << UInt32(bit)) }
  /// Every stopword bit.
  static let anyStopword = TopicWordClass(rawValue: 0xFF)
  static let title = TopicWordClass(rawValue: 1 << 8)
  static let organisation = TopicWordClass(rawValue: 1 << 9)
  static let givenName = TopicWordClass(rawValue: 1 << 10)
  static let speechVerb = TopicWordClass(rawValue: 1 << 11)
  static let placePreposition = TopicWordClass(rawValue: 1 << 12)
  /// May join two capitalised words of a name (`of`, `de`, `von`).
  static let nameConnector = TopicWordClass(rawValue: 1 << 13)
  static let demonym = TopicWordClass(rawValue: 1 << 14)
  /// A frequent general English word (``CommonWordData``).
  static let common = TopicWordClass(rawValue: 1 << 15)
  /// May stand inside a key phrase (`head of state`, `chefe de Estado`).
  static let phraseConnector = TopicWordClass(rawValue: 1 << 16)

  /// A news agency credited in a byline (`AP`, `Reuters`).
  static let credit = TopicWordClass(rawValue: 1 << 17)
  /// Says what is discussed (`discuss`, `agenda`, `topics`): see ``CueData/topicCues``.
  static let topicCue = TopicWordClass(rawValue: 1 << 18)
  /// Written in a script other than Latin (Cyrillic, Greek, Arabic, CJK…): in a Latin-script
  /// article, a word quoted from another language.
  static let nonLatin = TopicWordClass(rawValue: 1 << 19)
  /// Opens a noun phrase: an article, possessive or preposition (``CueData/introducers``).
  static let introducer = TopicWordClass(rawValue: 1 << 20)
  /// With a final period, an abbreviation that does not end a sentence (`mr`, `gen`, `va`):
  /// a place or title listed with its period (see ``TopicLexicon/classTable()``).
  static let abbreviation = TopicWordClass(rawValue: 1 << 21)
  /// An English verb form that is never a noun (`warns`, `spoke`, `promised`): it reports what
  /// happened to a topic but does not name one (``WordFormData``).
  static let verbForm = TopicWordClass(rawValue: 1 << 22)
  /// An English adjective that describes a topic but cannot name one alone (`desperate`).
  static let adjective = TopicWordClass(rawValue: 1 << 23)
  /// A modal, auxiliary, subject pronoun, copula or negation: the word after it is a verb or a
  /// predicate, not a noun (`will not wait`, `was desperate`).
  static let verbCue = TopicWordClass(rawValue: 1 << 24)
  /// A company or body known by this one word (`Google`, `NATO`): see ``OrganisationData``.
  static let knownOrganisation = TopicWordClass(rawValue: 1 << 25)
  /// A noun that names an event when it ends a name (`General Election`, `World Cup`).
  static let event = TopicWordClass(rawValue: 1 << 26)
  /// The first word of a known organisation's name of several words (`goldman`, `world`).
  static let organisationStart = TopicWordClass(rawValue: 1 << 27)
  /// The first word of a gazetteer place's name (`new` of `new york`, `france`): only names
  /// opened so are looked up among the places.
  static let placeStart = TopicWordClass(rawValue: 1 << 28)
  /// A noun of geography or streets that makes a name a place (`Isle of Sheppey`, `Downing
  /// Street`): see ``CueData/placeWords``.
  static let placeWord = TopicWordClass(rawValue: 1 << 29)
  /// An abbreviation of a common noun written in capitals (`TV`, `DVD`): never a name's kind
  /// cue (``CueData/commonAcronyms``).
  static let commonAcronym = TopicWordClass(rawValue: 1 << 30)
  /// The base or `-s` form of an English verb that is rarely a noun (`pursue`, `introduces`):
  /// a phrase opened by one is a verb with its object.
  static let finiteVerb = TopicWordClass(rawValue: 1 << 31)

  /// The stopword bits of `mask` (a ``TopicLexicon/mask(for:)`` value).
  static func stopwords(_ mask: UInt8) -> TopicWordClass { TopicWordClass(rawValue: UInt32(mask)) }
}
