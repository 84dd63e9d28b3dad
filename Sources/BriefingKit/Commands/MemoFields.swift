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
    if let value, name == "date", isImpossibleISODate(value) {
      throw .invalidValue(
        command: command, argument: value,
        reason: "no such day; give the date as YYYY-MM-DD (or in words)")
    }
  }

  /// True for `2026-13-45` or `2026-02-30`: written as a date in numbers, but no calendar day.
  /// Any other text is a date line as the analyst wants it (`27 November`, `Friday a.m.`).
  private static func isImpossibleISODate(_ value: String) -> Bool {
    let parts = value.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count),
      (1...2).contains(parts[2].count),
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return false }
    return DateText.iso(year: year, month: month, day: day) == nil
  }
}
