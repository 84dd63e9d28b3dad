/// Reads, analyses and stores the files of one `load`, one article at a time, all in one
/// transaction: memory stays at one analysed article however many files there are, and
/// Ctrl-C (or any failure of the store) leaves the session as it was.
struct ArticleLoader {
  let context: CommandContext
  let command: String
  /// Files that failed to read and readers' warnings, in file order.
  private(set) var diagnostics: [CommandOutput.Diagnostic] = []

  /// Largest file `load` reads.
  static let maxBytes = 50 << 20

  init(in context: CommandContext, command: String) {
    self.context = context
    self.command = command
  }

  /// Loads `files` into the session, reporting progress on an interactive terminal.
  mutating func load(_ files: [String]) throws -> AddResult {
    let reader = ArticleReader(maxBytes: Self.maxBytes)
    let started = ContinuousClock.now
    var lastReport = started
    // In memory, summaries wait until an article record is first read (most loads into a
    // script's session are never listed); a session file gets them now.
    let summarizes = !context.store.defersSummaries
    let result = try context.store.add(
      analysing: { Self.analyse($0, hash: $1, summarizing: summarizes) }
    ) { add in
      var analysed = 0
      for (index, file) in files.enumerated() {
        try context.checkCancellation(command)
        let now = ContinuousClock.now
        if context.isInteractive && (now - lastReport > .milliseconds(100) || index == 0) {
          lastReport = now
          context.progress(
            Self.progressLine(
              done: index, of: files.count, articles: analysed, elapsed: now - started,
              current: file))
        }
        do {
          let bytes = try context.files.bytes(at: file, limit: Self.maxBytes)
          let result = try reader.read(bytes, path: file)
          diagnostics += result.warnings.map { .init(isError: false, message: $0) }
          diagnostics += result.errors.map { .init(isError: true, message: $0.description) }
          for article in result.articles {
            try add(article)
            analysed += 1
          }
        } catch let error as FileError {
          diagnostics.append(.init(isError: true, message: error.description))
        } catch let error as ArticleError {
          diagnostics.append(.init(isError: true, message: error.description))
        }
      }
      try context.checkCancellation(command)
    }
    context.progress(nil)
    if !summarizes { context.store.summarizeLater(result.added) }
    return result
  }

  /// Quotes, topics and, when `summarizing`, a summary (else an empty one) for one article
  /// whose content hash is `hash`.
  static func analyse(_ article: Article, hash: String, summarizing: Bool = true)
    -> AnalysedArticle
  {
    // The text's scalars, decoded once for the quotes and the summary.
    let scalars = ScalarArray.scalars(of: article.text)
    let quotes = QuoteExtractor().quotes(in: article, scalars: scalars)
    var summary = ""
    if summarizing {
      let sentences = SentenceSplitter(language: article.language).sentences(in: scalars)
      summary = Summarizer().summary(of: scalars, sentences: sentences, maxSentences: 2)
    }
    return AnalysedArticle(
      article: article, quotes: quotes,
      topics: TopicExtractor().topics(in: article, quotes: quotes), summary: summary, hash: hash)
  }

  static func progressLine(
    done: Int, of total: Int, articles: Int, elapsed: Duration, current: String
  ) -> String {
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let rate = seconds > 0 ? Int(Double(articles) / seconds) : 0
    return "loading \(done)/\(total) files · \(rate) articles/s · \(current)"
  }
}
