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
  mutating func surnameFolds(_ groups: GroupMembers, _ totals: [GroupTotals]) -> [Int32] {
    var joins: [(word: Int32, owner: Int32)] = []
    for key in surnames {
      guard let word = group(named: key),
        let owner = mainPerson(among: owners(of: key), groups, totals), word != owner,
        totals[Int(word)].kindScores.best == .person,
        groups[word].allSatisfy({ forms.words(table.entries[Int($0)].name) == 1 }),
        !groups[word].contains(where: { table.entries[Int($0)].role >= 0 })
          || !TopicLexicon.shared.givenNames.contains(forms.strings[Int(key)])
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

  /// The person a lone surname means among the groups whose full names end with it: the only
  /// one, or the one in three times as many articles as any other (`Bush` is `George W Bush`
  /// when a `Kate Bush` or a `George Bush` are much rarer). Nil when no one stands out.
  private func mainPerson(
    among owners: [Int32], _ groups: GroupMembers, _ totals: [GroupTotals]
  ) -> Int32? {
    let people = owners.filter { totals[Int($0)].kindScores.best == .person }
      .map { group in
        (group: group, articles: Set(groups[group].map { table.articleID(of: $0) }).count)
      }
      .sorted { ($0.articles, $1.group) > ($1.articles, $0.group) }
    guard let first = people.first else { return nil }
    guard people.count > 1 else { return first.group }
    return first.articles >= 3 * people[1].articles ? first.group : nil
  }
}
