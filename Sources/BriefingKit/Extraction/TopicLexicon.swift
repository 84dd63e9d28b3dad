/// The names the topic extractors look up whole, read once from the `*Data` literals.
///
/// All entries are lowercase; lookups take the lowercased name. What the lexicon knows about
/// single words (stopwords of each language, titles, verb forms…) is in ``WordClassTable``,
/// built from the same lists by ``classTable()``, with one bit per list.
struct TopicLexicon: Sendable {
  /// The one parsed copy: the data are constants, so a `static let` is safe and lazy.
  static let shared = TopicLexicon()

  /// Languages with a stopword list, in bit order.
  static let languages = StopwordData.lists.map(\.language)

  /// Places of the gazetteer (``GazetteerData``), of one word or several, with their aliases.
  let places: Set<String>
  /// Words that make a name an organisation (``CueData/organisationWords``).
  let organisationWords: Set<String>
  /// Names of well-known organisations (``OrganisationData``), of one word or several.
  let knownOrganisations: Set<String>
  /// The companies among them, whose names open the names of their products (`Apple Mac`).
  let companies: Set<String>
  /// Common given names (``CueData/givenNames``).
  let givenNames: Set<String>
  /// Products and events of several words (``OrganisationData/products``,
  /// ``OrganisationData/events``): things, not organisations.
  let products: Set<String>
  let events: Set<String>
  /// Each name of a place or organisation with several (``GazetteerData/aliases``,
  /// ``CueData/organisationAliases``), to its group's first name: `britain` → `united kingdom`.
  let aliasGroups: [String: String]
  /// One bit per value of a hash's low 16 bits (``TopicForms/StringIDs/hash(_:)``), set for
  /// the hash of every name of ``aliasGroups`` (``aliasGroup(of:hash:)``).
  private let aliasGroupBits: [UInt64]

  init() {
    let placeGroups = Self.groups(GazetteerData.aliases)
    aliasGroups = placeGroups.merging(Self.groups(CueData.organisationAliases)) { place, _ in
      place
    }
    var bits = [UInt64](repeating: 0, count: Int(Self.aliasGroupMask + 1) / 64)
    for name in aliasGroups.keys {
      let hash = Int(TopicForms.StringIDs.hash(name) & Self.aliasGroupMask)
      bits[hash >> 6] |= 1 << (hash & 63)
    }
    aliasGroupBits = bits
    var places = Self.names(
      in: [GazetteerData.countries, GazetteerData.cities, GazetteerData.regions],
      extra: placeGroups.count)
    places.formUnion(placeGroups.keys)
    self.places = places
    organisationWords = Self.names(in: [CueData.organisationWords])
    let bodies = [OrganisationData.bodies]
    companies = Self.names(in: [OrganisationData.technology, OrganisationData.business])
    knownOrganisations = Self.names(in: bodies, extra: companies.count).union(companies)
    givenNames = Self.names(in: [CueData.givenNames])
    products = Self.names(in: [OrganisationData.products])
    events = Self.names(in: [OrganisationData.events])
  }

  /// The first name of the group of `name` in ``aliasGroups``, whose
  /// ``TopicForms/StringIDs/hash(_:)`` is `hash`. Most names have none, and a bit of their
  /// hash tells so without hashing the string again to look it up (SipHash over its scalars,
  /// about 470 instructions a name): equal strings hash alike, so a name whose bit is clear
  /// is in no group.
  func aliasGroup(of name: String, hash: UInt32) -> String? {
    let bit = Int(hash & Self.aliasGroupMask)
    guard aliasGroupBits[bit >> 6] & (1 << (bit & 63)) != 0 else { return nil }
    return aliasGroups[name]
  }

  /// The low bits of a hash that ``aliasGroupBits`` is indexed by.
  private static let aliasGroupMask: UInt32 = (1 << 16) - 1

  /// Lowercase words that may stand inside a key phrase, space-separated.
  static let phraseConnectors = "of de du des do da dos das di del della dei degli delle"

  /// The stopword bit mask for an ISO 639-1 code; every list for an unknown language.
  static func mask(for language: String) -> UInt8 {
    guard let bit = languages.firstIndex(of: language) else { return 0xFF }
    return UInt8(1) << UInt8(bit)
  }

  /// The items of `lists` (`|`-separated), in a set sized once for them and `extra` more.
  static func names(in lists: [String], extra: Int = 0) -> Set<String> {
    var count = extra
    for list in lists { WordList.forEachItem(in: list) { _ in count += 1 } }
    var names = Set<String>(minimumCapacity: count)
    for list in lists {
      WordList.forEachItem(in: list) { names.insert(String(decoding: $0, as: UTF8.self)) }
    }
    return names
  }

  /// Each name of `lines` (one group a line, `|`-separated) to its line's first name.
  private static func groups(_ lines: String) -> [String: String] {
    var groups: [String: String] = [:]
    var key = ""
    WordList.forEachGroupItem(in: lines) { item, isKey in
      let name = String(decoding: item, as: UTF8.self)
      if isKey { key = name }
      groups[name] = key
    }
    return groups
  }
}
