import Foundation

/// `memo [--template NAME|PATH] [--out FILE]`: render the session as a Markdown memo.
struct MemoCommand: Command {
  static let name = "memo"
  static let usage = "memo [--template NAME|PATH] [--out FILE]"
  static let abstract = "Render the briefing memo (Markdown) from a template."
  static let details = """
    Uses the pinned quotes, topics and articles in pin order; without pins, the top-ranked
    ones (see the max_quotes, max_topics and max_articles fields): at most two quotes from one
    article and two from one speaker while other quotes fit. With topics pinned and no
    quotes, the quotes by or about those topics come first. The file is written atomically:
    a failure never leaves half a memo.

    Options:
      --template NAME|PATH  a template name ('templates' lists them) or a .mustache file
      --out FILE            write to FILE instead of standard output

    Example:
      memo --template digest --out memo.md
    """
  static let completion = CompletionSpec(
    flags: ["--template", "--out"], flagValues: ["--template": .template, "--out": .path])
  var template: String
  var out: String?

  init(arguments: [String]) throws(CommandError) {
    let parsed = try ParsedArguments(arguments, for: Self.self, options: ["--template", "--out"])
    if let extra = parsed.positionals.first {
      throw .unexpectedArgument(command: Self.name, argument: extra, usage: Self.usage)
    }
    template = parsed.value("--template") ?? "memo"
    out = parsed.value("--out")
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    let renderer = try MemoRenderer(directories: context.templateDirectories)
    let memoContext = try MemoSelection(store: context.store, today: context.today).context()
    let text = try renderer.render(memoContext, template: template)
    guard let out else { return CommandOutput(text.trimmingTrailingNewlines()) }
    try context.files.write(text, to: out)
    return .status("wrote \(out)")
  }
}
