/// Courtesy titles as gender evidence when people share a surname (English and other
/// non-German text): `Mrs. Clinton` is not `Bill Clinton`, and `Mr. Lund` is not `Ada Lund`.
extension QuotePeople {
  /// The gender the courtesy title right before token `start` gives (`Mrs`, `Ms.`, `Mr`), or
  /// `.unknown` when there is none; German titles are left to ``QuoteGenders``.
  func titleGender(before start: Int) -> QuoteGenders.Gender {
    guard !isGerman, let title = titleToken(before: start) else { return .unknown }
    return QuoteGenders.titleGender(tokens[title].hash)
  }

  /// The courtesy title right before token `start` (`Mr`, `Mr.`, `Sir`), nil without one.
  func titleToken(before start: Int) -> Int? {
    var before = start - 1
    if before > 0, before < tokens.count, isTitleDot(before) { before -= 1 }
    guard before >= 0, before < tokens.count, tokens[before].isCapitalized,
      lexicon.is(tokens[before].hash, .honorific)
    else { return nil }
    return before
  }

  /// True when person `index` has a given name of the other gender than `title`: under
  /// `Mrs.`, `Bill Clinton` is ruled out, while `Clinton` or `Kim Lund` may stay.
  func contradicts(_ title: QuoteGenders.Gender, person index: Int) -> Bool {
    guard title != .unknown, index >= 0, index < people.count else { return false }
    let words = people[index].words
    guard words.count >= 2, let first = words.first else { return false }
    let given = QuoteGenders.givenNameGender(first)
    return given != .unknown && given != title
  }

  /// True when a full name seen in the possessive can be its own person: no one else has the
  /// surname, or everyone who has it has a given name of the other gender (`Bill Clinton’s`
  /// beside `Hillary Clinton`), so that a courtesy title tells them apart.
  func isDistinctOwner(_ name: Range<Int>) -> Bool {
    guard let first = name.first, let last = name.last, first >= 0, last < tokens.count else {
      return false
    }
    guard let others = byLastWord[nameHash(last)] else { return true }
    let gender = QuoteGenders.givenNameGender(tokens[first].hash)
    guard gender != .unknown else { return false }
    return others.allSatisfy { contradicts(gender, person: $0) }
  }

  /// True when token `index` is a one-word mention of a surname that two or more people of
  /// the article have, with no courtesy title to tell which.
  func isSharedSurname(at index: Int) -> Bool {
    guard index >= 0, index < tokens.count, titleGender(before: index) == .unknown,
      let owners = byLastWord[nameHash(index)], owners.count >= 2
    else { return false }
    return index + 1 >= tokens.count || !tokens[index + 1].isCapitalized
  }

  /// The one other person with the surname of person `index` whose gender is `gender`: `she`
  /// after a bare `Clinton` that went to Bill Clinton is Hillary Clinton.
  func namesake(of index: Int, gender: QuoteGenders.Gender, in genders: QuoteGenders) -> Int? {
    guard index >= 0, index < people.count, let last = people[index].words.last,
      let others = byLastWord[last]
    else { return nil }
    let matching = others.filter {
      $0 != index && people[$0].isPerson && genders.gender(of: $0) == gender
    }
    return matching.count == 1 ? matching.first : nil
  }
}
