/// `set FIELD VALUE`: set a memo field; the rest of the line is the value.
struct SetCommand: Command {
  static let name = "set"
  static let usage = "set FIELD VALUE..."
  static let abstract =
    "Set a memo field (title, subject, to, from, date, classification, bluf, …)."
  static var details: String {
    "Fields:\n"
      + MemoFields.all.map { "  \($0.name.padding(toLength: 16))\($0.meaning)" }
      .joined(separator: "\n") + "\n\nExample:\n  set subject Russia–US video summit"
  }
  static let completion = CompletionSpec(values: [.field])
  var field: String
  var value: String

  init(arguments: [String]) throws(CommandError) {
    guard let field = arguments.first else {
      throw .missingArgument(command: Self.name, argument: "a field", usage: Self.usage)
    }
    guard arguments.count > 1 else {
      throw .missingArgument(
        command: Self.name, argument: "a value for \(field)", usage: Self.usage)
    }
    value = arguments.dropFirst().joined(separator: " ")
    self.field = field
    try MemoFields.validate(field, value: value, command: Self.name)
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    try context.store.setField(field, to: value)
    return CommandOutput()
  }
}
