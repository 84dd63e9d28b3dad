extension TopicMerger {
  /// For each group, the group it folds into (-1 for none) once each lone surname has joined
  /// the one person whose full name ends with it (`Putin` → `Vladimir Putin`).
  ///
  /// The join is decided over all the articles of the lone word, not article by article: it
  /// joins only when its articles, taken together, read it as a person, and the full name is
  /// a person too. A word that is mostly something else (`Blackburn` the club beside a `Tony
  /// Blackburn`, `Christmas` beside a `Merry Christmas`) stays apart, as does a place or an
  /// organisation that shares a person's name (`Ireland`, `James Ireland`), and a given name
  /// with a title (`Prince Charles` is not `Ray Charles`).
  func surnameFolds(
    _ candidates: [SurnameCandidate], _ groups: GroupMembers, _ totals: [GroupTotals]
  ) -> [Int32] {
    var joins: [(word: Int32, owner: Int32)] = []
    for candidate in candidates {
      let word = candidate.word
      guard let owner = mainPerson(among: candidate.owners, groups, totals), word != owner,
        totals[Int(word)].kindScores.best == .person,
        groups[word].allSatisfy({
          TopicRanker.wordCount(table.text(table.entries[Int($0)].name)) == 1
        }),
        !groups[word].contains(where: { table.role(of: Int($0)) >= 0 })
          || !candidate.isGivenName
      else { continue }
      joins.append((word, owner))
    }
    var folds = [Int32](repeating: -1, count: groupCount)
    // Sorted by owner too: a lone word known by two spellings (`Obama`, `Obamas`) can be the
    // surname of two people.
    for join in joins.sorted(by: { ($0.word, $0.owner) < ($1.word, $1.owner) })
    where folds[Int(join.word)] < 0 {
      folds[Int(join.word)] = join.owner
    }
    return folds
  }

  /// A surname that has a group of its own, read from the registries before they are freed.
  struct SurnameCandidate {
    /// The group of the lone word.
    var word: Int32
    /// The groups of the full names that end with it, in the order they were registered.
    var owners: [Int32]
    /// Whether the word is a common given name too (`Charles`).
    var isGivenName: Bool
  }

  /// The surnames, in the order first seen, that have a group of their own.
  func surnameCandidates() -> [SurnameCandidate] {
    surnames.compactMap { key in
      group(named: key).map { word in
        SurnameCandidate(
          word: word, owners: owners(of: key),
          isGivenName: TopicLexicon.shared.givenNames.contains(forms.strings[Int(key)]))
      }
    }
  }

  /// The person a lone surname means among the groups whose full names end with it: the only
  /// one, or the one in three times as many articles as any other (`Bush` is `George W Bush`
  /// when a `Kate Bush` or a `George Bush` are much rarer). Nil when no one stands out.
  private func mainPerson(
    among owners: [Int32], _ groups: GroupMembers, _ totals: [GroupTotals]
  ) -> Int32? {
    let people = owners.filter { totals[Int($0)].kindScores.best == .person }
      .map { group in
        (group: group, articles: Set(groups[group].map { articleID(of: $0) }).count)
      }
      .sorted { ($0.articles, $1.group) > ($1.articles, $0.group) }
    guard let first = people.first else { return nil }
    guard people.count > 1 else { return first.group }
    return first.articles >= 3 * people[1].articles ? first.group : nil
  }
}
