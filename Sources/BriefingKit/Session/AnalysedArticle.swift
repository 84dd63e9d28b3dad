/// An article with everything the session derives from it at load time.
public struct AnalysedArticle: Sendable, Equatable {
  public var article: Article
  public var quotes: [Quote]
  public var topics: [Topic]
  public var summary: String
  /// Content hash that detects the same article loaded twice.
  public var hash: String

  public init(article: Article, quotes: [Quote], topics: [Topic], summary: String) {
    self.article = article
    self.quotes = quotes
    self.topics = topics
    self.summary = summary
    self.hash = Self.contentHash(of: article)
  }

  /// FNV-1a (64 bit) over the title and text: equal content gives an equal hash.
  public static func contentHash(of article: Article) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in article.title.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    hash = (hash ^ 0x1f) &* 0x100_0000_01b3
    for byte in article.text.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
