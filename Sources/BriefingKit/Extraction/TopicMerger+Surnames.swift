extension TopicMerger {
  /// The groups once each lone surname has joined the one person whose full name ends with it
  /// (`Putin` → `Vladimir Putin`), those folded in left out.
  ///
  /// The join is decided over all the articles of the lone word, not article by article: it
  /// joins only when its articles, taken together, read it as a person, and the full name is
  /// a person too. A word that is mostly something else (`Blackburn` the club beside a `Tony
  /// Blackburn`, `Christmas` beside a `Merry Christmas`) stays apart, as does a place or an
  /// organisation that shares a person's name (`Ireland`, `James Ireland`), and a given name
  /// with a title (`Prince Charles` is not `Ray Charles`).
  func surnamesJoined() -> [Group] {
    var joins: [(word: Int, owner: Int)] = []
    for (key, owners) in bySurname {
      guard let word = byName[key], let owner = mainPerson(among: owners), word != owner,
        groups[word].names.allSatisfy({ TopicRanker.wordCount($0.value) == 1 }),
        groups[word].kindScores.best == .person,
        groups[word].roles.isEmpty || !TopicLexicon.shared.givenNames.contains(key)
      else { continue }
      joins.append((word, owner))
    }
    guard !joins.isEmpty else { return groups }
    var joined = groups
    var isFolded = [Bool](repeating: false, count: groups.count)
    // Sorted by owner too: a lone word known by two spellings (`Obama`, `Obamas`) can be the
    // surname of two people, and the dictionary lists its keys in a different order each run.
    for join in joins.sorted(by: { ($0.word, $0.owner) < ($1.word, $1.owner) })
    where !isFolded[join.word] {
      joined[join.owner].absorb(groups[join.word])
      isFolded[join.word] = true
    }
    return joined.indices.filter { !isFolded[$0] }.map { joined[$0] }
  }

  /// The person a lone surname means among the groups whose full names end with it: the only
  /// one, or the one in three times as many articles as any other (`Bush` is `George W Bush`
  /// when a `Kate Bush` or a `George Bush` are much rarer). Nil when no one stands out.
  private func mainPerson(among owners: [Int]) -> Int? {
    let people = owners.filter { groups[$0].kindScores.best == .person }
      .map { (group: $0, articles: Set(groups[$0].articles).count) }
      .sorted { ($0.articles, $1.group) > ($1.articles, $0.group) }
    guard let first = people.first else { return nil }
    guard people.count > 1 else { return first.group }
    return first.articles >= 3 * people[1].articles ? first.group : nil
  }
}

extension TopicMerger.Group {
  /// Folds `other` into this group: its names, kinds, scores, articles, aliases and roles.
  mutating func absorb(_ other: Self) {
    for tally in other.names { TopicMerger.count(tally.value, tally.count, in: &names) }
    kindScores.add(other.kindScores)
    score += other.score
    mentions += other.mentions
    articles += other.articles
    aliases += other.aliases
    for tally in other.roles { TopicMerger.count(tally.value, tally.count, in: &roles) }
  }
}
