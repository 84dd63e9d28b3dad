/// The word lists of the topic extractors, parsed once from the `*Data` literals.
///
/// All entries are lowercase; lookups take the lowercased word. Stopwords map to a bit mask of
/// the languages whose list holds the word, so one table serves every language.
struct TopicLexicon: Sendable {
  /// The one parsed copy: the data are constants, so a `static let` is safe and lazy.
  static let shared = TopicLexicon()

  /// Languages with a stopword list, in bit order.
  static let languages = StopwordData.lists.map(\.language)

  let stopwords: [String: UInt8]
  let places: Set<String>
  let titles: Set<String>
  let organisationWords: Set<String>
  /// Names of well-known organisations (``OrganisationData``), of one word or several.
  let knownOrganisations: Set<String>
  /// The companies among them, whose names open the names of their products (`Apple Mac`).
  let companies: Set<String>
  let givenNames: Set<String>
  let speechVerbs: Set<String>
  let placePrepositions: Set<String>
  let connectors: Set<String>
  let demonyms: Set<String>
  /// Each name of a place or organisation with several (``GazetteerData/aliases``,
  /// ``CueData/organisationAliases``), to its group's first name: `britain` → `united kingdom`.
  let aliasGroups: [String: String]
  /// Frequent general words, scored down as key phrases (English only so far).
  let commonWords: Set<String>
  /// Classes of every single word of the lists above, for one lookup per word.
  let classes: [String: TopicWordClass]
  /// The same classes keyed by UTF-8 bytes, for lookups that need no `String`.
  private let classIDs: ByteInterner
  private let classList: [TopicWordClass]
  /// Words with a final period that do not end a sentence (`Mr.`, `Gen.`, `Va.`).
  let abbreviations: Set<String>

  init() {
    var stopwords: [String: UInt8] = [:]
    for (bit, list) in StopwordData.lists.enumerated() {
      for word in Self.split(list.words, by: " ") {
        stopwords[word, default: 0] |= UInt8(1) << UInt8(bit)
      }
    }
    self.stopwords = stopwords
    let placeGroups = Self.groups(GazetteerData.aliases)
    let organisations = Self.groups(CueData.organisationAliases)
    aliasGroups = placeGroups.merging(organisations) { place, _ in place }
    places = Set(
      Self.split(GazetteerData.countries) + Self.split(GazetteerData.cities)
        + Self.split(GazetteerData.regions) + placeGroups.keys)
    titles = Set(Self.split(CueData.titles))
    organisationWords = Set(Self.split(CueData.organisationWords))
    companies = Set(
      Self.split(OrganisationData.technology) + Self.split(OrganisationData.business))
    knownOrganisations = companies.union(Self.split(OrganisationData.bodies))
    givenNames = Set(Self.split(CueData.givenNames))
    speechVerbs = Set(Self.split(CueData.speechVerbs))
    placePrepositions = Set(Self.split(CueData.placePrepositions))
    connectors = Set(Self.split(CueData.connectors))
    demonyms = Set(Self.split(CueData.demonyms))
    commonWords = Set(Self.split(CommonWordData.english, by: " "))
    abbreviations = places.union(titles).filter { $0.hasSuffix(".") }
    // `goldman` of `goldman sachs`: only names opened so are looked up whole.
    let organisationStarts = Set(
      knownOrganisations.compactMap { $0.split(separator: " ").dropLast().first.map(String.init) })
    var classes: [String: TopicWordClass] = [:]
    for (word, mask) in stopwords { classes[word, default: []].insert(.stopwords(mask)) }
    let lists: [(Set<String>, TopicWordClass)] = [
      (titles, .title), (organisationWords, .organisation), (givenNames, .givenName),
      (speechVerbs, .speechVerb), (placePrepositions, .placePreposition),
      (connectors, .nameConnector), (demonyms, .demonym), (commonWords, .common),
      (Self.phraseConnectors, .phraseConnector),
      (Set(Self.split(CueData.newsAgencies)), .credit),
      (Set(Self.split(CueData.topicCues)), .topicCue),
      (Set(Self.split(CueData.introducers)), .introducer),
      (Self.verbForms(), .verbForm),
      (Set(Self.split(WordFormData.adjectives, by: " ")), .adjective),
      (Set(Self.split(WordFormData.verbCues, by: " ")), .verbCue),
      (knownOrganisations, .knownOrganisation), (Set(Self.split(CueData.eventNouns)), .event),
      (organisationStarts, .organisationStart),
      (Set(places.compactMap { $0.split(separator: " ").first.map(String.init) }), .placeStart),
      (Set(Self.split(CueData.placeWords)), .placeWord),
      (Set(Self.split(CueData.commonAcronyms)), .commonAcronym),
      (Self.finiteVerbForms(), .finiteVerb),
    ]
    for (list, wordClass) in lists {
      for word in list where !word.contains(" ") { classes[word, default: []].insert(wordClass) }
    }
    // The scanner asks per word, before the period: one class bit instead of a `String` lookup.
    for abbreviation in abbreviations where !abbreviation.contains(" ") {
      classes[String(abbreviation.dropLast()), default: []].insert(.abbreviation)
    }
    self.classes = classes
    var classIDs = ByteInterner(capacity: classes.count)
    var classList: [TopicWordClass] = []
    for (word, wordClass) in classes {
      if classIDs.intern(Array(word.utf8)).isNew { classList.append(wordClass) }
    }
    self.classIDs = classIDs
    self.classList = classList
  }

  /// The classes of a lowercased word given as UTF-8 bytes.
  func classes(ofUTF8 bytes: ArraySlice<UInt8>) -> TopicWordClass {
    guard let id = classIDs.find(bytes) else { return [] }
    return classList[Int(id)]
  }

  /// The classes of a lowercased word, given as UTF-8 bytes and their ``ByteInterner`` hash.
  func classes(ofUTF8 bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> TopicWordClass {
    guard let id = classIDs.find(bytes, hash: hash) else { return [] }
    return classList[Int(id)]
  }

  /// Lowercase words that may stand inside a key phrase.
  static let phraseConnectors: Set<String> = [
    "of", "de", "du", "des", "do", "da", "dos", "das", "di", "del", "della", "dei", "degli",
    "delle",
  ]

  /// The stopword bit mask for an ISO 639-1 code; every list for an unknown language.
  static func mask(for language: String) -> UInt8 {
    guard let bit = languages.firstIndex(of: language) else { return 0xFF }
    return UInt8(1) << UInt8(bit)
  }

  /// True when `word` (lowercased) is a stopword in any language of `mask`.
  func isStopword(_ word: String, mask: UInt8) -> Bool {
    (stopwords[word] ?? 0) & mask != 0
  }

  /// Every form of ``WordFormData/verbs``, the past forms of its ``WordFormData/nounVerbs``
  /// and its irregular forms, without the `-ing` forms that are common nouns.
  static func verbForms() -> Set<String> {
    var forms = Set(split(WordFormData.irregularForms, by: " "))
    for base in split(WordFormData.verbs, by: " ") {
      forms.formUnion([base, thirdPerson(of: base), past(of: base), gerund(of: base)])
    }
    for base in split(WordFormData.nounVerbs, by: " ") { forms.insert(past(of: base)) }
    return forms.subtracting(split(WordFormData.ingNouns, by: " "))
  }

  /// The base and `-s` forms of ``WordFormData/verbs``: never a participle, which may be an
  /// adjective (`imported inflation`).
  static func finiteVerbForms() -> Set<String> {
    var forms = Set<String>()
    for base in split(WordFormData.verbs, by: " ") {
      forms.formUnion([base, thirdPerson(of: base)])
    }
    return forms
  }

  /// `warn` → `warns`, `push` → `pushes`, `deny` → `denies`.
  static func thirdPerson(of base: String) -> String {
    if base.hasSuffix("y") && !endsInVowelY(base) { return base.dropLast() + "ies" }
    let sibilant = ["s", "x", "z", "ch", "sh", "o"].contains { base.hasSuffix($0) }
    return base + (sibilant ? "es" : "s")
  }

  /// `warn` → `warned`, `agree` → `agreed`, `deny` → `denied` (doubled consonants are listed).
  static func past(of base: String) -> String {
    if base.hasSuffix("e") { return base + "d" }
    if base.hasSuffix("y") && !endsInVowelY(base) { return base.dropLast() + "ied" }
    return base + "ed"
  }

  /// `warn` → `warning`, `argue` → `arguing`, `die` → `dying`, `agree` → `agreeing`.
  static func gerund(of base: String) -> String {
    if base.hasSuffix("ie") { return base.dropLast(2) + "ying" }
    if base.hasSuffix("e") && !base.hasSuffix("ee") && base.count > 2 {
      return base.dropLast() + "ing"
    }
    return base + "ing"
  }

  private static func endsInVowelY(_ word: String) -> Bool {
    let scalars = Array(word.unicodeScalars)
    guard scalars.count >= 2 else { return false }
    return "aeiou".unicodeScalars.contains(scalars[scalars.count - 2])
  }

  /// Each name of `lines` (one group a line, `|`-separated) to its line's first name.
  private static func groups(_ lines: String) -> [String: String] {
    var groups: [String: String] = [:]
    for line in lines.split(separator: "\n") {
      let names = split(String(line))
      guard let key = names.first else { continue }
      for name in names { groups[name] = key }
    }
    return groups
  }

  private static func split(_ list: String, by separator: Character = "|") -> [String] {
    list.split(whereSeparator: { $0 == separator || $0 == "\n" }).compactMap { item in
      let word = item.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
      return word.isEmpty ? nil : word
    }
  }
}
