/// `open FILE`: switch to another session file (created when missing).
struct OpenCommand: Command {
  static let name = "open"
  static let usage = "open FILE"
  static let abstract = "Switch to a session file, creating it if needed."
  static let completion = CompletionSpec(values: [.path])
  var path: String

  init(arguments: [String]) throws(CommandError) {
    path = try Self.onlyArgument(arguments, named: "a session file")
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    let store = try SessionStore(path: DiskFileSource.expandingTilde(path))
    context.store = store
    let count = try store.articleCount()
    return .status("opened \(path): " + counted(count, "article"))
  }
}
