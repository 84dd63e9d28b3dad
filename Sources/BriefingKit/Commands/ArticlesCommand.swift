/// `articles`: the table of articles in the session.
struct ArticlesCommand: Command {
  static let name = "articles"
  static let usage =
    "articles [--json] [--sort date|source|title] [--source NAME] [--since DATE] [--limit N|--all]"
  static let abstract = "List the articles: id, date, source, title, words, language."
  static let details = """
    Options:
      --sort KEY      order by date, source or title (default: id)
      --source NAME   only articles whose source contains NAME
      --since DATE    only articles dated on or after DATE (YYYY-MM-DD)
      --limit N       show the first N rows of the table (default \(ListingLimit.defaultCount))
      --all           show every row of the table
      --json          one JSON array on standard output, always every article

    Example:
      articles --sort date --since 2026-01-01
    """
  static let completion = CompletionSpec(
    flags: ["--json", "--sort", "--source", "--since", "--limit", "--all"],
    flagValues: [
      "--sort": .words(["date", "source", "title"]), "--source": .words([]), "--since": .words([]),
      "--limit": .words([]),
    ])
  var limit: ListingLimit
  var json: Bool
  var sort: String?
  var source: String?
  var since: String?

  init(arguments: [String]) throws(CommandError) {
    let parsed = try ParsedArguments(
      arguments, for: Self.self, flags: ["--json", "--all"],
      options: ["--sort", "--source", "--since", "--limit"])
    if let extra = parsed.positionals.first {
      throw .unexpectedArgument(command: Self.name, argument: extra, usage: Self.usage)
    }
    json = parsed.has("--json")
    sort = try parsed.choice("--sort", in: ["date", "source", "title"])
    source = parsed.value("--source")
    since = parsed.value("--since")
    limit = try ListingLimit(parsed, command: Self.name)
    if let since, !ArticleListing.isDate(since) {
      throw .invalidValue(command: Self.name, argument: since, reason: "--since takes YYYY-MM-DD")
    }
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    // The plain listing reads only the rows it shows, whatever the size of the session.
    if !json && sort == nil && source == nil && since == nil, let count = limit.count {
      let records = try context.store.articles(limit: count)
      return try listing(records, of: context.store.articleCount(), width: context.width)
    }
    var records = try context.store.articles()
    if let source {
      records = records.filter {
        ($0.article.source ?? "").lowercased().contains(source.lowercased())
      }
    }
    if let since { records = records.filter { ($0.article.date ?? "") >= since } }
    switch sort {
    case "date"?: records.sort { ($0.article.date ?? "9999") < ($1.article.date ?? "9999") }
    case "source"?: records.sort { ($0.article.source ?? "~") < ($1.article.source ?? "~") }
    case "title"?: records.sort { $0.article.title.lowercased() < $1.article.title.lowercased() }
    default: break
    }
    if json { return CommandOutput(JSONValue.array(records.map(ArticleListing.json)).rendered()) }
    return listing(limit.shown(records), of: records.count, width: context.width)
  }

  /// The table of `shown`, the first of `total` articles, saying how to see the rest.
  private func listing(_ shown: [ArticleRecord], of total: Int, width: Int) -> CommandOutput {
    guard total > 0 else { return CommandOutput("no articles; 'load PATH' reads some") }
    let table = ArticleListing.table(shown).rendered(width: width)
    let footer = limit.footer(
      shown: shown.count, total: total, noun: "article", command: Self.name)
    return CommandOutput(footer.map { table + "\n" + $0 } ?? table)
  }
}
