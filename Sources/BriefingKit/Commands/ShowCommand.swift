/// `show ID`: one article's metadata and text by paragraph.
struct ShowCommand: Command {
  static let name = "show"
  static let usage = "show ID [--json]"
  static let abstract = "Show an article's metadata and text."
  static let completion = CompletionSpec(flags: ["--json"], values: [.articleID])
  var id: Int
  var json: Bool

  init(arguments: [String]) throws(CommandError) {
    let parsed = try ParsedArguments(arguments, for: Self.self, flags: ["--json"])
    let word = try Self.onlyArgument(parsed.positionals, named: "an article id")
    id = try Self.articleID(word)
    json = parsed.has("--json")
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    let record = try context.store.article(id: id)
    let article = record.article
    if json {
      guard case .object(var pairs) = ArticleListing.json(record) else { return CommandOutput() }
      pairs.append(("paragraphs", .array(article.paragraphs.map { .string($0) })))
      return CommandOutput(JSONValue.object(pairs).rendered())
    }
    var lines = ["# \(article.title)", ""]
    let meta: [(String, String?)] = [
      ("id", String(article.id)), ("date", article.date), ("source", article.source),
      ("author", article.authors.isEmpty ? nil : article.authors.joined(separator: ", ")),
      ("url", article.url), ("language", article.language), ("path", article.path),
      ("words", String(record.words)),
    ]
    lines += meta.compactMap { key, value in value.map { "\(key.padding(toLength: 10))\($0)" } }
    lines.append("")
    lines += article.paragraphs.map { $0 + "\n" }
    return CommandOutput(lines.joined(separator: "\n").trimmingTrailingNewlines())
  }
}

extension String {
  func trimmingTrailingNewlines() -> String {
    var text = self
    while text.hasSuffix("\n") { text.removeLast() }
    return text
  }
}
