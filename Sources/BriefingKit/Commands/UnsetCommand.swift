/// `unset FIELD`: clear a memo field.
struct UnsetCommand: Command {
  static let name = "unset"
  static let usage = "unset FIELD"
  static let abstract = "Clear a memo field."
  static let completion = CompletionSpec(values: [.field])
  var field: String

  init(arguments: [String]) throws(CommandError) {
    field = try Self.onlyArgument(arguments, named: "a field")
    try MemoFields.validate(field, value: nil, command: Self.name)
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    try context.store.setField(field, to: nil)
    return CommandOutput()
  }
}
