/// `quotes`: direct quotations with who said them, grouped by article.
struct QuotesCommand: Command {
  static let name = "quotes"
  static let usage =
    "quotes [ID...] [--speaker NAME] [--about TEXT] [--min-words N] [--limit N|--all] [--json]"
  static let abstract = "List quotes with their speakers, grouped by article."
  static let details = """
    With ids (`3 5`, a range `3-7`), only those articles' quotes. Each quote has an id
    (3.2: article 3, second quote) for 'pin quote'.

    Options:
      --speaker NAME  quotes whose speaker (or role) contains NAME
      --about TEXT    quotes containing every word of TEXT
      --min-words N   quotes of at least N words
      --limit N       show the first N quotes (default \(ListingLimit.defaultCount))
      --all           show every quote
      --json          one JSON array of every quote: id, article, text, speaker, role,
                      mention, cue, partial, start, end, segments (the quoted parts as
                      [start, end] pairs: a quote interrupted by "she said" has two,
                      and its text joins them with " … " where the cue was left out)

    A partial quote (words quoted inside the writer's sentence) is shown with the clause
    that reports them: the city “cannot wait” [partial]; its segments are the quoted words.

    Example:
      quotes --speaker ushakov --min-words 8
    """
  static let completion = CompletionSpec(
    flags: ["--speaker", "--about", "--min-words", "--limit", "--all", "--json"],
    values: [.articleID],
    flagValues: [
      "--speaker": .speaker, "--about": .words([]), "--min-words": .words([]),
      "--limit": .words([]),
    ])
  var ids: [Int]
  var speaker: String?
  var about: String?
  var minWords: Int
  var json: Bool
  var limit: ListingLimit

  init(arguments: [String]) throws(CommandError) {
    let parsed = try ParsedArguments(
      arguments, for: Self.self, flags: ["--json", "--all"],
      options: ["--speaker", "--about", "--min-words", "--limit"])
    ids = try Self.articleIDs(parsed.positionals)
    speaker = parsed.value("--speaker")
    about = parsed.value("--about")
    minWords = try parsed.count("--min-words") ?? 0
    json = parsed.has("--json")
    limit = try ListingLimit(parsed, command: Self.name)
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    for id in ids { _ = try context.store.article(id: id) }
    // Without filters of its own the listing reads only the quotes it shows and counts the
    // rest in the database: the most quoted speaker has thousands of quotes at 20,000 articles.
    if !json && about == nil && minWords == 0, let count = limit.count {
      let page = try context.store.quotePage(articles: ids, speaker: speaker, limit: count)
      return try listing(page.quotes, of: page.total, in: context)
    }
    if json && about == nil && minWords == 0 {
      return CommandOutput(
        try QuoteListing.jsonArray(articles: ids, speaker: speaker, in: context.store))
    }
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
    if json { return CommandOutput(QuoteListing.jsonArray(quotes)) }
    return try listing(limit.shown(quotes), of: quotes.count, in: context)
  }

  /// The quotes shown, under their articles' titles, and a line for the `total - shown` not.
  private func listing(_ shown: [StoredQuote], of total: Int, in context: CommandContext) throws
    -> CommandOutput
  {
    guard !shown.isEmpty else { return CommandOutput("no quotes") }
    let titles = try context.store.titles(of: Set(shown.map(\.articleID)))
    let listing = QuoteListing.grouped(shown, titles: titles, width: context.width)
    let footer = limit.footer(
      shown: shown.count, total: total, noun: "quote", command: Self.name)
    return CommandOutput(footer.map { listing + "\n" + $0 } ?? listing)
  }
}
