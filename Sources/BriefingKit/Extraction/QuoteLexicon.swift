/// The word lists quote attribution relies on, keyed by ``QuoteToken`` hashes.
///
/// Words come from ``QuoteWords`` (English, German, Russian, French, Spanish, Italian,
/// Portuguese); looking one up costs a hash probe and builds no `String`.
struct QuoteLexicon: Sendable {
  /// The lexicon built from ``QuoteWords``.
  static let standard = QuoteLexicon()

  private let cues: [UInt64: QuoteCue]
  private let classes: [UInt64: WordClass]

  /// Word classes that delimit and describe speaker mentions.
  struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32
    static let determiner = WordClass(rawValue: 1)
    static let pronoun = WordClass(rawValue: 2)
    static let pluralPronoun = WordClass(rawValue: 4)
    static let skippable = WordClass(rawValue: 8)
    static let stop = WordClass(rawValue: 16)
    static let roleHead = WordClass(rawValue: 32)
    static let honorific = WordClass(rawValue: 64)
    static let abbreviation = WordClass(rawValue: 128)
    static let workNoun = WordClass(rawValue: 256)
    static let linking = WordClass(rawValue: 512)
    static let conjunction = WordClass(rawValue: 1024)
    static let organisation = WordClass(rawValue: 2048)
  }

  init() {
    var cues: [UInt64: QuoteCue] = [:]
    for word in QuoteWords.verbs { cues[QuoteToken.hash(of: word)] = QuoteCue(kind: .verb) }
    for word in QuoteWords.objectVerbs {
      cues[QuoteToken.hash(of: word)] = QuoteCue(kind: .verb, objectFollows: true)
    }
    for word in QuoteWords.namingVerbs {
      cues[QuoteToken.hash(of: word)] = QuoteCue(kind: .verb, objectFollows: true, isWeak: true)
    }
    for (word, language) in QuoteWords.prepositions {
      cues[QuoteToken.hash(of: word)] = QuoteCue(kind: .preposition, language: language)
    }
    cues[QuoteToken.hash(of: "according")] = QuoteCue(
      kind: .preposition, next: QuoteToken.hash(of: "to"))
    cues[QuoteToken.hash(of: "zufolge")] = QuoteCue(kind: .postposition, language: "de")
    for word in ["словам", "mots", "palabras", "parole", "palavras", "worten"] {
      cues[QuoteToken.hash(of: word)] = QuoteCue(kind: .possessiveNoun)
    }
    self.cues = cues
    var classes: [UInt64: WordClass] = [:]
    let lists: [([String], WordClass)] = [
      (QuoteWords.determiners, .determiner), (QuoteWords.pronouns, .pronoun),
      (QuoteWords.pluralPronouns, .pluralPronoun), (QuoteWords.skippable, .skippable),
      (QuoteWords.stops, .stop), (QuoteWords.roleHeads, .roleHead),
      (QuoteWords.honorifics, .honorific), (QuoteWords.abbreviations, .abbreviation),
      (QuoteWords.workNouns, .workNoun), (QuoteWords.linking, .linking),
      (QuoteWords.conjunctions, .conjunction), (QuoteWords.organisations, .organisation),
    ]
    for (words, wordClass) in lists {
      for word in words { classes[QuoteToken.hash(of: word), default: []].insert(wordClass) }
    }
    self.classes = classes
  }

  /// The cue a word hash spells, if any.
  func cue(for hash: UInt64) -> QuoteCue? { cues[hash] }

  /// The classes of a word hash (empty for unknown words).
  func wordClass(_ hash: UInt64) -> WordClass { classes[hash] ?? [] }

  /// True when the word hash belongs to `wordClass`.
  func `is`(_ hash: UInt64, _ wordClass: WordClass) -> Bool {
    classes[hash]?.contains(wordClass) ?? false
  }
}
