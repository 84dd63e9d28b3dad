/// `history [N]`: the commands run in this session, numbered.
struct HistoryCommand: Command {
  static let name = "history"
  static let usage = "history [N]"
  static let abstract = "Show the last N commands (20 by default)."
  var limit = 20

  init(arguments: [String]) throws(CommandError) {
    guard let word = arguments.first else { return }
    guard arguments.count == 1, let number = Int(word), number > 0 else {
      throw .invalidValue(command: Self.name, argument: word, reason: "N is a positive number")
    }
    limit = number
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    let recent = context.history.suffix(limit)
    let first = context.history.count - recent.count + 1
    return CommandOutput(
      zip(first..., recent).map { "\(String($0).padding(toLength: 5))\($1)" }.joined(
        separator: "\n"))
  }
}
