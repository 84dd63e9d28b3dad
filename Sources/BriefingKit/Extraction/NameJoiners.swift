/// Words that join two names into one (`Bank of England`, `Department for Transport`),
/// unlike a surname's particle (`de`, `van`, `von`): after them, the last word names something
/// else, never a person's surname, and an acronym leaves them out.
enum NameJoiners {
  static let words: Set<Substring> = ["of", "for", "and", "the", "on"]
  /// ``words`` with their French, Spanish and German counterparts, for names read in an
  /// article of any language (`Bündnis für Arbeit`).
  static let anyLanguage: Set<Substring> = words.union(["et", "y", "und", "für"])

  /// Whether a lowercased name of space-separated words has a joining word.
  static func join(_ key: String) -> Bool {
    key.split(separator: " ").contains { words.contains($0) }
  }
}
