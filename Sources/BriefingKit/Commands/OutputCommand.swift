/// `output [FILE]`: send the results of the following commands to a file, or back.
struct OutputCommand: Command {
  static let name = "output"
  static let usage = "output [FILE]"
  static let abstract = "Send results to FILE (appending), or back to the terminal."
  static let details =
    "Errors still go to the terminal.\n\nExample:\n  output notes.txt\n  quotes\n  output"
  static let completion = CompletionSpec(values: [.path])
  var path: String?

  init(arguments: [String]) throws(CommandError) {
    path = try Self.optionalArgument(arguments)
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    guard let path else { return CommandOutput(redirect: .terminal) }
    try context.files.append("", to: path)
    return CommandOutput(redirect: .file(path))
  }
}
