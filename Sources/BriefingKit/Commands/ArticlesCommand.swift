/// `articles`: the table of articles in the session.
struct ArticlesCommand: Command {
  static let name = "articles"
  static let usage = "articles [--json] [--sort date|source|title] [--source NAME] [--since DATE]"
  static let abstract = "List the articles: id, date, source, title, words, language."
  static let details = """
    Options:
      --sort KEY      order by date, source or title (default: id)
      --source NAME   only articles whose source contains NAME
      --since DATE    only articles dated on or after DATE (YYYY-MM-DD)
      --json          one JSON array on standard output

    Example:
      articles --sort date --since 2026-01-01
    """
  static let completion = CompletionSpec(
    flags: ["--json", "--sort", "--source", "--since"],
    flagValues: [
      "--sort": .words(["date", "source", "title"]), "--source": .words([]), "--since": .words([]),
    ])
  var json: Bool
  var sort: String?
  var source: String?
  var since: String?

  init(arguments: [String]) throws(CommandError) {
    let parsed = try ParsedArguments(
      arguments, for: Self.self, flags: ["--json"], options: ["--sort", "--source", "--since"])
    if let extra = parsed.positionals.first {
      throw .unexpectedArgument(command: Self.name, argument: extra, usage: Self.usage)
    }
    json = parsed.has("--json")
    sort = try parsed.choice("--sort", in: ["date", "source", "title"])
    source = parsed.value("--source")
    since = parsed.value("--since")
    if let since, !ArticleListing.isDate(since) {
      throw .invalidValue(command: Self.name, argument: since, reason: "--since takes YYYY-MM-DD")
    }
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
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
    guard !records.isEmpty else { return CommandOutput("no articles; 'load PATH' reads some") }
    return CommandOutput(ArticleListing.table(records).rendered(width: context.width))
  }
}
