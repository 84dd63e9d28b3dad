/// `--limit N` and `--all` of a listing that shows its first rows unless told otherwise:
/// at 20,000 articles a full listing scrolls past anything a reader looks at. `--json` always
/// gives every item.
struct ListingLimit: Equatable {
  /// Items shown when neither option is given.
  static let defaultCount = 200
  /// The most items to show, or nil for all of them.
  var count: Int?

  /// Reads `--limit N` or `--all` (not both).
  init(_ parsed: ParsedArguments, command: String) throws(CommandError) {
    if parsed.has("--all") && parsed.value("--limit") != nil {
      throw .invalidValue(
        command: command, argument: "--all", reason: "give either --all or --limit N")
    }
    count = parsed.has("--all") ? nil : try parsed.limit("--limit") ?? Self.defaultCount
  }

  /// The first items to show of `items`.
  func shown<T>(_ items: [T]) -> [T] {
    count.map { Array(items.prefix($0)) } ?? items
  }

  /// The line after a listing cut short: `… 19,800 more articles; 'articles --all' …`.
  func footer(shown: Int, total: Int, noun: String, command: String) -> String? {
    let rest = total - shown
    guard rest > 0 else { return nil }
    return "… \(rest) more \(noun)\(rest == 1 ? "" : "s"); "
      + "'\(command) --all' lists them all, '--limit N' the first N"
  }

}
