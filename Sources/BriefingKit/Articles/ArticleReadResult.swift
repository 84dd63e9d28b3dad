/// What reading one file gave: its articles and anything the user should be told.
public struct ArticleReadResult: Sendable, Equatable {
  /// The articles, in file order: id 0, path set, language identified.
  public var articles: [Article]
  /// Notes such as `'x.txt' is not valid UTF-8; read as Windows-1252`.
  public var warnings: [String]
  /// Records of a JSON array or JSON Lines file that could not be read; the file's other
  /// records are in ``articles``.
  public var errors: [ArticleError]

  /// Creates a result.
  public init(articles: [Article], warnings: [String] = [], errors: [ArticleError] = []) {
    self.articles = articles
    self.warnings = warnings
    self.errors = errors
  }
}
