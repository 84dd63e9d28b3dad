/// `exit`: leaves the shell or ends the script.
struct ExitCommand: Command {
  static let name = "exit"
  static let usage = "exit"
  static let abstract = "Leave briefing (same as quit)."

  init(arguments: [String]) throws(CommandError) {
    try Self.expectNoArguments(arguments)
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    CommandOutput(quit: true)
  }
}
