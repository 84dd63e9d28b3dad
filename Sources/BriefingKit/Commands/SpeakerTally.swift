/// A quoted person with counts, for `speakers` and `topic`.
struct SpeakerTally {
  var name: String
  /// Other names merged into this one (a surname quoted alone).
  var aliases: [String] = []
  var roles: [String] = []
  var quotes = 0
  /// Ids of the articles quoting them, ascending.
  var articles: [Int] = []

  /// Speakers of `quotes`, tallied as the (article, speaker, role) form below explains.
  static func tally(_ quotes: [StoredQuote]) -> [SpeakerTally] {
    tally(
      quotes.compactMap { stored in
        stored.quote.speaker.map { (stored.articleID, $0, stored.quote.role) }
      })
  }

  /// Speakers by number of quotes, then name, from quotes given as (article, speaker, role)
  /// in article order. With `people` (the session's person topics), a one-word name joins
  /// the one multi-word speaker whose last word it is when that speaker is a person known by
  /// that name (`Okafor` ≡ `Idris Okafor`), as the topics merge them; with two such speakers
  /// it stays apart, and a party (`Labour`) never joins a longer name (`New Labour`). When no
  /// speaker spells the name out, the person the topics know by the surname gives it
  /// (``person(forSurname:in:)``: `Obama` is listed as `Barack Obama`). A
  /// speaker named with words glued before a person of the session (`Tory MP Boris Vane`)
  /// counts for that person, the words before being the role (see ``SpeakerNames``).
  static func tally(
    _ rows: [(articleID: Int, speaker: String, role: String?)], people: [SessionTopic] = []
  ) -> [SpeakerTally] {
    let names = SpeakerNames(people: people)
    var split: [String: (name: String, role: String?)] = [:]
    var index: [String: Int] = [:]
    var tallies: [SpeakerTally] = []
    for row in rows {
      let named = split[row.speaker] ?? names.split(row.speaker)
      split[row.speaker] = named
      let at = index[named.name] ?? tallies.count
      if at == tallies.count {
        index[named.name] = at
        tallies.append(SpeakerTally(name: named.name))
      }
      tallies[at].quotes += 1
      if tallies[at].articles.last != row.articleID { tallies[at].articles.append(row.articleID) }
      if let role = row.role ?? named.role, !role.isEmpty { tallies[at].add(role: role) }
    }
    return mergingSurnames(tallies, people: people).sorted {
      ($0.quotes, $1.name) > ($1.quotes, $0.name)
    }
  }

  private static func mergingSurnames(_ tallies: [SpeakerTally], people: [SessionTopic])
    -> [SpeakerTally]
  {
    // Lowercased person names, each with the lowercased names the topics know it by and its
    // mentions in the session.
    var known: [String: Set<String>] = [:]
    var mentions: [String: Int] = [:]
    for person in people where person.kind == .person {
      let name = person.name.lowercased()
      known[name, default: []].formUnion(person.aliases.map { $0.lowercased() })
      mentions[name, default: 0] += person.mentions
    }
    var owners: [String: [Int]] = [:]
    for (at, tally) in tallies.enumerated() {
      let words = tally.name.split(separator: " ")
      if words.count > 1, let last = words.last {
        owners[last.lowercased(), default: []].append(at)
      }
    }
    var merged = tallies
    var absorbed = Set<Int>()
    // Full names given to a surname no speaker of the session spells out, by the tally renamed.
    var renamed: [String: Int] = [:]
    for (at, tally) in tallies.enumerated() where !tally.name.contains(" ") {
      let surname = tally.name.lowercased()
      let found = (owners[surname] ?? []).filter {
        known[merged[$0].name.lowercased()]?.contains(surname) == true
      }
      if found.isEmpty, let person = Self.person(forSurname: tally.name, in: people) {
        // `Obama`, quoted only by his surname, is the `Barack Obama` of the topics (as the
        // memo names him).
        if let earlier = renamed[person.name] {
          merged[earlier].absorb(tally)
          absorbed.insert(at)
        } else {
          merged[at].name = person.name
          merged[at].aliases.append(tally.name)
          renamed[person.name] = at
        }
        continue
      }
      guard
        let owner = Self.dominant(found, mentions: { mentions[merged[$0].name.lowercased()] ?? 0 })
      else { continue }
      merged[owner].absorb(tally)
      absorbed.insert(at)
    }
    return merged.enumerated().filter { !absorbed.contains($0.offset) }.map(\.element)
  }

  /// The person of `people` that a speaker quoted by the surname alone (`Howard`) stands for:
  /// one whose full name ends with it and whom the topics know by it, or of several the one
  /// the session names far more often (see ``dominant(_:mentions:)``). Nil for a speaker of
  /// several words or one no person stands out for.
  static func person(forSurname speaker: String, in people: [SessionTopic]) -> SessionTopic? {
    guard !speaker.contains(" ") else { return nil }
    let surname = speaker.lowercased()
    let owners = people.indices.filter { at in
      let person = people[at]
      guard person.kind == .person, person.name.contains(" "),
        person.name.split(separator: " ").last?.lowercased() == surname
      else { return false }
      return person.aliases.contains { $0.lowercased() == surname }
    }
    return dominant(owners, mentions: { people[$0].mentions }).map { people[$0] }
  }

  /// The one owner of a surname, or of several the one the session names far more often than
  /// each other (`Tony Blair`, 500 mentions, for a lone `Blair` beside `Ian Blair`, 8): at
  /// least ``dominance`` times as often. Nil when none stands out.
  private static func dominant(_ owners: [Int], mentions: (Int) -> Int) -> Int? {
    guard let first = owners.first else { return nil }
    guard owners.count > 1 else { return first }
    let ranked = owners.sorted { mentions($0) > mentions($1) }
    return mentions(ranked[0]) >= dominance * max(1, mentions(ranked[1])) ? ranked[0] : nil
  }

  /// How many times as often the leading owner of a surname must be named as the next.
  static let dominance = 10

  private mutating func absorb(_ other: SpeakerTally) {
    aliases.append(other.name)
    quotes += other.quotes
    articles = Array(Set(articles).union(other.articles)).sorted()
    for role in other.roles { add(role: role) }
  }

  /// Adds `role` unless it is already listed in another case (`Shadow home secretary` and
  /// `Shadow Home Secretary` are one role); of two such spellings the one with more capitals
  /// stays, since a title written out in full is capitalised.
  private mutating func add(role: String) {
    let key = role.lowercased()
    guard let at = roles.firstIndex(where: { $0.lowercased() == key }) else {
      roles.append(role)
      return
    }
    if Self.capitals(role) > Self.capitals(roles[at]) { roles[at] = role }
  }

  private static func capitals(_ text: String) -> Int {
    text.unicodeScalars.count { $0.properties.isUppercase }
  }
}
