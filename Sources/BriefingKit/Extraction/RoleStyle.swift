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
  /// `role` as written inside an English sentence; other roles unchanged.
  static func written(_ role: String?, language: String) -> String? {
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
    case .modifier? where key == "new":
      // `New Zealand coach`, `New York attorney general`: a place's name, not `new`.
      let rest = scalars[firstEnd...].dropFirst()
      let word = rest.prefix { $0 != " " && $0 != "-" && $0 != "'" && $0 != "’" }
      if placesAfterNew.contains(String(Substring(word)).lowercased()) { return role }
    case .modifier?: break
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
