/// `drop ID...`: remove articles (with their quotes, topics and pins); ids are never reused.
struct DropCommand: Command {
  static let name = "drop"
  static let usage = "drop ID..."
  static let abstract = "Remove articles from the session."
  static let details = "Ids are not reused. Ranges work: drop 3-5 (or 3..5)\n\nExample:\n  drop 2 7"
  static let completion = CompletionSpec(values: [.articleID])
  var ids: [Int]

  init(arguments: [String]) throws(CommandError) {
    guard !arguments.isEmpty else {
      throw .missingArgument(command: Self.name, argument: "an article id", usage: Self.usage)
    }
    ids = try Self.articleIDs(arguments)
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    try context.store.drop(ids: ids)
    return .status("dropped " + counted(ids.count, "article"))
  }
}
