/// Why a file could not be read as articles.
///
/// Every case names the path as the user gave it; ``description`` is the message the shell
/// prints after `error: `.
public enum ArticleError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file has no bytes at all, or only white space.
  case empty(path: String)
  /// The file holds NUL bytes or other control bytes, so it is not text.
  case binary(path: String)
  /// The file is larger than the reader's limit.
  case tooLarge(path: String, bytes: Int, limit: Int)
  /// The JSON or JSON Lines is not well formed; line and column are 1-based, in the file.
  case malformedJSON(path: String, line: Int, column: Int, reason: String)
  /// The YAML front matter of a Markdown file does not parse; line and column are in the file.
  case malformedFrontMatter(path: String, line: Int, column: Int, reason: String)
  /// A JSON field has the wrong type, such as a number where a title string belongs.
  case wrongFieldType(path: String, line: Int, field: String, expected: String, found: String)
  /// The file parsed but has no body text to analyse.
  case noText(path: String)
  /// The file could not be read at all (missing, a folder, no permission).
  case unreadable(path: String, reason: String)
  /// The file is HTML, but libxml2, which reads HTML, is not installed on this machine.
  case htmlUnavailable(path: String)

  /// The user-facing message: lower case, the path in quotes, what is wrong and what to do.
  public var description: String {
    switch self {
    case .empty(let path):
      return "'\(path)' is empty; there is nothing to load"
    case .binary(let path):
      return "'\(path)' is a binary file, not text; load .txt, .md, .html or .json articles"
    case .tooLarge(let path, let bytes, let limit):
      return "'\(path)' is \(Self.megabytes(bytes)), over the \(Self.megabytes(limit)) limit; "
        + "split it into smaller files"
    case .malformedJSON(let path, let line, let column, let reason):
      return "'\(path)' line \(line), column \(column): \(reason)"
    case .malformedFrontMatter(let path, let line, let column, let reason):
      return "'\(path)' line \(line), column \(column): front matter: \(reason)"
    case .wrongFieldType(let path, let line, let field, let expected, let found):
      return "'\(path)' line \(line): field '\(field)' should be \(expected), not \(found)"
    case .noText(let path):
      return "'\(path)' has no article text; check that it is an article and not an index page"
    case .unreadable(let path, let reason):
      return "cannot read '\(path)': \(reason)"
    case .htmlUnavailable(let path):
      return "cannot read '\(path)': HTML needs libxml2 (libxml2.so.2), which this machine "
        + "lacks; install it (Debian: apt-get install libxml2) or load the text instead"
    }
  }

  /// `12.3 MB`, with one decimal.
  private static func megabytes(_ bytes: Int) -> String {
    let tenths = (bytes * 10 + 524_288) / 1_048_576
    return "\(tenths / 10).\(tenths % 10) MB"
  }
}
