/// Why a session file could not be opened, read or written.
public enum SessionError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file exists but is not a SQLite database, or not one of briefing's.
  case notASession(path: String)
  /// The file was written by a newer briefing whose schema this one does not know.
  case newerSchema(path: String)
  /// SQLite refused an operation; carries its message.
  case database(path: String, message: String)
  /// No article has this id.
  case noArticle(id: Int)
  /// No quote has this id.
  case noQuote(id: String)

  public var description: String {
    switch self {
    case .notASession(let path):
      return "'\(path)' is not a briefing session file (or is damaged); open or name another file"
    case .newerSchema(let path):
      return "'\(path)' was written by a newer briefing; upgrade briefing to open it"
    case .database(let path, let message):
      return "session '\(path)': \(message)"
    case .noArticle(let id):
      return "no article with id \(id); 'articles' lists them"
    case .noQuote(let id):
      return "no quote with id '\(id)'; 'quotes' lists them"
    }
  }
}
