/// `speakers`: who is quoted, how often, in how many articles.
struct SpeakersCommand: Command {
  static let name = "speakers"
  static let usage = "speakers [--limit N] [--json]"
  static let abstract = "List who is quoted, how often and in how many articles."
  static let details = """
    A surname quoted alone (Okafor) counts for the one person of the session whose full name
    ends with it and whom the topics know by it (Idris Okafor); of two such people it counts
    for one the session names at least ten times as often as the other, else it stays apart.
      --limit N   the N most quoted speakers (all by default)
      --json      each speaker's name, aliases, roles, quotes and articles

    Example:
      speakers --limit 10
    """
  static let completion = CompletionSpec(
    flags: ["--limit", "--json"], flagValues: ["--limit": .words([])])
  var limit: Int?
  var json: Bool

  init(arguments: [String]) throws(CommandError) {
    let parsed = try ParsedArguments(
      arguments, for: Self.self, flags: ["--json"], options: ["--limit"])
    if let extra = parsed.positionals.first {
      throw .unexpectedArgument(command: Self.name, argument: extra, usage: Self.usage)
    }
    limit = try parsed.limit("--limit")
    json = parsed.has("--json")
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    let all = SpeakerTally.tally(
      try context.store.speakerRows(), people: try context.store.rankedTopics().topics(of: .person))
    let speakers = all.prefix(limit ?? all.count)
    if json {
      return CommandOutput(
        JSONValue.array(
          speakers.map { speaker in
            .object([
              ("name", .string(speaker.name)),
              ("aliases", .array(speaker.aliases.map { .string($0) })),
              ("roles", .array(speaker.roles.map { .string($0) })),
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
    let rest = all.count - speakers.count
    let more = rest > 0 ? "\n… and \(rest) more (speakers --limit \(all.count) lists all)" : ""
    return CommandOutput(table.rendered(width: context.width) + more)
  }
}
