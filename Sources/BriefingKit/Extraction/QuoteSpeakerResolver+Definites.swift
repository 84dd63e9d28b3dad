/// English definite descriptions that point back (`the striker`, `the prime minister's
/// spokesman`): they mean the person the article gave that role, the name set off right after
/// them, or the last speaker only when nothing the text says about that speaker contradicts
/// the description; else no one.
extension QuoteSpeakerResolver {
  /// `said the festival's director, Ada Lund`: a person named right after the description,
  /// past a comma, is who it describes.
  func appositiveName(after mention: Range<Int>) -> Int? {
    let comma = mention.upperBound
    guard language == "en", comma + 1 < tokens.count, tokens[comma].kind == .punctuation,
      tokens[comma].scalar == 0x2C, tokens[comma + 1].isCapitalized
    else { return nil }
    var end = comma + 1
    while end < tokens.count, end < comma + 6,
      tokens[end].isCapitalized || people.isInitialDot(end)
    {
      end += 1
    }
    guard let run = people.split((comma + 1)..<end), run.role == nil,
      let index = people.person(named: run.name), people.people[index].isPerson
    else { return nil }
    return index
  }

  /// The token of the last owner in a description (`minister's` in `the prime minister's
  /// official spokesman`), nil without one. The description means someone of the owner's,
  /// so only the words after it say what the speaker is.
  func ownerEnd(in mention: Range<Int>) -> Int? {
    mention.dropLast().last { people.isPossessive($0) }
  }

  /// True when the owner of a description is a person, named or described (`the prime
  /// minister's spokesman`, `Mr Lund's lawyer`): the speaker is someone else than that
  /// person and, with no name given, not clear.
  func isOwnedByPerson(_ mention: Range<Int>) -> Bool {
    guard let owner = ownerEnd(in: mention) else { return false }
    if (mention.lowerBound..<owner).contains(where: { lexicon.isRole(tokens[$0]) }) {
      return true
    }
    if lexicon.is(people.nameHash(owner), .roleHead) { return true }
    if let run = people.split(mention.lowerBound..<(owner + 1)),
      let index = people.person(named: run.name)
    {
      return people.people[index].isPerson
    }
    return false
  }

  /// The last speaker, when a definite description may mean them: a person whose stated role
  /// shares a role noun with the description, or holds none, or where both hold a loose one
  /// (`the Kremlin spokesman` for an assistant to the leader, `the minister` for a secretary).
  /// `the Tottenham striker` is not the last speaker, a manager; `the prime minister` no
  /// home secretary.
  func fittingLastSpeaker(_ mention: Range<Int>, heads: [UInt64]) -> Int? {
    guard let last = lastSpeaker, last < people.people.count else { return nil }
    let person = people.people[last]
    guard person.isPerson else { return nil }
    // A role the text gave only by a description counts as stated.
    guard language == "en", let role = person.role ?? people.describedRoles[last] else {
      return last
    }
    if isContradicted(mention, by: role) { return nil }
    let nouns = role.filter { $0 < tokens.count && lexicon.isRole(tokens[$0]) }
    if nouns.isEmpty || nouns.contains(where: { heads.contains(lexicon.roleHash(tokens[$0])) }) {
      return last
    }
    let owner = ownerEnd(in: mention) ?? (mention.lowerBound - 1)
    let described = ((owner + 1)..<mention.upperBound).filter { lexicon.isRole(tokens[$0]) }
    return described.contains(where: isLoose) && nouns.contains(where: isLoose) ? last : nil
  }

  /// The person the text gave this office by the same description while no one else was
  /// named (``QuotePeople/describedRoles``): `David Lund unveiled plans. The home secretary
  /// said …` is Lund.
  func describedHolder(_ mention: Range<Int>) -> Int? {
    guard language == "en", let start = mention.first, mention.count >= 2 else { return nil }
    let words = (start + 1)..<mention.upperBound
    return people.describedRoles.first { _, range in
      range.count == words.count
        && zip(range, words).allSatisfy { tokens[$0].hash == tokens[$1].hash }
    }?.key
  }

  /// True when a stated role rules out the office a description names: a rank one has and
  /// the other lacks (`the prime minister` is no `Deputy Prime Minister`, `the chancellor` no
  /// `shadow chancellor`), or a lower-case word naming the office before the description's
  /// role noun that the role lacks (`the foreign secretary` is no `Home Secretary`).
  func isContradicted(_ mention: Range<Int>, by role: Range<Int>) -> Bool {
    guard language == "en", role.upperBound <= tokens.count else { return false }
    let start = (ownerEnd(in: mention) ?? (mention.lowerBound - 1)) + 1
    let words = (start..<min(mention.upperBound, tokens.count)).filter { tokens[$0].isWord }
    let stated = role.filter { tokens[$0].isWord }.map { people.nameHash($0) }
    let ranks = Set(words.map { tokens[$0].hash }.filter(Self.ranks.contains))
    if ranks != Set(stated.filter(Self.ranks.contains)) { return true }
    // Only a role with the same noun names the office more or less exactly: `the former
    // cabinet secretary` may still be a `former civil service chief`.
    guard let head = words.last(where: { lexicon.isRole(tokens[$0]) }), head > start,
      role.contains(where: { lexicon.roleHash(tokens[$0]) == lexicon.roleHash(tokens[head]) })
    else { return false }
    let office = tokens[head - 1]
    guard office.isWord, office.isLowercase, !lexicon.is(office.hash, .determiner),
      !Self.ranks.contains(office.hash), !Self.bodies.contains(office.hash),
      !Self.qualifiers.contains(office.hash),
      !people.text((head - 1)..<head).unicodeScalars.contains(where: Self.isCountWord)
    else { return false }
    return !stated.contains(office.hash)
  }

  /// `the former president`, `the new coach`: when, not which office.
  private static let qualifiers = QuoteWordSet(
    ["former", "ex", "new", "then", "outgoing", "incoming", "retired", "current", "late"])

  /// `the party leader`, `the club chairman`: the body the article is about, no office.
  private static let bodies = QuoteWordSet(
    ["party", "club", "team", "company", "firm", "group", "band", "union", "league"])

  /// `58-year-old`, `two-time`: scalars of a word that counts rather than names an office.
  private static func isCountWord(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "-" || ("0"..."9").contains(scalar)
  }

  /// Words that set a holder apart from the office itself. Not `former`: the text may call
  /// someone by an office it states for another time (`the former president` for `President
  /// George W. Bush`, `the candidate` for a `former candidate`).
  private static let ranks = QuoteWordSet(
    ["deputy", "shadow", "vice", "acting", "interim", "junior"])

  /// True for a role noun that many offices go by (`official`, `chief`, `minister`), unless a
  /// word before it makes it one office (`prime minister`).
  private func isLoose(_ index: Int) -> Bool {
    guard Self.looseRoles.contains(lexicon.roleHash(tokens[index])) else { return false }
    return index == 0 || tokens[index - 1].hash != Self.prime
  }

  private static let prime = QuoteToken.hash(of: "prime")

  private static let looseRoles = QuoteWordSet(
    [
      "spokesman", "official", "chief", "head", "leader", "minister", "secretary", "aide",
      "assistant", "boss", "chairman",
    ])
}
