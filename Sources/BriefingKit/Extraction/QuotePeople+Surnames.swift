/// Words that look like names but are not, and role nouns that are surnames (English only).
extension QuotePeople {
  /// Role nouns the article uses as surnames outside quotes: `King` in `Ms King said`. With
  /// that evidence `Oona King` is a name, though `King` alone reads as a role.
  static func surnameRoles(
    tokens: [QuoteToken], quoted: [Bool], lexicon: QuoteLexicon, language: String
  ) -> Set<UInt64> {
    var found: Set<UInt64> = []
    guard language != "de" else { return found }
    var index = capitalized(in: tokens, from: 0)
    while index + 1 < tokens.count {
      defer { index = capitalized(in: tokens, from: index + 1) }
      guard lexicon.is(tokens[index].hash, .honorific),
        !peerages.contains(tokens[index].hash), !(index < quoted.count && quoted[index])
      else { continue }
      var next = index + 1
      if tokens[next].kind == .punctuation, tokens[next].scalar == 0x2E { next += 1 }
      guard next < tokens.count, tokens[next].isCapitalized, lexicon.isRole(tokens[next]),
        next + 1 >= tokens.count || !tokens[next + 1].isCapitalized
      else { continue }
      found.insert(tokens[next].hash)
    }
    return found
  }

  /// `King` in `Mr King`, `Mr. King`, `Paul King`, and in `Oona King` when the article also
  /// writes `Ms King`: a role noun ending a run after a courtesy title, a given name, or (with
  /// that evidence) another capitalised word that is no role, is a surname (not in German).
  func isSurnameRole(_ index: Int, runEnd: Int) -> Bool {
    guard !isGerman, index + 1 == runEnd, index > 0, index < tokens.count else { return false }
    var before = index - 1
    if before > 0, isTitleDot(before) { before -= 1 }
    let hash = tokens[before].hash
    guard tokens[before].isCapitalized else { return false }
    if lexicon.is(hash, .honorific) && !Self.peerages.contains(hash)
      || QuoteGenders.isGivenName(hash)
    {
      return true
    }
    return surnameRoles.contains(tokens[index].hash) && !lexicon.isRole(tokens[before])
      && !isDescriptor(before) && !tokens[before].isAllCaps
  }

  /// True for a word that describes a group rather than naming anyone: `Analysts`,
  /// `Officials`, `Critics`, `Others` (a role noun in the plural or a common plural noun).
  func isPluralDescription(_ index: Int) -> Bool {
    guard !isGerman, index >= 0, index < tokens.count, tokens[index].isWord,
      tokens[index].lastScalar == 0x73
    else { return false }
    let token = tokens[index]
    if Self.plurals.contains(token.hash) { return true }
    guard token.end - token.start >= 4 else { return false }
    var singular = QuoteToken.hashSeed
    for offset in token.start..<(token.end - 1) where offset < scalars.count {
      singular = QuoteToken.mix(singular, scalars[offset].value)
    }
    return lexicon.is(singular, .roleHead)
  }

  /// True for a capitalised adverb opening a sentence before a comma (`Ultimately, …`,
  /// `Possibly, …`), unless the article uses the word as a name.
  func isOpeningAdverb(_ index: Int) -> Bool {
    guard !isGerman, index >= 0, index + 1 < tokens.count, tokens[index].isCapitalized,
      tokens[index].kind == .word, tokens[index + 1].kind == .punctuation,
      tokens[index + 1].scalar == 0x2C
    else { return false }
    let token = tokens[index]
    guard token.end - token.start > 4, token.end <= scalars.count,
      scalars[token.end - 2] == "l", scalars[token.end - 1] == "y"
    else { return false }
    return !isSurname(token.hash) && !QuoteGenders.isGivenName(token.hash)
  }

  /// True for a one-word name that is a plural description, an opening adverb, a quantifier
  /// (`Much of …`, `Most`, `Each`, `Hours later`) or a pronoun (`They`, `You`, `I'd`).
  func isNonName(_ name: Range<Int>) -> Bool {
    guard name.count == 1, let word = name.first, word < tokens.count else { return false }
    let hash = tokens[word].hash
    if !isGerman, Self.quantifiers.contains(hash) || lexicon.is(hash, .pluralPronoun) {
      return true
    }
    return isPluralDescription(word) || isOpeningAdverb(word)
  }

  private static let quantifiers = QuoteWordSet(
    [
      "much", "most", "more", "many", "each", "every", "few", "several", "some", "all", "both",
      "none", "any", "hours", "minutes", "days", "weeks", "months", "years", "moments", "only",
      "you", "i'd", "i'm", "it's",
    ])

  /// True when a courtesy title stands right before the run's name (`Dr Vancheshwar`).
  func hasHonorific(_ run: Run) -> Bool {
    titleToken(before: run.name.lowerBound) != nil
  }

  /// How a speaker is shown: the name's text, with a peer's title before a lone surname
  /// (`Lord Falconer`; `Lord Chancellor` is an office and never a name).
  func displayName(_ name: Range<Int>) -> String {
    guard !isGerman, name.count == 1, let word = name.first, word > 0, word < tokens.count,
      tokens[word - 1].isCapitalized, Self.peerages.contains(tokens[word - 1].hash),
      tokens[word - 1].end + 1 >= tokens[word].start
    else { return nameText(name) }
    return nameText((word - 1)..<(word + 1))
  }

  /// A role widened to the words a run left out or skipped: a peer's title opening the office
  /// (`Lord Chancellor Lord Falconer`), an owner's capitals or joined names (`ABN Amro’s`).
  func widened(_ role: Range<Int>, in run: Range<Int>) -> Range<Int> {
    if role.lowerBound > run.lowerBound, role.lowerBound - 1 < tokens.count,
      Self.peerages.contains(tokens[role.lowerBound - 1].hash)
    {
      return (role.lowerBound - 1)..<role.upperBound
    }
    if role.lowerBound == run.lowerBound, !role.isEmpty, isPossessive(role.upperBound - 1) {
      return ownerStart(before: role.lowerBound)..<role.upperBound
    }
    return role
  }

  /// Where an owner's name starts before the run holding its possessive: `ABN` in `ABN
  /// Amro’s Eddie Wong`, `Ernst and` in `Ernst and Young’s Sanjay Mehta` (a run leaves out
  /// words in capitals and names joined by `and` or `&`); not `Conchita Martinez and` before
  /// `India’s Sania Mirza`, a person's full name.
  func ownerStart(before start: Int) -> Int {
    var first = start
    while first > 0, first > start - 4 {
      let before = tokens[first - 1]
      guard before.end + 1 >= tokens[first].start else { break }
      if before.isWord && before.isAllCaps {
        first -= 1
      } else if first >= 2, tokens[first - 2].isCapitalized,
        tokens[first - 2].end + 1 >= before.start,
        first < 3 || !tokens[first - 3].isCapitalized || tokens[first - 3].isAllCaps,
        before.isWord && lexicon.is(before.hash, .conjunction)
          || before.kind == .punctuation && before.scalar == 0x26
      {
        first -= 2
      } else {
        break
      }
    }
    return first
  }

  /// The first token of the courtesy titles right before a name (`Sir` in `chairman Sir Tomas
  /// Weber`), or `name` when there are none.
  func titleStart(before name: Int) -> Int {
    var start = name
    while start > 0, start > name - 4 {
      var word = start - 1
      if word > 0, isTitleDot(word) { word -= 1 }
      guard tokens[word].isCapitalized, lexicon.is(tokens[word].hash, .honorific) else { break }
      start = word
    }
    return start
  }

  /// True for the last word of an English description before a name: a role noun, a
  /// capitalised word, or the noun after `of` and a role (`director of rugby`); not a verb
  /// (`Beckett rejected`, `spokesman set out`).
  func endsDescription(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count else { return false }
    if !tokens[index].isLowercase || lexicon.isRole(tokens[index]) { return true }
    return index >= 2 && lexicon.is(tokens[index - 1].hash, .linking)
      && lexicon.isRole(tokens[index - 2])
  }

  /// Titles of peers, shown before a name of one word.
  static let peerages = QuoteWordSet(
    ["lord", "lady"])

  /// Plural nouns for groups of people that are no role noun plus `s`.
  private static let plurals = QuoteWordSet(
    [
      "others", "critics", "experts", "observers", "sources", "witnesses", "residents",
      "investors", "campaigners", "supporters", "opponents", "insiders", "traders",
      "protesters", "protestors", "fans", "voters", "users", "members", "scientists",
      "researchers", "activists", "organisers", "organizers", "detectives", "police",
      "doctors", "lawyers", "parents", "students", "teachers", "workers", "unions", "bosses",
      "consumers", "customers", "shoppers", "commentators", "forecasters", "economists",
      "reports", "figures", "fears", "rivals", "mps",
    ])
}
