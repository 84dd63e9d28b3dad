/// People who share a surname (English and other non-German text): `Mr Blair` beside `Sir Ian
/// Blair` and `Tony Blair` is the one the title fits, else the one quoted last.
extension QuotePeople {
  /// The person a one-word mention at `name` means when `index`, the person found for it,
  /// shares the surname with someone else named in full: the only one whose title fits (`Mr`
  /// is not a knight or peer written `Sir Ian Blair`), else the one of them last quoted
  /// (`spoken`: person to token), else `index`, the first of them named in full. The last
  /// one named in full is no better guess: news names a spouse or a namesake in passing
  /// (`her husband, former President Bill Clinton`) and goes on with `Clinton said`.
  func sharedSurnameHolder(_ index: Int, mention name: Range<Int>, spoken: [Int: Int]) -> Int {
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
    guard rivals.count >= 2, rivals.contains(index) else {
      return spoken[index] == nil ? describedNamesake(index, among: owners) : index
    }
    if let title, Self.courtesyTitles.contains(tokens[title].hash) {
      let plain = rivals.filter { !isKnighted($0) }
      if !plain.isEmpty { rivals = plain }
    }
    if rivals.count == 1, let only = rivals.first { return only }
    // `Clinton said` in a story quoting Hillary Clinton, after `her husband, Bill Clinton`:
    // the one the quotes already went to, the last of them.
    if let quoted = rivals.filter({ spoken[$0] != nil }).max(by: {
      spoken[$0, default: 0] < spoken[$1, default: 0]
    }) {
      return quoted
    }
    return describedNamesake(index, among: rivals)
  }

  /// `the brother of Simon Cowell` then `Writer Tony Cowell`: of people with one surname and
  /// names of one length, the only one the text gives a role is the one it is about.
  private func describedNamesake(_ index: Int, among owners: some Collection<Int>) -> Int {
    let size = people[index].words.count
    let namesakes = owners.filter { people[$0].isPerson && people[$0].words.count == size }
    let described = namesakes.filter { people[$0].role != nil }
    guard namesakes.count >= 2, described.count == 1, let only = described.first else {
      return index
    }
    return only
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

  private static let courtesyTitles = QuoteWordSet(
    ["mr", "mrs", "ms", "miss"])
  private static let knightTitles = QuoteWordSet(
    ["sir", "dame", "lord", "lady"])
}
