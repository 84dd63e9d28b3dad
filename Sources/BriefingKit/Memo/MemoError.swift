/// Why a memo template could not be loaded or rendered.
public enum MemoError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A template has a syntax error; `line` and `column` count from 1 in `file`.
  case syntax(file: String, line: Int, column: Int, message: String)
  /// No template has this name and no template file has this path.
  case unknownTemplate(name: String, available: [String])
  /// A template file exists but cannot be read as UTF-8 text.
  case unreadable(path: String)

  /// The message for the user, e.g. `memo.mustache:4:6: error: section 'quotes' is never closed`.
  public var description: String {
    switch self {
    case .syntax(let file, let line, let column, let message):
      return "\(file):\(line):\(column): error: \(message)"
    case .unknownTemplate(let name, let available):
      guard !available.isEmpty else { return "unknown template '\(name)'; no templates were found" }
      let list = available.joined(separator: ", ")
      return "unknown template '\(name)'; available templates: \(list)"
    case .unreadable(let path):
      return "cannot read template '\(path)'; check that it exists and is UTF-8 text"
    }
  }
}
