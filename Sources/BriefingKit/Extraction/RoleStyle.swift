/// How a role reads in a listing or a memo: as it would be written inside a sentence.
///
/// English capitalises the word that opens a sentence, so a role read there (`Former Labour
/// leader Neil Kinnock said`, `Singer Ada Vance`) carries a capital it has nowhere else (`the
/// former Labour leader`, `singer Ada Vance`). Titles written with a capital before any name
/// (`President`, `Professor`, `Lord`), roles whose later words carry capitals (`Deputy Prime
/// Minister`), names (`Labour leader`) and acronyms (`CEO`) keep theirs. Other languages are
/// left as written: German capitalises every noun.
///
/// ```swift
/// RoleStyle.written("Former Chelsea captain", language: "en")  // "former Chelsea captain"
/// RoleStyle.written("Singer", language: "en")                  // "singer"
/// RoleStyle.written("Home Secretary", language: "en")          // "Home Secretary"
/// ```
enum RoleStyle {
  /// `role` as written inside an English sentence; other roles unchanged. With the article's
  /// `text`, a qualifier that the article writes with its capital inside a sentence keeps it:
  /// `New Zealand coach` names a place (`the New Zealand team`), `New Home Secretary` does not.
  static func written(
    _ role: String?, language: String, text: [Unicode.Scalar] = []
  ) -> String? {
    guard let role, language == "en" else { return role }
    let scalars = role.unicodeScalars
    guard let initial = scalars.first, initial.properties.isUppercase else { return role }
    // The first word up to a space or a hyphen (`Ex-Home Secretary` → `ex`), and where the
    // first word ends.
    var keyEnd = scalars.index(after: scalars.startIndex)
    while keyEnd < scalars.endIndex, scalars[keyEnd] != " ", scalars[keyEnd] != "-" {
      keyEnd = scalars.index(after: keyEnd)
    }
    let firstEnd = scalars[keyEnd...].firstIndex(of: " ") ?? scalars.endIndex
    // `CEO`, `MP`, `BBC`: an acronym keeps its capitals.
    guard
      scalars[scalars.index(after: scalars.startIndex)..<firstEnd].contains(where: {
        $0.properties.isLowercase
      })
    else { return role }
    // Through `Substring`, which shares the role's storage: a new scalar view would append
    // the scalars one by one.
    let key = String(Substring(scalars[..<keyEnd])).lowercased()
    switch wordKinds[key] {
    case .modifier?:
      if key == "new" {
        // `New Zealand coach`, `New York attorney general`: a place's name, not `new`.
        let rest = scalars[firstEnd...].dropFirst()
        let word = rest.prefix { $0 != " " && $0 != "-" && $0 != "'" && $0 != "’" }
        if placesAfterNew.contains(String(Substring(word)).lowercased()) { return role }
      }
      if firstEnd < scalars.endIndex {
        let second = scalars.index(after: firstEnd)
        let secondEnd = scalars[second...].firstIndex(of: " ") ?? scalars.endIndex
        if isCapitalizedInside(scalars[..<secondEnd], text) { return role }
      }
    case .common?:
      // `Deputy Prime Minister`: later capitals make it a title as written.
      var atWordStart = false
      for scalar in scalars[firstEnd...] {
        if atWordStart && scalar.properties.isUppercase { return role }
        atWordStart = scalar == " "
      }
    case nil: return role
    }
    return role.prefix(1).lowercased() + role.dropFirst(1)
  }

  /// True when `words` (a role's first two words, `New Zealand`) stand in `text` after an
  /// article or a preposition (`the New Zealand side`, `in New York`) or before a lower-case
  /// word that is no office (`New Zealand went ahead`): a name, with the capital as written.
  /// After a verb (`said Retired Lt. Gen.`) a title may carry a capital it has nowhere else.
  private static func isCapitalizedInside(
    _ words: Substring.UnicodeScalarView, _ text: [Unicode.Scalar]
  ) -> Bool {
    guard let first = words.first, words.contains(" "), text.count > words.count else {
      return false
    }
    let pattern = Array(words)
    var start = 2
    while start + pattern.count <= text.count {
      defer { start += 1 }
      guard text[start] == first, text[start - 1] == " ",
        text[start..<(start + pattern.count)].elementsEqual(pattern)
      else { continue }
      let after = start + pattern.count
      guard after == text.count || !text[after].properties.isAlphabetic else { continue }
      if isNameOpener(before: start - 1, in: text) || standsAlone(at: after, in: text) {
        return true
      }
    }
    return false
  }

  /// True when the space at `space` follows an article or a preposition (`the`, `in`).
  private static func isNameOpener(before space: Int, in text: [Unicode.Scalar]) -> Bool {
    var word = space
    while word > 0, text[word - 1].properties.isLowercase { word -= 1 }
    guard word < space, word == 0 || !text[word - 1].properties.isAlphabetic else {
      return false
    }
    return nameOpeners.contains(String(String.UnicodeScalarView(text[word..<space])))
  }

  /// True when a lower-case word that is no office follows at `end` after a space (`But New
  /// Zealand went ahead`): the words before name something on their own, not an office.
  private static func standsAlone(at end: Int, in text: [Unicode.Scalar]) -> Bool {
    guard end + 1 < text.count, text[end] == " ", text[end + 1].properties.isLowercase else {
      return false
    }
    var word = end + 1
    while word < text.count, text[word].properties.isLowercase { word += 1 }
    let next = String(String.UnicodeScalarView(text[(end + 1)..<word]))
    return !commonRoles.contains(next) && !titles.contains(next)
  }

  /// Words before a name inside a sentence.
  private static let nameOpeners: Set<String> = [
    "the", "a", "an", "in", "of", "from", "to", "for", "at", "by", "with", "on", "and",
  ]

  private enum WordKind { case modifier, common }

  /// Each qualifier and each common office that is no title, looked up once per role.
  private static let wordKinds: [String: WordKind] = {
    var kinds: [String: WordKind] = [:]
    for word in commonRoles where !titles.contains(word) { kinds[word] = .common }
    for word in modifiers { kinds[word] = .modifier }
    return kinds
  }()

  /// Words that follow `New` in names of places and bodies (`New Zealand`, `New Labour`).
  static let placesAfterNew: Set<String> = [
    "zealand", "york", "jersey", "mexico", "hampshire", "delhi", "orleans", "england",
    "brunswick", "caledonia", "guinea", "haven", "south", "labour", "democracy", "zealander",
  ]

  /// Words that qualify an office rather than name it (`former`, `new`, `acting`).
  static let modifiers: Set<String> = [
    "former", "new", "ex", "then", "acting", "late", "outgoing", "incoming", "retired",
    "veteran", "fellow", "current", "interim", "longtime", "long-time",
  ]

  /// Titles written with a capital before a name anywhere in a sentence.
  static let titles: Set<String> = [
    "president", "prime", "chancellor", "minister", "secretary", "senator", "sen.", "rep.",
    "governor", "gov.", "mayor", "judge", "justice", "general", "gen.", "colonel", "col.",
    "lieutenant", "lt.", "major", "captain", "capt.", "sergeant", "sgt.", "admiral",
    "commander", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame", "lord",
    "lady", "baroness", "baron", "pope", "king", "queen", "prince", "princess", "emperor",
    "sheikh", "ayatollah", "cardinal", "bishop", "archbishop", "rabbi", "imam", "father",
    "reverend", "rev.", "professor", "prof.", "inspector", "detective", "sheriff", "ambassador",
    "premier", "speaker", "commissioner",
  ]

  /// Offices, trades and the bodies they serve, written in lowercase inside a sentence.
  static let commonRoles: Set<String> = [
    "chief", "chairman", "chairwoman", "chair", "director", "spokesman", "spokeswoman",
    "spokesperson",
    "envoy", "assistant", "deputy", "adviser", "advisor", "aide", "coach", "manager",
    "attorney", "prosecutor", "officer", "leader", "head", "boss", "founder", "co-founder",
    "chef", "striker", "midfielder", "defender", "goalkeeper", "quarterback", "pitcher",
    "rapper", "singer", "actor", "actress", "star", "designer", "author", "writer", "novelist",
    "producer", "journalist", "editor", "presenter", "broadcaster", "comedian", "musician",
    "guitarist", "drummer", "artist", "photographer", "model", "player", "winger", "captain",
    "campaigner", "activist", "expert", "analyst", "economist", "lawyer", "researcher",
    "scientist", "teacher", "banker", "trader", "investor", "executive", "owner", "partner",
    "consultant", "strategist", "official", "diplomat", "politician", "candidate", "vice",
    "party", "committee", "council", "board", "band", "government", "opposition", "company",
    "club", "team", "union", "group", "campaign", "election", "police", "army", "home",
    "foreign", "health", "education", "defence", "defense", "trade", "transport", "culture",
    "environment", "finance", "treasury", "industry", "junior", "senior", "shadow", "state",
  ]
}
