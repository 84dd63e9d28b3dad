import Foundation

/// Files read and analysed for `load`, before anything is stored.
struct ArticleBatch {
  var articles: [AnalysedArticle] = []
  var diagnostics: [CommandOutput.Diagnostic] = []

  /// Largest file `load` reads.
  static let maxBytes = 50 << 20

  /// Reads and analyses `files`, reporting progress; Ctrl-C throws, leaving the session as it is.
  static func read(_ files: [String], in context: CommandContext, command: String) throws
    -> ArticleBatch
  {
    var batch = ArticleBatch()
    let reader = ArticleReader(maxBytes: maxBytes)
    let started = ContinuousClock.now
    var lastReport = started
    for (index, file) in files.enumerated() {
      try context.checkCancellation(command)
      let now = ContinuousClock.now
      if context.isInteractive && (now - lastReport > .milliseconds(100) || index == 0) {
        lastReport = now
        context.progress(
          progressLine(
            done: index, of: files.count, articles: batch.articles.count,
            elapsed: now - started, current: file))
      }
      do {
        let bytes = try context.files.bytes(at: file, limit: maxBytes)
        let result = try reader.read(bytes, path: file)
        batch.diagnostics += result.warnings.map { .init(isError: false, message: $0) }
        batch.articles += result.articles.map(analyse)
      } catch let error as FileError {
        batch.diagnostics.append(.init(isError: true, message: error.description))
      } catch let error as ArticleError {
        batch.diagnostics.append(.init(isError: true, message: error.description))
      }
    }
    try context.checkCancellation(command)
    return batch
  }

  /// Quotes, topics and a summary for one article.
  static func analyse(_ article: Article) -> AnalysedArticle {
    let quotes = QuoteExtractor().quotes(in: article)
    return AnalysedArticle(
      article: article, quotes: quotes,
      topics: TopicExtractor().topics(in: article, quotes: quotes),
      summary: Summarizer().summary(of: article))
  }

  static func progressLine(
    done: Int, of total: Int, articles: Int, elapsed: Duration, current: String
  ) -> String {
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let rate = seconds > 0 ? Int(Double(articles) / seconds) : 0
    return "loading \(done)/\(total) files · \(rate) articles/s · \(current)"
  }
}
