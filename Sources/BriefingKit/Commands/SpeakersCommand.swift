/// `speakers`: who is quoted, how often, in how many articles.
struct SpeakersCommand: Command {
  static let name = "speakers"
  static let usage = "speakers [--json]"
  static let abstract = "List who is quoted, how often and in how many articles."
  static let completion = CompletionSpec(flags: ["--json"])
  var json: Bool

  init(arguments: [String]) throws(CommandError) {
    json = try Self.parseJSONFlagOnly(arguments)
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    let speakers = SpeakerTally.tally(try context.store.quotes())
    if json {
      return CommandOutput(
        JSONValue.array(
          speakers.map { speaker in
            .object([
              ("name", .string(speaker.name)), ("roles", .array(speaker.roles.map { .string($0) })),
              ("quotes", .int(speaker.quotes)),
              ("articles", .array(speaker.articles.map { .int($0) })),
            ])
          }
        ).rendered())
    }
    guard !speakers.isEmpty else { return CommandOutput("no attributed quotes") }
    let table = Table(
      headers: ["SPEAKER", "QUOTES", "ARTICLES", "ROLE"],
      rows: speakers.map { speaker in
        [
          speaker.name, String(speaker.quotes), String(speaker.articles.count),
          speaker.roles.joined(separator: "; "),
        ]
      }, flexible: [0, 3])
    return CommandOutput(table.rendered(width: context.width))
  }
}

/// A quoted person with counts, for `speakers` and memos.
struct SpeakerTally {
  var name: String
  var roles: [String]
  var quotes: Int
  var articles: [Int]

  /// Speakers by number of quotes, then name; unattributed quotes are left out.
  static func tally(_ quotes: [StoredQuote]) -> [SpeakerTally] {
    var byName: [String: SpeakerTally] = [:]
    for stored in quotes {
      guard let name = stored.quote.speaker else { continue }
      var speaker = byName[name] ?? SpeakerTally(name: name, roles: [], quotes: 0, articles: [])
      speaker.quotes += 1
      if speaker.articles.last != stored.articleID { speaker.articles.append(stored.articleID) }
      if let role = stored.quote.role, !role.isEmpty, !speaker.roles.contains(role) {
        speaker.roles.append(role)
      }
      byName[name] = speaker
    }
    return byName.values.sorted { ($0.quotes, $1.name) > ($1.quotes, $0.name) }
  }
}
