/// The working state of ``TopicRanker``: which group of per-article topics each topic joins.
///
/// Topics are the entries of a ``TopicTable``, and every key they are filed under is a string
/// id of ``TopicForms``, so the registries are arrays indexed by id rather than dictionaries of
/// strings, and adding a topic records only its group: what a group holds is read from its
/// topics once all are placed (``TopicMerger/sessionTopics()``). A session holds tens of
/// thousands of groups, most seen in one article under one name; allocating arrays per group
/// and hashing strings per topic was most of the time of ranking the BBC set.
struct TopicMerger {
  /// A string and how many times it was seen.
  struct Tally {
    var value: String
    var count: Int
    /// The string's id in the table, -1 when it has none.
    var id: Int32 = -1
  }

  /// The topics merged.
  let table: TopicTable
  var forms: TopicForms
  /// The table's entries in the order they were added (``add(_:)``), and the group of each:
  /// the entries are the ranker's order itself, not a copy beside it.
  private(set) var added: (entries: [Int32], groups: [Int32]) = ([], [])
  private(set) var groupCount = 0
  /// By string id: the group of an entity's lowercased name or alias (-1 for none).
  private var byName: [Int32] = []
  /// By string id: the group of a stemmed lowercased key phrase.
  private var byPhrase: [Int32] = []
  /// By string id: the group of a lowercased key phrase already placed; once a stem has a
  /// group it keeps it, so a phrase seen again skips its stem.
  private var byPhraseKey: [Int32] = []
  /// By entry, the position of its article in the table (``TopicTable/articlePositions()``),
  /// filled from the start when the table has German articles, else once the registries are
  /// freed.
  var articlePositions: [Int32] = []
  /// By string id of a surname: the first of its owners in ``owners``, -1 for none.
  private var surnameHead: [Int32] = []
  /// Groups of multi-word person names by their last word, each link to the next (-1 ends).
  private(set) var owners: [(group: Int32, next: Int32)] = []
  /// The surnames with owners, in the order first seen.
  private(set) var surnames: [Int32] = []

  /// A merger of the topics of `table`, ready for about `capacity` of them.
  init(_ table: TopicTable, capacity: Int = 0) {
    self.table = table
    forms = TopicForms(table)
    added.groups.reserveCapacity(capacity)
    // Room for as many string ids as the forms expect, so the registries never regrow.
    for registry in [\Self.byName, \.byPhrase, \.byPhraseKey, \.surnameHead] {
      self[keyPath: registry].reserveCapacity(forms.capacity)
    }
    // A German key phrase is keyed by its article's language (``isGerman(_:)``).
    if table.hasGerman { articlePositions = table.articlePositions() }
  }

  /// Whether the table's topic `entry` is from a German article.
  func isGerman(_ entry: Int) -> Bool {
    guard table.hasGerman, entry < articlePositions.count else { return false }
    return table.isGerman(article: Int(articlePositions[entry]))
  }

  /// Adds the table's topics `entries`, in that order, each to the group it names or to a
  /// group it starts.
  mutating func add(_ entries: [Int32]) {
    added.entries = entries
    for entry in entries { add(Int(entry)) }
  }

  /// Adds the table's topic `entry` to the group it names, or starts a group.
  private mutating func add(_ entry: Int) {
    let topic = table.entries[entry]
    var key = forms.key(topic.name)
    // `PCs` is filed as `PC`; its lowercased key would be that of `PCS`, another body.
    if topic.kind == .organisation || topic.kind == .other,
      let singular = forms.acronymSingular(topic.name)
    {
      key = singular
    }
    growRegistries()
    let index: Int32
    if topic.kind == .phrase {
      index = placePhrase(key: key, isGerman: isGerman(entry))
    } else {
      let keys = entityKeys(entry, topic, key: key)
      index = group(forEntity: keys) ?? newGroup()
      register(topic, keys: keys, in: index)
    }
    added.groups.append(index)
  }

  /// The group of a key phrase: the one its stems already have, else an entity of that name,
  /// else a new one; the stems keep that group from then on. A German phrase is stemmed by
  /// its case and plural endings (``TopicForms/germanPhrase(_:)``), others by English plurals.
  private mutating func placePhrase(key: Int32, isGerman: Bool) -> Int32 {
    if let index = Self.at(byPhraseKey, key) { return index }
    let phrase = isGerman ? forms.germanPhrase(key) : forms.phrase(key)
    growRegistries()
    let index = Self.at(byPhrase, phrase) ?? Self.at(byName, key) ?? newGroup()
    byPhrase[Int(phrase)] = index
    byPhraseKey[Int(key)] = index
    return index
  }

  /// The keys an entity may be known by: its lowercased name, the known group of a place or a
  /// body, the declined form of a name of several words, and the aliases that join articles
  /// (-1 for a key it has not).
  private mutating func entityKeys(
    _ entry: Int, _ topic: TopicTable.Entry, key: Int32
  ) -> EntityKeys {
    var keys = EntityKeys(key: key)
    switch topic.kind {
    case .place: keys.known = forms.placeGroup(key)
    case .organisation, .other: keys.known = forms.memberGroup(key)
    case .person, .phrase: break
    }
    if topic.kind != .person { keys.declined = forms.declined(key) }
    for at in table.aliases(of: entry) {
      let alias = table.aliasIDs[at]
      if joinsAcrossArticles(alias, of: key) { keys.aliases.append(forms.key(alias)) }
    }
    growRegistries()
    return keys
  }

  private mutating func group(forEntity keys: EntityKeys) -> Int32? {
    if let index = Self.at(byName, keys.key) { return index }
    if let index = Self.at(byName, keys.known) { return index }
    if let index = Self.at(byName, keys.declined) { return index }
    for alias in keys.aliases {
      if let index = Self.at(byName, alias) { return index }
    }
    // A lone surname gathers in its own group first: whether it joins a person is decided
    // over all its articles (``surnamesJoined()``).
    if let index = Self.at(byPhraseKey, keys.key) { return index }
    let phrase = forms.phrase(keys.key)
    growRegistries()
    return Self.at(byPhrase, phrase)
  }

  private mutating func newGroup() -> Int32 {
    groupCount += 1
    return Int32(groupCount - 1)
  }

  private mutating func register(_ topic: TopicTable.Entry, keys: EntityKeys, in index: Int32) {
    claim(keys.key, for: index)
    claim(keys.known, for: index)
    claim(keys.declined, for: index)
    for alias in keys.aliases { claim(alias, for: index) }
    guard topic.kind == .person || topic.kind == .other else { return }
    let surname = forms.surname(keys.key)
    guard surname >= 0 else { return }
    growRegistries()
    var link = surnameHead[Int(surname)]
    if link < 0 { surnames.append(surname) }
    while link >= 0 {
      if owners[Int(link)].group == index { return }
      link = owners[Int(link)].next
    }
    owners.append((index, surnameHead[Int(surname)]))
    surnameHead[Int(surname)] = Int32(owners.count - 1)
  }

  /// Files `group` under the entity key `key` unless another group has it (or there is no key).
  private mutating func claim(_ key: Int32, for group: Int32) {
    if key >= 0 && byName[Int(key)] < 0 { byName[Int(key)] = group }
  }

  /// Whether an alias an article found may join articles: an acronym (`NATO`) or a name of
  /// several words may; a single word that stood for a longer name in one article (`Ireland`
  /// for `James Ireland`, `Film` for a film magazine) may not, since elsewhere it names
  /// something else. Lone surnames meet their person through the surnames instead.
  private mutating func joinsAcrossArticles(_ alias: Int32, of key: Int32) -> Bool {
    let shape = forms.shape(alias)
    guard forms.hasSeveralWords(key), !shape.hasSpace else { return true }
    // An acronym: no lowercase letter, and the words' first letters, with or without the
    // joining words (`USA`, `NATO`; not `TV` for `country music tv`).
    guard !shape.hasLowercase else { return false }
    let letters = forms.key(alias)
    let initials = forms.initials(key)
    return forms.strings[Int(letters)] == initials.all
      || forms.strings[Int(letters)] == initials.content
  }

  /// The groups of the surname `key`, in the order they were registered.
  func owners(of key: Int32) -> [Int32] {
    var groups: [Int32] = []
    var link = Int(key) < surnameHead.count ? surnameHead[Int(key)] : -1
    while link >= 0 {
      groups.append(owners[Int(link)].group)
      link = owners[Int(link)].next
    }
    return groups
  }

  /// The group filed under `key` in `registry`, nil for none or no key.
  private static func at(_ registry: [Int32], _ key: Int32) -> Int32? {
    guard key >= 0, Int(key) < registry.count else { return nil }
    let index = registry[Int(key)]
    return index >= 0 ? index : nil
  }

  /// The id of the article of the table's topic `entry`.
  func articleID(of entry: Int32) -> Int {
    let index = Int(entry)
    guard index < articlePositions.count else { return table.articleID(of: entry) }
    return table.articles[Int(articlePositions[index])]
  }

  /// The group filed under the entity key `key`, nil for none.
  func group(named key: Int32) -> Int32? { Self.at(byName, key) }

  /// Frees the keys and registries once every topic has its group (and the surnames have been
  /// read from them): only the groups' topics are needed to make them session topics.
  mutating func releaseRegistries() {
    forms = TopicForms(TopicTable(capacity: 0))
    (byName, byPhrase, byPhraseKey, surnameHead) = ([], [], [], [])
    (owners, surnames, added) = ([], [], ([], []))
  }

  /// Makes room in the registries for every string id given so far. Inlined, as most calls
  /// find room already: a call each cost 26 instructions, 110,000 calls over the BBC set.
  @inline(__always)
  private mutating func growRegistries() {
    if forms.count > byName.count { addRoom() }
  }

  /// ``growRegistries()`` once some ids have no slot.
  @inline(never)
  private mutating func addRoom() {
    let missing = forms.count - byName.count
    guard missing > 0 else { return }
    // Within the capacity reserved, a thousand slots at a time (a few at a time cost 10 M
    // instructions over the BBC set); beyond it, half as many again.
    let spare = byName.capacity - byName.count
    let room = repeatElement(
      Int32(-1),
      count: missing <= spare ? min(spare, max(missing, 1024)) : max(missing, byName.count / 2))
    byName += room
    byPhrase += room
    byPhraseKey += room
    surnameHead += room
  }
}

/// The keys an entity may be known by, as string ids of ``TopicForms`` (-1 for none).
struct EntityKeys {
  var key: Int32
  var known: Int32 = -1
  var declined: Int32 = -1
  var aliases: [Int32] = []
}
