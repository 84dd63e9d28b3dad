/// The memo fields `set` accepts, with what each means.
enum MemoFields {
  static let all: [(name: String, meaning: String)] = [
    ("title", "the memo's title"), ("subject", "the SUBJECT line"), ("to", "the TO line"),
    ("from", "the FROM line"), ("date", "the DATE line (default: today)"),
    ("classification", "the classification line, e.g. UNCLASSIFIED"),
    ("bluf", "bottom line up front: the one paragraph a reader must see"),
    ("max_quotes", "how many quotes the memo shows without pins (default 8)"),
    ("max_topics", "how many topics the memo shows without pins (default 10)"),
    ("max_articles", "how many articles the memo summarises (default 20)"),
  ]

  static var names: [String] { all.map(\.name) }

  /// Checks a field name (and a value, for the numeric ones).
  static func validate(_ name: String, value: String?, command: String) throws(CommandError) {
    guard names.contains(name) else {
      let near = names.min { EditDistance.between($0, name) < EditDistance.between($1, name) }
      let hint = near.map { " (did you mean '\($0)'?)" } ?? ""
      throw .invalidValue(
        command: command, argument: name,
        reason: "not a memo field\(hint); fields are \(names.joined(separator: ", "))")
    }
    if let value, name.hasPrefix("max_"), Int(value).map({ $0 < 0 }) ?? true {
      throw .invalidValue(command: command, argument: value, reason: "\(name) takes a whole number")
    }
  }
}
