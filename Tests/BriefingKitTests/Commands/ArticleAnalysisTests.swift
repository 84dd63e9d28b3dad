import Testing

@testable import BriefingKit

/// A load's analysis of one article gives what each analyser gives on its own.
struct ArticleAnalysisTests {
  @Test func sharedScalarsGiveTheSameQuotesTopicsAndSummary() {
    let article = Article(
      title: "Harbour fees rise",
      language: "en",
      paragraphs: [
        "The harbour board raised its fees on Monday, the third rise in two years.",
        "“We had no choice,” said Ana Lind, the board’s chair. “Costs have doubled.”",
        "Fishermen said the rise would hurt. “It is too much,” said Tomas Berg, who runs two boats.",
      ])
    let analysed = ArticleLoader.analyse(article, hash: AnalysedArticle.contentHash(of: article))
    let quotes = QuoteExtractor().quotes(in: article)
    #expect(analysed.quotes == quotes)
    #expect(analysed.quotes.count == 2)
    #expect(analysed.topics == TopicExtractor().topics(in: article, quotes: quotes))
    #expect(analysed.summary == Summarizer().summary(of: article))
    #expect(!analysed.summary.isEmpty)
    #expect(analysed.hash == AnalysedArticle.contentHash(of: article))
  }
}
