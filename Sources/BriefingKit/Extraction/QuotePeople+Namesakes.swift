/// People who share a surname (English and other non-German text): `Mr Blair` beside `Sir Ian
/// Blair` and `Tony Blair` is the one the title fits, else the one named in full last.
extension QuotePeople {
  /// The person a one-word mention at `name` means when `index`, the person found for it,
  /// shares the surname with someone else named in full: the only one whose title fits (`Mr`
  /// is not a knight or peer written `Sir Ian Blair`), else the one whose full name stands
  /// last before the mention, in a sentence of its own; nil when none does. `index` itself
  /// for any other mention.
  func sharedSurnameHolder(_ index: Int, mention name: Range<Int>) -> Int? {
    guard !isGerman, name.count == 1, let word = name.first, word < tokens.count,
      index >= 0, index < people.count, let owners = byLastWord[nameHash(word)],
      owners.count >= 2
    else { return index }
    let size = people[index].words.count
    let title = titleToken(before: word)
    let gender = titleGender(before: word)
    // Rivals are people with a given name (`Tony`, `Ian`), not `American Dent`.
    var rivals = owners.filter { other in
      people[other].isPerson && people[other].words.count == size
        && people[other].words.first.map(QuoteGenders.isGivenName) == true
        && !contradicts(gender, person: other)
    }
    guard rivals.count >= 2, rivals.contains(index) else { return index }
    if let title, Self.courtesyTitles.contains(tokens[title].hash) {
      let plain = rivals.filter { !isKnighted($0) }
      if !plain.isEmpty { rivals = plain }
    }
    if rivals.count == 1 { return rivals.first }
    let full = evidence(for: rivals, before: word)
    guard let last = full.last else { return nil }
    // `Colin Ashworth and Ruth Ashworth run the inn`: named in one sentence, neither is last.
    if let other = full.last(where: { $0.person != last.person }),
      !(other.token..<last.token).contains(where: { lexicon.isSentenceEnd($0, in: tokens) })
    {
      return nil
    }
    return last.person
  }

  /// Mentions before token `end` that tell which of `rivals` they mean, in order: full names,
  /// and surnames whose courtesy title's gender fits only one of them (`Mr. Ashworth`).
  private func evidence(for rivals: [Int], before end: Int) -> [(token: Int, person: Int)] {
    var found: [(token: Int, person: Int)] = []
    for occurrence in occurrences where occurrence.token < end {
      if rivals.contains(occurrence.person), isFullMention(occurrence.token, of: occurrence.person)
      {
        found.append(occurrence)
        continue
      }
      let gender = titleGender(before: occurrence.token)
      guard gender != .unknown, people[occurrence.person].words.last == people[rivals[0]].words.last
      else { continue }
      let fitting = rivals.filter { !contradicts(gender, person: $0) }
      if fitting.count == 1, let person = fitting.first { found.append((occurrence.token, person)) }
    }
    return found
  }

  /// True when the text names person `index` in full after a knight's or peer's title
  /// (`Sir Ian Blair`): plain `Mr Blair` is someone else.
  private func isKnighted(_ index: Int) -> Bool {
    occurrences.contains { occurrence in
      occurrence.person == index && isFullMention(occurrence.token, of: index)
        && titleToken(before: occurrence.token).map {
          Self.knightTitles.contains(tokens[$0].hash)
        } ?? false
    }
  }

  /// True when the mention at token `start` writes person `index`'s name in full.
  private func isFullMention(_ start: Int, of index: Int) -> Bool {
    let words = people[index].words
    guard words.count >= 2, start >= 0, start + words.count <= tokens.count else { return false }
    return words.indices.allSatisfy { nameHash(start + $0) == words[$0] }
  }

  private static let courtesyTitles: Set<UInt64> = Set(
    ["mr", "mrs", "ms", "miss"].map(QuoteToken.hash(of:)))
  private static let knightTitles: Set<UInt64> = Set(
    ["sir", "dame", "lord", "lady"].map(QuoteToken.hash(of:)))
}
