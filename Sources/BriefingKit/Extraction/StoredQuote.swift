/// A quote as the session keeps it: the quote, the article it is from, and its stable id.
public struct StoredQuote: Sendable, Equatable, Hashable, Codable {
  /// Stable id `ARTICLE.N` (`3.2`: the second quote of article 3).
  public var id: String
  public var articleID: Int
  public var quote: Quote

  public init(id: String, articleID: Int, quote: Quote) {
    self.id = id
    self.articleID = articleID
    self.quote = quote
  }
}
