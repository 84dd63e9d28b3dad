/// `quotes`: direct quotations with who said them, grouped by article.
struct QuotesCommand: Command {
  static let name = "quotes"
  static let usage = "quotes [ID...] [--speaker NAME] [--about TEXT] [--min-words N] [--json]"
  static let abstract = "List quotes with their speakers, grouped by article."
  static let details = """
    Each quote has an id (3.2: article 3, second quote) for 'pin quote'.

    Options:
      --speaker NAME  quotes whose speaker (or role) contains NAME
      --about TEXT    quotes containing every word of TEXT
      --min-words N   quotes of at least N words
      --json          one JSON array: id, article, text, speaker, role, mention, cue,
                      partial, start, end

    Example:
      quotes --speaker ushakov --min-words 8
    """
  static let completion = CompletionSpec(
    flags: ["--speaker", "--about", "--min-words", "--json"], values: [.articleID],
    flagValues: ["--speaker": .words([]), "--about": .words([]), "--min-words": .words([])])
  var ids: [Int]
  var speaker: String?
  var about: String?
  var minWords: Int
  var json: Bool

  init(arguments: [String]) throws(CommandError) {
    let parsed = try ParsedArguments(
      arguments, for: Self.self, flags: ["--json"],
      options: ["--speaker", "--about", "--min-words"])
    ids = try Self.articleIDs(parsed.positionals)
    speaker = parsed.value("--speaker")
    about = parsed.value("--about")
    minWords = try parsed.count("--min-words") ?? 0
    json = parsed.has("--json")
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    for id in ids { _ = try context.store.article(id: id) }
    var quotes = try context.store.quotes(articles: ids, speaker: speaker)
    if let about {
      let words = QuoteListing.words(of: about)
      quotes = quotes.filter { stored in
        let text = QuoteListing.words(of: stored.quote.text)
        return words.allSatisfy { word in text.contains { $0.hasPrefix(word) } }
      }
    }
    if minWords > 0 {
      quotes = quotes.filter { QuoteListing.words(of: $0.quote.text).count >= minWords }
    }
    if json { return CommandOutput(JSONValue.array(quotes.map(QuoteListing.json)).rendered()) }
    guard !quotes.isEmpty else { return CommandOutput("no quotes") }
    let titles = try context.store.titles(of: Set(quotes.map(\.articleID)))
    return CommandOutput(QuoteListing.grouped(quotes, titles: titles, width: context.width))
  }
}
