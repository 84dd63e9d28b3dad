/// The working state of ``TopicRanker``: groups of per-article topics that name one thing.
struct TopicMerger {
  /// One session topic being built.
  struct Group {
    var names: [String: Int] = [:]
    var kindScores: [TopicKind: Double] = [:]
    var score = 0.0
    var mentions = 0
    var articles: Set<Int> = []
    var aliases: Set<String> = []
    var roles: [String: Int] = [:]
    var isPhrase: Bool
  }

  private(set) var groups: [Group] = []
  /// Lowercased names and aliases of entities, to the group they belong to.
  private var byName: [String: Int] = [:]
  /// Stemmed lowercased key phrases, to their group.
  private var byPhrase: [String: Int] = [:]
  /// Last word of multi-word person names, to their groups.
  private var bySurname: [String: [Int]] = [:]

  /// Adds one article's topic to the group it names, or starts a group.
  mutating func add(_ topic: Topic, articleID: Int) {
    let key = topic.name.lowercased()
    // Stemming is the costly part of merging: once per topic, not once per lookup.
    let phrase = Self.phraseKey(key)
    let index = group(for: topic, key: key, phrase: phrase) ?? newGroup(for: topic)
    groups[index].names[topic.name, default: 0] += 1
    groups[index].kindScores[topic.kind, default: 0] += topic.score
    groups[index].score += topic.score
    groups[index].mentions += topic.mentions
    groups[index].articles.insert(articleID)
    groups[index].aliases.formUnion(topic.aliases)
    if let role = topic.role { groups[index].roles[role, default: 0] += 1 }
    register(topic, key: key, phrase: phrase, in: index)
  }

  /// The merged topics, unsorted.
  func sessionTopics() -> [SessionTopic] {
    groups.map { group in
      let name =
        group.names.max { lhs, rhs in
          (TopicRanker.wordCount(lhs.key), lhs.value, rhs.key)
            < (TopicRanker.wordCount(rhs.key), rhs.value, lhs.key)
        }?.key ?? ""
      let named = group.kindScores.filter { $0.key != .other }
      let kinds = named.isEmpty ? group.kindScores : named
      let kind = kinds.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }?.key
      let aliases = group.aliases.union(group.names.keys).subtracting([name]).sorted()
      let role = group.roles.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
      return SessionTopic(
        name: name, kind: kind ?? .other, score: group.score, mentions: group.mentions,
        articles: group.articles.sorted(), aliases: aliases, role: role)
    }
  }

  private func group(for topic: Topic, key: String, phrase: String) -> Int? {
    if topic.kind == .phrase {
      return byPhrase[phrase] ?? byName[key]
    }
    if let index = byName[key] { return index }
    for alias in topic.aliases {
      if let index = byName[alias.lowercased()] { return index }
    }
    guard TopicRanker.wordCount(key) == 1, let owners = bySurname[key], owners.count == 1
    else { return byPhrase[phrase] }
    return owners.first
  }

  private mutating func newGroup(for topic: Topic) -> Int {
    groups.append(Group(isPhrase: topic.kind == .phrase))
    return groups.count - 1
  }

  private mutating func register(_ topic: Topic, key: String, phrase: String, in index: Int) {
    if topic.kind == .phrase {
      byPhrase[phrase] = byPhrase[phrase] ?? index
      return
    }
    for name in [key] + topic.aliases.map({ $0.lowercased() }) where byName[name] == nil {
      byName[name] = index
    }
    if topic.kind == .person || topic.kind == .other, let surname = Self.lastOfSeveralWords(key) {
      if !(bySurname[surname]?.contains(index) ?? false) {
        bySurname[surname, default: []].append(index)
      }
    }
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
