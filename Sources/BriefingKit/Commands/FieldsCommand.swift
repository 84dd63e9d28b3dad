/// `fields`: the memo fields and their values.
struct FieldsCommand: Command {
  static let name = "fields"
  static let usage = "fields [--json]"
  static let abstract = "Show the memo fields and their values."
  static let completion = CompletionSpec(flags: ["--json"])
  var json: Bool

  init(arguments: [String]) throws(CommandError) {
    json = try Self.parseJSONFlagOnly(arguments)
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    let values = try context.store.fields()
    if json {
      return CommandOutput(
        JSONValue.object(MemoFields.names.map { ($0, .string(values[$0])) }).rendered())
    }
    return CommandOutput(
      MemoFields.names.map { "\($0.padding(toLength: 16))\(values[$0] ?? "-")" }
        .joined(separator: "\n"))
  }
}
