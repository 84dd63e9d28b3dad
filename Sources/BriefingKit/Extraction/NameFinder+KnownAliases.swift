extension NameFinder {
  /// Merges the names of one place (`UK` ≡ `Britain` ≡ `United Kingdom`, see
  /// ``GazetteerData/aliases``) into the most mentioned of them.
  mutating func mergePlaceAliases() {
    var byGroup: [String: Int] = [:]
    for index in candidates.indices where alive[index] && candidates[index].isGazetteerPlace {
      guard let group = lexicon.placeGroups[candidates[index].key] else { continue }
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
}
