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

  /// Article ids given as words: `3`, `3-7`.
  static func articleIDs(_ words: [String]) throws(CommandError) -> [Int] {
    var ids: [Int] = []
    for word in words {
      let parts = word.split(separator: "-", omittingEmptySubsequences: false)
      if parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]), low >= 1,
        low <= high, high - low < 1_000_000
      {
        ids += Array(low...high)
      } else if let id = Int(word), id >= 1 {
        ids.append(id)
      } else {
        throw .invalidValue(
          command: name, argument: word, reason: "an article id is a number such as 3")
      }
    }
    return ids
  }
}
