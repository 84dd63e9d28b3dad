/// Commands with no arguments share this check.
extension Command {
  static func expectNoArguments(_ arguments: [String]) throws(CommandError) {
    if let first = arguments.first {
      throw .unexpectedArgument(command: name, argument: first, usage: usage)
    }
  }

  /// For listings whose only option is `--json`: whether it was given.
  static func parseJSONFlagOnly(_ arguments: [String]) throws(CommandError) -> Bool {
    let parsed = try ParsedArguments(arguments, for: Self.self, flags: ["--json"])
    if let extra = parsed.positionals.first {
      throw .unexpectedArgument(command: name, argument: extra, usage: usage)
    }
    return parsed.has("--json")
  }

  /// The one argument a command may take, or nil without one.
  static func optionalArgument(_ arguments: [String]) throws(CommandError) -> String? {
    guard arguments.count <= 1 else {
      throw .unexpectedArgument(command: name, argument: arguments[1], usage: usage)
    }
    return arguments.first
  }

  static func onlyArgument(_ arguments: [String], named argument: String) throws(CommandError)
    -> String
  {
    guard let first = arguments.first else {
      throw .missingArgument(command: name, argument: argument, usage: usage)
    }
    if arguments.count > 1 {
      throw .unexpectedArgument(command: name, argument: arguments[1], usage: usage)
    }
    return first
  }

  /// Article ids given as words: `3`, or a range `3-7` (also `3..7`), in the order given.
  static func articleIDs(_ words: [String]) throws(CommandError) -> [Int] {
    var ids: [Int] = []
    for word in words {
      if let id = Int(word), id >= 1 {
        ids.append(id)
      } else if let range = idRange(word) {
        ids += range
      } else {
        throw .invalidValue(
          command: name, argument: word,
          reason: "article ids are numbers such as 3, or ranges such as 3-7")
      }
    }
    return ids
  }

  /// One article id, for commands that act on a single article (`show 3`, `pin article 3`).
  static func articleID(_ word: String) throws(CommandError) -> Int {
    if let id = Int(word), id >= 1 { return id }
    let reason =
      idRange(word) == nil
      ? "an article id is a number such as 3" : "give one article id here, not a range"
    throw .invalidValue(command: name, argument: word, reason: reason)
  }

  /// `3-7` or `3..7` as the ids it spans; nil for anything else (a million ids at most).
  private static func idRange(_ word: String) -> ClosedRange<Int>? {
    let separator = word.contains("..") ? ".." : "-"
    let parts = word.split(separator: separator, omittingEmptySubsequences: false)
    guard parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]), low >= 1,
      low <= high, high - low < 1_000_000
    else { return nil }
    return low...high
  }
}
