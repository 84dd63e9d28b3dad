/// `help [COMMAND]`: the list of commands, or one command's usage, options and example.
struct HelpCommand: Command {
  static let name = "help"
  static let usage = "help [COMMAND]"
  static let abstract = "List the commands, or explain one."
  static let details = "Example:\n  help load"
  static let completion = CompletionSpec(values: [.command])
  var topic: String?

  init(arguments: [String]) throws(CommandError) {
    topic = try Self.optionalArgument(arguments)
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    guard let topic else {
      let width = CommandRegistry.all.map { $0.name.count }.max() ?? 0
      let lines = CommandRegistry.all.map { command in
        command.name.padding(toLength: width + 2) + command.abstract
      }
      return CommandOutput(
        (["Commands (help COMMAND for more):"] + lines.map { "  " + $0 }).joined(separator: "\n"))
    }
    guard let command = CommandRegistry.command(named: topic) else {
      throw CommandError.unknownCommand(topic, suggestion: CommandRegistry.suggestion(for: topic))
    }
    var text = "usage: \(command.usage)\n\n\(command.abstract)"
    if !command.details.isEmpty { text += "\n\n" + command.details }
    return CommandOutput(text)
  }
}

extension String {
  /// The string padded with spaces to `length` scalars (never cut).
  func padding(toLength length: Int) -> String {
    let count = unicodeScalars.count
    return count >= length ? self : self + String(repeating: " ", count: length - count)
  }
}
