extension NameFinder {
  /// Merges the names of one place or organisation (`UK` ≡ `Britain` ≡ `United Kingdom`, `NATO`
  /// ≡ `North Atlantic Alliance`; see ``TopicLexicon/aliasGroups``) into the most mentioned.
  mutating func mergeKnownAliases() {
    var byGroup: [String: Int] = [:]
    for index in candidates.indices where alive[index] && mayHaveKnownAliases(index) {
      guard let group = lexicon.aliasGroups[candidates[index].key] else { continue }
      guard let other = byGroup[group] else {
        byGroup[group] = index
        continue
      }
      // The most mentioned name stays; on a tie, the group's own key (`United Kingdom`).
      let (otherMentions, mentions) = (candidates[other].mentions, candidates[index].mentions)
      let keepOther =
        otherMentions > mentions || (otherMentions == mentions && candidates[index].key != group)
      let (keep, drop) = keepOther ? (other, index) : (index, other)
      merge(drop, into: keep)
      byGroup[group] = keep
    }
  }

  /// Only places, acronyms and organisations are in the alias lists: other names skip the
  /// lookup.
  @inline(__always)
  private func mayHaveKnownAliases(_ index: Int) -> Bool {
    let candidate = candidates[index]
    return candidate.isGazetteerPlace || candidate.isAllCaps || candidate.organisation > 0
  }
}
