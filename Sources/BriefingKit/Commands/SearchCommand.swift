import Foundation

/// `search QUERY`: full-text search over titles and text, best match first.
struct SearchCommand: Command {
  static let name = "search"
  static let usage = "search QUERY... [--limit N] [--json]"
  static let abstract = "Full-text search (stemmed, accents folded), best first."
  static let details = """
    Every word must occur (in any form: 'talks' finds 'talk').
      "new labour"        words in quotes must occur together, in that order
      merk*               a word ending in * finds the words it begins (Merkel's)
      -brexit             a word or quoted phrase after - (or NOT) must not occur
      strike OR walkout   either of the two

    Examples:
      search nato expansion --limit 5
      search "prime minister" -blair
    """
  static let completion = CompletionSpec(
    flags: ["--json", "--limit"], flagValues: ["--limit": .words([])])
  var query: SearchQuery
  var limit: Int
  var json: Bool

  init(arguments: [String]) throws(CommandError) {
    let parsed = try ParsedArguments(
      arguments, for: Self.self, flags: ["--json"], options: ["--limit"])
    guard !parsed.positionals.isEmpty else {
      throw .missingArgument(command: Self.name, argument: "a query", usage: Self.usage)
    }
    query = SearchQuery(arguments: parsed.positionals)
    guard query.findsSomething else {
      throw .invalidValue(
        command: Self.name, argument: parsed.positionals.joined(separator: " "),
        reason: "give a word to find, not only words to leave out or punctuation")
    }
    limit = try parsed.limit("--limit") ?? 20
    json = parsed.has("--json")
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    let hits = try context.store.search(query, limit: limit)
    if json {
      return CommandOutput(
        JSONValue.array(
          hits.map { hit in
            .object([
              ("id", .int(hit.articleID)), ("title", .string(hit.title)),
              ("snippet", .string(highlighted(hit.snippet, open: "[", close: "]"))),
              ("rank", .double(hit.rank)),
            ])
          }
        ).rendered())
    }
    guard !hits.isEmpty else { return CommandOutput("no matches for '\(query)'") }
    let open = context.useColor ? "\u{1B}[1;33m" : "["
    let close = context.useColor ? "\u{1B}[0m" : "]"
    return CommandOutput(
      hits.map { hit in
        "\(hit.articleID). \(hit.title)\n   \(highlighted(hit.snippet, open: open, close: close))"
      }.joined(separator: "\n"))
  }

  private func highlighted(_ snippet: String, open: String, close: String) -> String {
    snippet.replacingOccurrences(of: SearchHit.highlightStart, with: open)
      .replacingOccurrences(of: SearchHit.highlightEnd, with: close)
      .replacingOccurrences(of: "\n", with: " ")
  }
}
