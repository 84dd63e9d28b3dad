/// Why a memo template could not be loaded or rendered.
public enum MemoError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A template has a syntax error; `line` and `column` count from 1 in `file`.
  case syntax(file: String, line: Int, column: Int, message: String)
  /// No template has this name and no template file has this path.
  case unknownTemplate(name: String, available: [String])
  /// A template file exists but cannot be read as UTF-8 text.
  case unreadable(path: String)

  /// The message for the user, e.g. `memo.mustache:4:6: section 'quotes' is never closed`.
  public var description: String {
    switch self {
    case .syntax(let file, let line, let column, let message):
      return "\(file):\(line):\(column): \(message)"
    case .unknownTemplate(let name, let available):
      guard !available.isEmpty else { return "unknown template '\(name)'; no templates were found" }
      let list = available.joined(separator: ", ")
      guard let near = Self.nearest(to: name, in: available) else {
        return "unknown template '\(name)'; available templates: \(list)"
      }
      return "unknown template '\(name)'; did you mean '\(near)'? available templates: \(list)"
    case .unreadable(let path):
      return "cannot read template '\(path)'; check that it exists and is UTF-8 text"
    }
  }

  /// The candidate at most two edits from `name` (the closest, first on ties), if any.
  private static func nearest(to name: String, in candidates: [String]) -> String? {
    let scored = candidates.map { ($0, editDistance(Array(name), Array($0))) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2, best.1 < name.count else {
      return nil
    }
    return best.0
  }

  /// Levenshtein distance between two strings, by characters.
  private static func editDistance(_ first: [Character], _ second: [Character]) -> Int {
    var previous = Array(0...second.count)
    for (row, character) in first.enumerated() {
      var current = [row + 1]
      for (column, other) in second.enumerated() {
        let substitution = previous[column] + (character == other ? 0 : 1)
        current.append(min(substitution, previous[column + 1] + 1, current[column] + 1))
      }
      previous = current
    }
    return previous[second.count]
  }
}
