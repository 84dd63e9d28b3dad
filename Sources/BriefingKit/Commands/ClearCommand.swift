/// `clear`: remove every article; memo fields and notes stay.
struct ClearCommand: Command {
  static let name = "clear"
  static let usage = "clear"
  static let abstract = "Remove all articles (memo fields and notes stay)."

  init(arguments: [String]) throws(CommandError) {
    try Self.expectNoArguments(arguments)
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    let count = try context.store.articleCount()
    try context.store.clear()
    return .status("removed \(count) article\(count == 1 ? "" : "s")")
  }
}
