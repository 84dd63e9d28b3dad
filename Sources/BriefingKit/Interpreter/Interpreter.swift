/// Turns one line into a command and runs it.
public struct Interpreter: Sendable {
  public init() {}

  /// Runs `line`; a blank line or a `#` comment does nothing.
  public func execute(_ line: String, in context: inout CommandContext) throws -> CommandOutput {
    let words = try Words.split(line)
    guard let name = words.first, !name.hasPrefix("#") else { return CommandOutput() }
    guard let type = CommandRegistry.command(named: name) else {
      throw CommandError.unknownCommand(name, suggestion: CommandRegistry.suggestion(for: name))
    }
    // `memo --help` explains the command rather than failing on an unknown option.
    if words.dropFirst().contains(where: { $0 == "--help" || $0 == "-h" }) {
      return try HelpCommand(arguments: [type.name]).run(in: &context)
    }
    let command = try type.init(arguments: Array(words.dropFirst()))
    return try command.run(in: &context)
  }
}
