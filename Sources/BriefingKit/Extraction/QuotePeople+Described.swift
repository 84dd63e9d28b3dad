/// Offices the text gives a person only by a description (English): in `David Lund unveiled
/// plans. The home secretary said …`, with no one else named yet, the home secretary is Lund,
/// so a later `the prime minister` is someone else.
extension QuotePeople {
  /// The words of the first definite description with a role noun outside quotes (`the home
  /// secretary`), by the person it gives an office: the only person the text has named before
  /// it, with a name of two words or more and no stated role, when the description speaks
  /// (`The home secretary said`, `said the coach`) and its role noun is new since that name.
  /// Empty otherwise: `it is the prime minister who …` means someone else.
  static func describedRoles(
    of people: QuotePeople, quoted: [Bool], language: String
  ) -> [Int: Range<Int>] {
    guard language == "en",
      let first = people.occurrences.first(where: { people.people[$0.person].isPerson })
    else { return [:] }
    let only = first.person
    guard people.people[only].role == nil, people.people[only].words.count >= 2 else {
      return [:]
    }
    let second =
      people.occurrences.first { $0.person != only && people.people[$0.person].isPerson }?
      .token ?? people.tokens.count
    var index = first.token + 1
    while index + 1 < second {
      defer { index += 1 }
      guard people.tokens[index].hash == the, !(index < quoted.count && quoted[index]),
        let role = people.describedOffice(after: index, before: second)
      else { continue }
      // `said an REM spokesman … added the spokesman`: the office was someone else's first.
      let head = people.lexicon.roleHash(people.tokens[role.upperBound - 1])
      let isNew = !(first.token..<index).contains { earlier in
        people.lexicon.isRole(people.tokens[earlier])
          && people.lexicon.roleHash(people.tokens[earlier]) == head
      }
      return isNew && people.speaks(role) ? [only: role] : [:]
    }
    return [:]
  }

  /// The lower-case words after `the` at `article` ending in a role noun (at most three), when
  /// no name, noun or possessive follows them; nil otherwise.
  private func describedOffice(after article: Int, before limit: Int) -> Range<Int>? {
    var end = article + 1
    while end < limit, end <= article + 3, tokens[end].isWord, tokens[end].isLowercase,
      !isPossessive(end)
    {
      end += 1
      if lexicon.isRole(tokens[end - 1]) {
        // The role noun ends the phrase (`the general election` names no office): a verb, a
        // clause word or a mark follows.
        guard end < tokens.count, !tokens[end].isCapitalized,
          !tokens[end].isWord || lexicon.isCue(tokens[end].hash)
            || lexicon.is(tokens[end].hash, .skippable) || lexicon.is(tokens[end].hash, .stop)
        else { return nil }
        return (article + 1)..<end
      }
    }
    return nil
  }

  /// True when the description `role` (after its `the`) is the subject of a speech verb:
  /// `the chancellor said`, `the chancellor also told`, `said the chancellor`.
  private func speaks(_ role: Range<Int>) -> Bool {
    let article = role.lowerBound - 1
    if article > 0, tokens[article - 1].isLowercase,
      lexicon.isCue(tokens[article - 1].hash)
    {
      return true
    }
    var verb = role.upperBound
    while verb < tokens.count, verb < role.upperBound + 3,
      tokens[verb].isAdverb || lexicon.is(tokens[verb].hash, .skippable)
    {
      verb += 1
    }
    return verb < tokens.count && tokens[verb].isLowercase
      && lexicon.isCue(tokens[verb].hash)
  }

  private static let the = QuoteToken.hash(of: "the")
}
