/// One article the memo lists as a source, with the summary to show for it.
public struct MemoArticleInput: Sendable, Equatable {
  /// The article as the session holds it (its `id` is what quotes and topics refer to).
  public var article: Article
  /// A short summary, usually ``Summarizer/summary(of:maxSentences:)``; may be empty.
  public var summary: String

  /// Pairs `article` with the `summary` to show for it.
  public init(article: Article, summary: String) {
    self.article = article
    self.summary = summary
  }
}
