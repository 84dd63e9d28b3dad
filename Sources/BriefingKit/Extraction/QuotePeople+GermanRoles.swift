/// German roles that stand before a name with no article (`Stürmer Okonkwo`, `Bahnchef
/// Tomas Berglund`), and the bodies named after a role and its office (`Chef der Gruppe
/// Nord-Allianz`), which are no person's name.
extension QuotePeople {
  /// `Die Demokraten von US-Präsident Barack Obama`: words before a role that a lower-case
  /// `von` links to it name what belongs to the person, not the person's role, which starts
  /// after `von`. An office keeps its `von` (`Chef von Tempora Wolf Hahn`): a role stands
  /// before it.
  func germanRoleAfterOwner(_ role: Range<Int>) -> Range<Int> {
    guard
      let link = role.last(where: { index in
        tokens[index].isLowercase && tokens[index].hash == QuoteGermanWords.von
      }),
      link > role.lowerBound, link + 1 < role.upperBound,
      lexicon.isRole(tokens[link + 1]), !lexicon.isRole(tokens[link - 1])
    else { return role }
    return (link + 1)..<role.upperBound
  }

  /// `Stürmer Okonkwo`, `Bahnchef Tomas Berglund`, `Club-Boss Ida Marn`: with no article
  /// before it, a noun whose head names what a person does, before one or more capitalised
  /// words with no given name among them, is the role and no part of the name.
  func isBareRole(_ index: Int, end: Int) -> Bool {
    guard index + 1 < end, tokens[index].isWord, tokens[index + 1].isWord,
      tokens[index + 1].isCapitalized, !QuoteGermanNames.isGivenName(tokens[index].hash)
    else { return false }
    if index + 2 == end {
      // `Das Staatsoberhaupt Neuseelands`: a genitive after the noun is no name.
      let next = QuoteScalar.string(scalars, tokens[index + 1].start..<tokens[index + 1].end)
      if Self.isGenitive(next.lowercased()) { return false }
    }
    let noun = QuoteScalar.string(scalars, tokens[index].start..<tokens[index].end).lowercased()
    if Self.roleHeads.contains(where: { noun.hasSuffix($0) }) { return true }
    // `Franzose Mathieu`, `Niederösterreicher Weiss`: a nation or region describes the person.
    // Not `Deutsche` or `Schweizer`, more often adjectives (`Die Deutsche Welle`).
    guard !Self.adjectiveNations.contains(noun) else { return false }
    return QuoteGermanNouns.nationalities.contains { nation in
      noun == nation || nation.count >= 8 && noun.hasSuffix(nation)
    }
  }

  private static let adjectiveNations: Set<String> = [
    "deutsche", "deutscher", "deutschen", "schweizer",
  ]

  /// Heads of German nouns for what a person is or does that are rarely surnames: `Bahnchef`,
  /// `AfD-Vize`, `Geschäftsführer`, `Weltmeister`, `Ehefrau`, `Mutter`.
  private static let roleHeads = [
    "chef", "chefin", "boss", "coach", "vize", "manager", "managerin", "führer", "führerin",
    "entwickler", "entwicklerin", "stürmer", "stürmerin", "torhüter", "torhüterin", "tormann",
    "musiker", "musikerin", "sängerin", "soziologe", "soziologin", "politologe", "politologin",
    "ökonom", "ökonomin", "historiker", "historikerin", "forscherin", "oberhaupt", "ehefrau",
    "ehemann", "witwe", "regisseur", "regisseurin", "schauspieler", "schauspielerin",
    "künstlerin", "politiker", "politikerin", "weltmeister", "weltmeisterin", "europameister",
    "europameisterin", "olympiasieger", "olympiasiegerin", "kapitän", "kapitänin", "legende",
    "profi", "gründerin", "unternehmerin", "investorin", "analyst", "analystin", "philosoph",
    "philosophin", "psychologe", "psychologin", "biologe", "biologin", "kurator", "kuratorin",
    "moderator", "moderatorin", "schriftsteller", "schriftstellerin", "autorin", "journalist",
    "journalistin", "aktivist", "aktivistin", "popstar", "filmstar", "superstar",
    "spieler", "spielerin", "künstler", "mutter", "tochter", "vater", "sohn", "bruder",
    "schwester", "angeklagter", "angeklagte",
  ]

  /// Where a person's name starts after a German role, a linking word and an office
  /// (`Chef der Gruppe`, `Präsident des Verbands`): at a given name followed by another
  /// capitalised word (`der Chef der Bahn Tomas Berglund` has none, `der Chef der Bahn Karl
  /// Huber` does); else `run.upperBound`, because the words after the office name the body
  /// (`Chef der Gruppe Nord-Allianz`, `Polizeichefin des Bezirks Varnau`), not the person.
  func germanOfficeNameStart(after role: Int, in run: Range<Int>) -> Int {
    let end = min(run.upperBound, tokens.count)
    guard role + 3 < end else { return run.upperBound }
    for index in (role + 3)..<(end - 1)
    where tokens[index].isWord && tokens[index + 1].isWord && tokens[index + 1].isCapitalized
      && QuoteGermanNames.isGivenName(tokens[index].hash)
    {
      return index
    }
    return run.upperBound
  }
}
