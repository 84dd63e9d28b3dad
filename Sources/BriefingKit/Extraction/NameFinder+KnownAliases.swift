extension NameFinder {
  /// Merges the names of one place or organisation (`UK` ≡ `Britain` ≡ `United Kingdom`, `NATO`
  /// ≡ `North Atlantic Alliance`; see ``TopicLexicon/aliasGroups``) into the most mentioned.
  mutating func mergeKnownAliases() {
    // The members of each group, in text order; the name kept is chosen over their own
    // mentions, before any merge adds up, so the order they come in does not decide it. An
    // article names few groups: a list searched in turn, not a dictionary hashing each name.
    var groups: [(name: String, members: [Int])] = []
    for index in candidates.indices where alive[index] && mayHaveKnownAliases(index) {
      // Hashed by bytes first: most keys have no group, which a bit of that hash tells.
      let key = candidates[index].key
      guard let group = lexicon.aliasGroup(of: key, hash: TopicForms.StringIDs.hash(key))
      else { continue }
      if let at = groups.firstIndex(where: { $0.name == group }) {
        groups[at].members.append(index)
      } else {
        groups.append((group, [index]))
      }
    }
    for (group, members) in groups where members.count > 1 {
      // The most mentioned name stays; on a tie, the group's own key (`United Kingdom`), then
      // the first.
      var keep = members[0]
      for member in members.dropFirst() {
        let (mentions, kept) = (candidates[member].mentions, candidates[keep].mentions)
        if mentions > kept
          || (mentions == kept && candidates[member].key == group && candidates[keep].key != group)
        {
          keep = member
        }
      }
      for member in members where member != keep { merge(member, into: keep) }
    }
  }

  /// Merges a lone given name into the one full name it opens (`Jacques` ≡ `Jacques Santini`);
  /// a given name shared by two full names in the article stays apart.
  mutating func mergeGivenNames() {
    var byFirst: [Int32: [Int]] = [:]
    var lone: [Int] = []
    for index in candidates.indices where alive[index] {
      let words = candidates[index].words
      guard let first = words.first, Int(first) < scan.classes.count,
        scan.classes[Int(first)].contains(.givenName)
      else { continue }
      if words.count == 1 { lone.append(index) } else { byFirst[first, default: []].append(index) }
    }
    for index in lone {
      guard let first = candidates[index].words.first, let owners = byFirst[first],
        owners.count == 1, let owner = owners.first,
        candidates[index].place < 3, candidates[index].organisation < 3,
        Self.mayShareRoles(candidates[index], candidates[owner])
      else { continue }
      merge(index, into: owner)
    }
  }

  /// Whether a lone given name may stand for a full name: not when it has a title the full
  /// name never has (`Prince Charles` beside `Charles Kennedy` is someone else). A title the
  /// full name's role ends with is one it has: `Sir Alan` is `Harbour Police Commissioner
  /// Sir Alan Reeve`, whose office and style were read as one role.
  static func mayShareRoles(_ given: NameCandidate, _ full: NameCandidate) -> Bool {
    given.roles.isEmpty
      || given.roles.keys.contains { role in
        full.roles[role] != nil || full.roles.keys.contains { $0.hasSuffix(" " + role) }
      }
  }

  /// Merges an organisation named by the words before the `of` of a longer name into it
  /// (`Reserve Bank` ≡ `Reserve Bank of Australia`), when only one longer name has that head.
  mutating func mergeOrganisationHeads() {
    var byHead: [NameWords: [Int]] = [:]
    for index in candidates.indices where alive[index] && candidates[index].words.count > 2 {
      let words = candidates[index].words
      guard
        let connector = words.firstIndex(where: {
          Int($0) < scan.classes.count && scan.classes[Int($0)].contains(.nameConnector)
        }), connector > 0
      else { continue }
      byHead[NameWords(words[..<connector]), default: []].append(index)
    }
    guard !byHead.isEmpty else { return }
    for index in candidates.indices where alive[index] && candidates[index].organisation >= 3 {
      guard let owners = byHead[candidates[index].words], owners.count == 1,
        let owner = owners.first, owner != index
      else { continue }
      merge(index, into: owner)
    }
  }

  /// Only places, acronyms and organisations are in the alias lists: other names skip the
  /// lookup.
  @inline(__always)
  private func mayHaveKnownAliases(_ index: Int) -> Bool {
    candidates[index].isGazetteerPlace || candidates[index].isAllCaps
      || candidates[index].organisation > 0
  }
}
