/// `save FILE`: write the whole session to a session file.
struct SaveCommand: Command {
  static let name = "save"
  static let usage = "save FILE"
  static let abstract = "Write the session to a file (open it later with --session or open)."
  static let completion = CompletionSpec(values: [.path])
  var path: String

  init(arguments: [String]) throws(CommandError) {
    path = try Self.onlyArgument(arguments, named: "a file")
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    try context.store.save(to: DiskFileSource.expandingTilde(path))
    return .status("saved the session to \(path)")
  }
}
