/// `clear --yes`: remove every article; memo fields and notes stay.
///
/// A bare `clear` removes nothing when the session holds articles: in a shell the word
/// clears the screen, and typing it from habit must not empty a session file. It says what
/// it would remove and how to confirm (Ctrl-L clears the screen).
struct ClearCommand: Command {
  static let name = "clear"
  static let usage = "clear --yes"
  static let abstract = "Remove all articles (memo fields and notes stay)."
  static let details = """
    Without --yes nothing is removed: clear only says how many articles it would remove.
    To clear the screen, press Ctrl-L.

    Example:
      clear --yes
    """
  var confirmed: Bool

  init(arguments: [String]) throws(CommandError) {
    let parsed = try ParsedArguments(arguments, for: Self.self, flags: ["--yes"])
    if let extra = parsed.positionals.first {
      throw .unexpectedArgument(command: Self.name, argument: extra, usage: Self.usage)
    }
    confirmed = parsed.has("--yes")
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    let count = try context.store.articleCount()
    let articles = counted(count, "article")
    guard confirmed || count == 0 else {
      throw CommandError.unconfirmed(
        command: Self.name,
        reason:
          "nothing removed; this would remove all \(articles); type 'clear --yes' to remove them "
          + "(Ctrl-L clears the screen)")
    }
    try context.store.clear()
    return .status("removed \(articles)")
  }
}
