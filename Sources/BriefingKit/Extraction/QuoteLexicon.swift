/// The word lists quote attribution relies on, keyed by ``QuoteToken`` hashes.
///
/// Words come from ``QuoteWords`` (English, German, Russian, French, Spanish, Italian,
/// Portuguese); looking one up costs a hash probe and builds no `String`.
struct QuoteLexicon: Sendable {
  /// The lexicon built from ``QuoteWords``.
  static let standard = QuoteLexicon()

  private let tables: Tables

  /// The look-up tables, shared by every copy: parsers and attributors each hold a lexicon,
  /// and copying one reference costs one retain where the five arrays inside cost five.
  private final class Tables: Sendable {
    let cues: [QuoteCue]
    let cueIndex: QuoteWordTable
    let classes: QuoteWordTable

    init(cues: [QuoteCue], cueIndex: QuoteWordTable, classes: QuoteWordTable) {
      self.cues = cues
      self.cueIndex = cueIndex
      self.classes = classes
    }
  }

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
    static let roleSuffix = WordClass(rawValue: 4096)
  }

  init() {
    var cues: [UInt64: QuoteCue] = [:]
    // Sized once: growing it ten times, word by word, cost more than hashing the words.
    cues.reserveCapacity(
      QuoteWords.verbs.count + QuoteWords.objectVerbs.count + QuoteWords.namingVerbs.count
        + QuoteWords.prepositions.count + 32)
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
    cues[QuoteToken.hash(of: "so")] = QuoteCue(
      kind: .preposition, language: "de", isAfterOnly: true)
    cues[QuoteToken.hash(of: "according")] = QuoteCue(
      kind: .preposition, next: QuoteToken.hash(of: "to"))
    cues[QuoteToken.hash(of: "zufolge")] = QuoteCue(kind: .postposition, language: "de")
    for word in [
      "angaben", "ansicht", "sicht", "auffassung", "meinung", "einschätzung", "worten",
      "aussagen",
      "aussage", "darstellung", "darstellungen", "bewertung", "überzeugung", "informationen",
      "erkenntnissen", "berichten",
    ] {
      cues[QuoteToken.hash(of: word)] = QuoteCue(kind: .preposition, language: "de")
    }
    for word in ["словам", "mots", "palabras", "parole", "palavras"] {
      cues[QuoteToken.hash(of: word)] = QuoteCue(kind: .possessiveNoun)
    }
    var cueIndex = QuoteWordTable(count: cues.count)
    let cueList = Array(cues.values)
    for (position, hash) in cues.keys.enumerated() { cueIndex.insert(hash, UInt32(position + 1)) }
    var classes = QuoteWordTable(count: 1200)
    let lists: [([String], WordClass)] = [
      (QuoteWords.determiners, .determiner), (QuoteWords.pronouns, .pronoun),
      (QuoteWords.pluralPronouns, .pluralPronoun), (QuoteWords.skippable, .skippable),
      (QuoteWords.stops, .stop), (QuoteWords.roleHeads, .roleHead),
      (QuoteWords.honorifics, .honorific), (QuoteWords.abbreviations, .abbreviation),
      (QuoteWords.workNouns, .workNoun), (QuoteWords.linking, .linking),
      (QuoteWords.conjunctions, .conjunction), (QuoteWords.organisations, .organisation),
      (QuoteWords.roleSuffixes, .roleSuffix),
    ]
    for (words, wordClass) in lists {
      for word in words { classes.insert(QuoteToken.hash(of: word), wordClass.rawValue) }
    }
    tables = Tables(cues: cueList, cueIndex: cueIndex, classes: classes)
  }

  /// The cue a word hash spells, if any.
  func cue(for hash: UInt64) -> QuoteCue? {
    let position = Int(tables.cueIndex.value(hash))
    return position > 0 && position <= tables.cues.count ? tables.cues[position - 1] : nil
  }

  /// True when a word hash spells a cue: ``cue(for:)`` without copying the cue out.
  func isCue(_ hash: UInt64) -> Bool {
    let position = Int(tables.cueIndex.value(hash))
    return position > 0 && position <= tables.cues.count
  }

  /// The classes of a word hash (empty for unknown words).
  func wordClass(_ hash: UInt64) -> WordClass { WordClass(rawValue: tables.classes.value(hash)) }

  /// True for a role noun, or a compound ending in one (`Bundesinnenminister`).
  func isRole(_ token: QuoteToken) -> Bool { token.hasRoleSuffix || `is`(token.hash, .roleHead) }

  /// The hash that stands for a role token's head noun (`sprecher` in `Polizeisprecher`).
  func roleHash(_ token: QuoteToken) -> UInt64 {
    if token.hasRoleSuffix { return token.roleSuffix }
    return Self.fullRoles[token.hash] ?? token.hash
  }

  /// Abbreviated titles and the role nouns they stand for: `Sen. Lund` is `the senator`.
  private static let fullRoles: [UInt64: UInt64] = Dictionary(
    uniqueKeysWithValues: [
      ("sen", "senator"), ("rep", "representative"), ("gov", "governor"),
      ("gen", "general"), ("pres", "president"), ("congressman", "representative"),
      ("congresswoman", "representative"), ("spokeswoman", "spokesman"),
      ("spokesperson", "spokesman"), ("chairwoman", "chairman"), ("chair", "chairman"),
    ].map { (QuoteToken.hash(of: $0.0), QuoteToken.hash(of: $0.1)) })

  /// True when the word hash belongs to `wordClass`.
  func `is`(_ hash: UInt64, _ wordClass: WordClass) -> Bool {
    tables.classes.value(hash) & wordClass.rawValue != 0
  }
}
