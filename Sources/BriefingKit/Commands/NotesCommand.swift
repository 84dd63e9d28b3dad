/// `notes`: the key judgments, numbered.
struct NotesCommand: Command {
  static let name = "notes"
  static let usage = "notes [--json]"
  static let abstract = "List the key judgments."
  static let completion = CompletionSpec(flags: ["--json"])
  var json: Bool

  init(arguments: [String]) throws(CommandError) {
    json = try Self.parseJSONFlagOnly(arguments)
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    let notes = try context.store.notes()
    if json {
      return CommandOutput(
        JSONValue.array(
          notes.map {
            .object([("text", .string($0.text)), ("confidence", .string($0.confidence?.rawValue))])
          }
        ).rendered())
    }
    guard !notes.isEmpty else { return CommandOutput("no notes; 'note TEXT' adds one") }
    return CommandOutput(
      zip(1..., notes).map { number, note in
        "\(number). \(note.text)" + (note.confidence.map { " (\($0.rawValue) confidence)" } ?? "")
      }.joined(separator: "\n"))
  }
}
