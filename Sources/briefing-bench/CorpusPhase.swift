import BriefingKit
import Foundation

/// The BBC corpus, step by step: reading, each analysis, the whole `load` into memory and into
/// a session file, and a memo over all of it.
struct CorpusPhase {
  /// The corpus folder (`…/bbc-news/bbc`); its `*/*.txt` files are the articles.
  let directory: String
  let templates: String
  let workDirectory: String
  /// How many times each step runs; the median counts.
  let repeats: Int

  func run() throws -> Results {
    var results = Results()
    results["bbc.rss.start"] = peakResidentBytes()
    results["bbc.repeats"] = Double(repeats)
    // The loads and the memo first, so that the peak memory is theirs, not the steps' below.
    try loadAndRender(into: &results)
    results["bbc.rss"] = peakResidentBytes()
    try analyseStepByStep(into: &results)
    return results
  }

  /// The whole `load` into an in-memory session and into a session file, then `memo`.
  private func loadAndRender(into results: inout Results) throws {
    let load = "load " + Words.quote(directory + "/*/*.txt")
    try measure("bbc.load.memory", into: &results) {
      var shell = BenchShell(store: try SessionStore(), templates: templates)
      try shell.run(load)
    }
    let sessionPath = workDirectory + "/bbc.brief"
    try measure("bbc.load.file", into: &results) {
      unlink(sessionPath)
      var shell = BenchShell(store: try SessionStore(path: sessionPath), templates: templates)
      try shell.run(load)
    }
    let store = try SessionStore(path: sessionPath)
    results["bbc.loaded"] = Double(try store.articleCount())
    var shell = BenchShell(store: store, templates: templates)
    // The first search after a load indexes the loaded articles for full-text search.
    let index = try Stopwatch.time { try shell.run("search government") }
    results["bbc.index"] = index.seconds
    results["bbc.index.cpu"] = index.cpuSeconds
    let memo = try Stopwatch.time { try shell.run("memo") }
    results["bbc.memo.bytes"] = Double(memo.value)
    let memos = try Samples.collect(runs: repeats, minimum: repeats, budget: 0) {
      try shell.run("memo")
    }
    results.record("bbc.memo", first: memo.seconds, samples: memos)
  }

  /// Each part of the analysis alone, over articles read beforehand.
  private func analyseStepByStep(into results: inout Results) throws {
    let files = try CorpusFiles.list(directory)
    var articles: [Article] = []
    var bytes = 0
    try measure("bbc.read", into: &results) {
      (articles, bytes) = try Self.read(files)
    }
    results["bbc.files"] = Double(files.count)
    results["bbc.articles"] = Double(articles.count)
    results["bbc.bytes"] = Double(bytes)
    var quotes: [[Quote]] = []
    measure("bbc.quotes", into: &results) { quotes = articles.map(QuoteExtractor().quotes(in:)) }
    results["bbc.quote.count"] = Double(quotes.reduce(0) { $0 + $1.count })
    measure("bbc.topics", into: &results) {
      _ = zip(articles, quotes).map { TopicExtractor().topics(in: $0, quotes: $1) }
    }
    measure("bbc.summaries", into: &results) { _ = articles.map { Summarizer().summary(of: $0) } }
  }

  /// Reads and parses every file as `load` does (decode, paragraphs, metadata, language).
  static func read(_ files: [String]) throws -> (articles: [Article], bytes: Int) {
    let reader = ArticleReader()
    var articles: [Article] = []
    var bytes = 0
    for file in files {
      let data = try DiskFileSource().bytes(at: file, limit: reader.maxBytes)
      bytes += data.count
      articles += try reader.read(data, path: file).articles
    }
    return (articles, bytes)
  }

  /// Runs `body` ``repeats`` times; records the median wall-clock and CPU times under `key`.
  private func measure(_ key: String, into results: inout Results, _ body: () throws -> Void)
    rethrows
  {
    let samples = try Samples.collect(runs: repeats, minimum: repeats, budget: 0, body)
    results[key] = samples.median
    results[key + ".cpu"] = samples.cpuMedian
  }
}

/// The article files of a corpus folder.
enum CorpusFiles {
  /// The `*/*.txt` files under `directory`, in name order.
  static func list(_ directory: String) throws -> [String] {
    let files = try DiskFileSource().expand(directory + "/*/*.txt")
    guard !files.isEmpty else { throw BenchError.io("no '*/*.txt' files under '\(directory)'") }
    return files
  }
}
