/// The head noun of a German definite description (`der Sprecher`, `die 54-Jährige`, `der in
/// Hamburg lebende Ukrainer`).
extension QuoteSpeakerResolver {
  /// The noun a description names its person by: the last of the capitalised words after `der`
  /// or `die` and any adjectives (`der neue Sprecher`, `die 54-Jährige`, `der 61-jährige
  /// Landwirt`, not `der Berliner` in
  /// `der Berliner Senat`). Nil when a name follows it (`der Politiker Jan Berg`).
  func descriptionHead(_ mention: Range<Int>) -> Int? {
    guard Self.definite.contains(tokens[mention.lowerBound].hash) else { return nil }
    var head: Int?
    for index in (mention.lowerBound + 1)..<mention.upperBound {
      let token = tokens[index]
      guard token.isWord else { return nil }
      if token.isCapitalized || head == nil && people.text(index..<(index + 1)).contains("-J") {
        if people.isSurname(token.hash) || QuoteGermanNames.isGivenName(token.hash) {
          return nil
        }
        head = index
      } else if let found = head {
        // `der in Hamburg lebende Ukrainer`: a participle after a phrase that follows the
        // article goes on to the noun it describes.
        let isParticiple =
          found > mention.lowerBound + 1 && index + 2 == mention.upperBound
          && tokens[index + 1].isCapitalized && !lexicon.is(token.hash, .determiner)
          && (token.lastScalar == 0x65 || token.lastScalar == 0x6E)
        guard isParticiple else { break }
        head = nil
      } else if !token.isLowercase, !isAged(index..<(index + 1)) {
        return nil
      }
    }
    return head
  }
}

extension QuoteSpeakerResolver {
  /// True when a German role's last noun ends in the head of the description's noun: a
  /// compound names its kind last (`der Ökonom` is the `IHS-Ökonom`, `der Chef` the
  /// `Konzernchef`, `der Abgeordnete` the `SPÖ-Abgeordneter`).
  static func sharesHead(_ role: String, _ noun: String) -> Bool {
    let parts = noun.split(separator: "-")
    let head = parts.last.map(String.init) ?? noun
    guard head.count >= 4, let last = role.lowercased().split(separator: " ").last else {
      return false
    }
    // `der Apple-Chef` is the `Apple-CEO`: one body's head named by two nouns.
    if parts.count == 2, Self.heads.contains(head), let owner = parts.first, owner.count >= 2,
      last.hasPrefix(owner + "-"), Self.heads.contains(where: { last.hasSuffix($0) })
    {
      return true
    }
    return last.hasSuffix(head) || last.hasSuffix(head + "r")
  }
}

extension QuoteSpeakerResolver {
  /// True when a German role's last noun and the description's noun name one office in
  /// two words, as news varies them (`der Ankläger` is the `Staatsanwalt`, `der Landeschef`
  /// the `Landeshauptmann`, `der Coach` the `Köln-Trainer`).
  static func namesSameOffice(_ role: String, _ noun: String) -> Bool {
    guard let last = role.lowercased().split(separator: " ").last,
      let group = officeGroup(noun)
    else { return false }
    return officeGroup(String(last)) == group
  }

  /// True when the noun names an office news writes in more than one word.
  static func isOfficeVariant(_ noun: String) -> Bool { officeGroup(noun) != nil }

  /// The group of the office a noun (or the head after its last hyphen) names, or nil.
  private static func officeGroup(_ noun: String) -> Int? {
    let head = noun.split(separator: "-").last.map(String.init) ?? noun
    return offices.firstIndex { group in group.contains { head.hasSuffix($0) } }
  }

  /// Offices that German news names by several nouns, a group each.
  private static let offices: [[String]] = [
    [
      "bürgermeister", "bürgermeisterin", "stadtchef", "stadtchefin", "ortschef", "ortschefin",
      "stadtoberhaupt", "gemeindechef", "gemeindechefin",
    ],
    ["landeshauptmann", "landeshauptfrau", "landeschef", "landeschefin"],
    [
      "regierungschef", "regierungschefin", "premier", "premierminister", "premierministerin",
      "ministerpräsident", "ministerpräsidentin",
    ],
    ["staatsanwalt", "staatsanwältin", "ankläger", "anklägerin"],
    ["trainer", "trainerin", "coach", "übungsleiter", "übungsleiterin"],
    ["staatschef", "staatschefin", "staatsoberhaupt", "staatspräsident", "staatspräsidentin"],
    ["papst", "pontifex", "kirchenoberhaupt"],
    ["torhüter", "torhüterin", "tormann", "goalie", "schlussmann"],
  ]
}
