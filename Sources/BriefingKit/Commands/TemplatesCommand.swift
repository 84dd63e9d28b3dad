/// `templates`: the memo templates available, with a line on each.
struct TemplatesCommand: Command {
  static let name = "templates"
  static let usage = "templates [--json]"
  static let abstract = "List the memo templates (shipped, --templates, ~/.config/briefing)."
  static let completion = CompletionSpec(flags: ["--json"])
  var json: Bool

  init(arguments: [String]) throws(CommandError) {
    json = try Self.parseJSONFlagOnly(arguments)
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    let templates = try MemoRenderer(directories: context.templateDirectories).templates()
    if json {
      return CommandOutput(
        JSONValue.array(
          templates.map {
            .object([("name", .string($0.name)), ("description", .string($0.description))])
          }
        ).rendered())
    }
    let width = templates.map(\.name.count).max() ?? 0
    return CommandOutput(
      templates.map { $0.name.padding(toLength: width + 2) + $0.description }
        .joined(separator: "\n"))
  }
}
