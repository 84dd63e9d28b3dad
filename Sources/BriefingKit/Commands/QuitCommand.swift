/// `quit`: leaves the shell or ends the script.
struct QuitCommand: Command {
  static let name = "quit"
  static let usage = "quit"
  static let abstract = "Leave briefing."

  init(arguments: [String]) throws(CommandError) {
    try Self.expectNoArguments(arguments)
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    CommandOutput(quit: true)
  }
}
