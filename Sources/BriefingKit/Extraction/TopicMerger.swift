/// The working state of ``TopicRanker``: groups of per-article topics that name one thing.
///
/// A session holds tens of thousands of groups, most of them seen in one article under one
/// name, so a group keeps small arrays rather than dictionaries and sets: ranking the BBC set's
/// 24,000 groups spent most of its time allocating and freeing those.
struct TopicMerger {
  /// A string and how many times it was seen.
  struct Tally {
    var value: String
    var count: Int
  }

  /// One session topic being built.
  struct Group {
    var names: [Tally] = []
    var kindScores = KindScores()
    var score = 0.0
    var mentions = 0
    /// Article ids in the order topics arrived, possibly repeated.
    var articles: [Int] = []
    /// Aliases in the order they arrived, possibly repeated.
    var aliases: [String] = []
    var roles: [Tally] = []
  }

  private(set) var groups: [Group] = []
  /// Lowercased names and aliases of entities, to the group they belong to.
  private(set) var byName: [String: Int] = [:]
  /// Stemmed lowercased key phrases, to their group.
  private var byPhrase: [String: Int] = [:]
  /// Lowercased key phrases already placed, to their phrase group: once a stem has a group it
  /// keeps it, so a phrase seen again skips stemming (the costly part of merging).
  private var byPhraseKey: [String: Int] = [:]
  /// Last word of multi-word person names, to their groups.
  private(set) var bySurname: [String: [Int]] = [:]

  /// A merger ready for about `capacity` topics, so that its tables do not grow step by step.
  init(capacity: Int = 0) {
    groups.reserveCapacity(capacity / 2)
    byName.reserveCapacity(capacity / 2)
    byPhrase.reserveCapacity(capacity / 2)
    byPhraseKey.reserveCapacity(capacity / 2)
  }

  /// Adds one article's topic to the group it names, or starts a group.
  mutating func add(_ topic: Topic, articleID: Int) {
    let key = topic.name.lowercased()
    let index: Int
    if topic.kind == .phrase {
      index = placePhrase(key: key)
    } else {
      // The names it may be known by, worked out once for finding its group and registering.
      let forms = (
        known: Self.knownGroup(of: topic, key: key), declined: Self.declined(topic, key: key)
      )
      index = group(forEntity: topic, key: key, forms: forms) ?? newGroup()
      registerEntity(topic, key: key, forms: forms, in: index)
    }
    Self.count(topic.name, in: &groups[index].names)
    groups[index].kindScores.add(topic.score, to: topic.kind)
    groups[index].score += topic.score
    groups[index].mentions += topic.mentions
    groups[index].articles.append(articleID)
    groups[index].aliases += topic.aliases
    if let role = topic.role { Self.count(role, in: &groups[index].roles) }
  }

  /// The merged topics, unsorted.
  func sessionTopics() -> [SessionTopic] {
    surnamesJoined().map { group in
      let name = Self.name(of: group.names)
      let aliases = Self.sortedUnique(group.aliases + group.names.map(\.value)).filter {
        $0 != name
      }
      let role = group.roles.max { ($0.count, $1.value) < ($1.count, $0.value) }?.value
      return SessionTopic(
        name: name, kind: group.kindScores.best ?? .other, score: group.score,
        mentions: group.mentions, articles: Self.sortedUnique(group.articles), aliases: aliases,
        role: role)
    }
  }

  /// The name a group is shown by: the longest of the names given in at least half as many
  /// articles as the most frequent one (`Vladimir Putin` over `Putin`), so that a long name
  /// one article gives (`ICM for BBC News`) never names a group of a hundred (`BBC News`).
  static func name(of names: [Tally]) -> String {
    guard names.count > 1 else { return names.first?.value ?? "" }
    let names = declinedTogether(names)
    let most = names.map(\.count).max() ?? 0
    return names.filter { 2 * $0.count >= most }.max { lhs, rhs in
      (TopicRanker.wordCount(lhs.value), lhs.count, rhs.value)
        < (TopicRanker.wordCount(rhs.value), rhs.count, lhs.value)
    }?.value ?? ""
  }

  /// The group of a key phrase: the one its stems already have, else an entity of that name,
  /// else a new one; the stems keep that group from then on.
  private mutating func placePhrase(key: String) -> Int {
    if let index = byPhraseKey[key] { return index }
    let phrase = Self.phraseKey(key)
    let index = byPhrase[phrase] ?? byName[key] ?? newGroup()
    byPhrase[phrase] = index
    byPhraseKey[key] = index
    return index
  }

  private mutating func group(
    forEntity topic: Topic, key: String, forms: (known: String?, declined: String?)
  ) -> Int? {
    if let index = byName[key] { return index }
    if let known = forms.known, let index = byName[known] { return index }
    if let declined = forms.declined, let index = byName[declined] { return index }
    for alias in topic.aliases where Self.joinsAcrossArticles(alias, of: key) {
      if let index = byName[alias.lowercased()] { return index }
    }
    // A lone surname gathers in its own group first: whether it joins a person is decided
    // over all its articles (``surnamesJoined()``).
    if let index = byPhraseKey[key] { return index }
    return byPhrase[Self.phraseKey(key)]
  }

  private mutating func newGroup() -> Int {
    groups.append(Group())
    return groups.count - 1
  }

  private mutating func registerEntity(
    _ topic: Topic, key: String, forms: (known: String?, declined: String?), in index: Int
  ) {
    if byName[key] == nil { byName[key] = index }
    if let known = forms.known, byName[known] == nil { byName[known] = index }
    if let declined = forms.declined, byName[declined] == nil { byName[declined] = index }
    for alias in topic.aliases where Self.joinsAcrossArticles(alias, of: key) {
      let name = alias.lowercased()
      if byName[name] == nil { byName[name] = index }
    }
    if topic.kind == .person || topic.kind == .other, let surname = Self.lastOfSeveralWords(key),
      !NameJoiners.join(key)
    {
      if !(bySurname[surname]?.contains(index) ?? false) {
        bySurname[surname, default: []].append(index)
      }
    }
  }

  /// Whether an alias an article found may join articles: an acronym (`NATO`) or a name of
  /// several words may; a single word that stood for a longer name in one article (`Ireland`
  /// for `James Ireland`, `Film` for a film magazine) may not, since elsewhere it names
  /// something else. Lone surnames meet their person through `bySurname` instead.
  private static func joinsAcrossArticles(_ alias: String, of key: String) -> Bool {
    guard lastOfSeveralWords(key) != nil, !alias.utf8.contains(0x20) else { return true }
    return isInitials(alias, of: key)
  }

  /// Whether `alias` is the acronym of the lowercased name `key`: its words' first letters,
  /// with or without its ``NameJoiners`` (`USA`, `NATO`; not `TV` for `country music tv`).
  static func isInitials(_ alias: String, of key: String) -> Bool {
    guard !alias.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) else { return false }
    let words = key.split(separator: " ")
    let letters = alias.lowercased()
    let all = String(words.compactMap(\.first))
    let content = String(
      words.filter { !NameJoiners.words.contains($0) }.compactMap(\.first))
    return letters == all || letters == content
  }

  /// The key of the group of names a place or a body is known by (`britain` → `united
  /// kingdom`), so that articles naming it differently meet in one group. A body's members
  /// meet it too (`Tories`, `Tory`, `Conservatives` → `conservative party`; `Lib Dems` →
  /// `liberal democrats`), and so do the singular and plural of any such name (`PCs`, `PC`).
  private static func knownGroup(of topic: Topic, key: String) -> String? {
    let groups = TopicLexicon.shared.aliasGroups
    switch topic.kind {
    case .place: return groups[key]
    case .organisation, .other:
      let member = memberForm(key)
      return groups[key] ?? groups[member] ?? (member == key ? nil : member)
    case .person, .phrase: return nil
    }
  }

  /// Adds `times` sightings of `value` to `tallies`.
  static func count(_ value: String, _ times: Int = 1, in tallies: inout [Tally]) {
    if let at = tallies.firstIndex(where: { $0.value == value }) {
      tallies[at].count += times
    } else {
      tallies.append(Tally(value: value, count: times))
    }
  }

  private static func sortedUnique<T: Comparable>(_ values: [T]) -> [T] {
    guard values.count > 1 else { return values }
    var unique: [T] = []
    for value in values.sorted() where unique.last != value { unique.append(value) }
    return unique
  }

  /// The last space-separated word of `key` when it has two or more (found over bytes: a
  /// split by `Character` was a sixth of ranking a session's topics).
  static func lastOfSeveralWords(_ key: String) -> String? {
    let bytes = key.utf8
    guard let lastLetter = bytes.lastIndex(where: { $0 != 0x20 }) else { return nil }
    let start = bytes[..<lastLetter].lastIndex(of: 0x20).map { bytes.index(after: $0) }
    guard let start, bytes[..<start].contains(where: { $0 != 0x20 }) else { return nil }
    return String(decoding: bytes[start...lastLetter], as: UTF8.self)
  }

  /// A key phrase reduced to light stems, so that inflected forms share a group.
  static func phraseKey(_ key: String) -> String {
    var stemmed: [UInt8] = []
    var word: [UInt8] = []
    func flush() {
      guard !word.isEmpty else { return }
      if !stemmed.isEmpty { stemmed.append(0x20) }
      stemmed += PhraseStemmer.stem(word, language: "und")
      word.removeAll(keepingCapacity: true)
    }
    for byte in key.utf8 {
      if byte == 0x20 { flush() } else { word.append(byte) }
    }
    flush()
    return String(decoding: stemmed, as: UTF8.self)
  }
}
