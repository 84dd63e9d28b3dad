import BriefingKit
import Foundation

/// Small hand-written sessions and template folders for the memo tests.
enum MemoFixtures {
  /// The shipped `templates/` folder of this checkout.
  static let shippedTemplates = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("templates").path

  static let harbour = Article(
    id: 1, title: "Harbour board approves new ferry route", date: "2026-03-02",
    source: "Coastal Times", authors: ["Mira Okafor", "Tom Reyes"],
    url: "https://coastal.example/ferry_route", language: "en",
    paragraphs: [
      "The harbour board approved a new ferry route to Gull Island on Monday.",
      "“The island has waited ten years for this,” said board chair Ellen Voss.",
    ])

  static let schools = Article(
    id: 2, title: "Island school will reopen", date: "2026-03-01", source: "Island Herald",
    language: "en",
    paragraphs: [
      "The Gull Island school will reopen in autumn, the council said.",
      "Teachers said “we are ready” for the new term.",
    ])

  static let undated = Article(
    id: 4, title: "Letters: the ferry debate", paragraphs: ["Readers wrote in about the ferry."])

  static let quotes = [
    StoredQuote(
      id: "1.1", articleID: 1,
      quote: Quote(
        text: "The island has waited ten years for this,", start: 73, end: 114,
        speaker: "Ellen Voss", role: "board chair", cue: "said")),
    StoredQuote(
      id: "2.1", articleID: 2,
      quote: Quote(
        text: "“we are ready” for the new term", start: 79, end: 110, cue: "said",
        isPartial: true, segments: [80..<92])),
    // Article 3 is not listed as a source, so this quote must not appear.
    StoredQuote(
      id: "3.1", articleID: 3, quote: Quote(text: "Unlisted words", start: 0, end: 14)),
  ]

  static let topics = [
    SessionTopic(
      name: "Gull Island", kind: .place, score: 3, mentions: 4, articles: [1, 2, 3]),
    SessionTopic(
      name: "Ellen Voss", kind: .person, score: 1, mentions: 1, articles: [1],
      role: "board chair"),
  ]

  static let fields = [
    "title": "Ferry brief", "subject": "New ferry route", "to": "Regional desk",
    "from": "A. Analyst", "classification": "UNCLASSIFIED", "bluf": "The route is approved.",
  ]

  static let notes = [
    MemoNote(text: "Service will start this summer.", confidence: .moderate),
    MemoNote(text: "Costs are not yet public."),
  ]

  /// A context with every kind of item, including a quote from an unlisted article.
  static func full() -> MemoContext {
    MemoContext(
      fields: fields, notes: notes,
      articles: [
        MemoArticleInput(article: harbour, summary: "The board approved a ferry route."),
        MemoArticleInput(article: schools, summary: "The school reopens in autumn."),
        MemoArticleInput(article: undated, summary: ""),
      ],
      quotes: quotes, topics: topics, generatedAt: "2026-03-03T07:30:00Z")
  }

  /// The full context with every piece of text (titles, outlets, authors, quotes, speakers,
  /// roles, cues, topics, notes, fields, summaries) replaced by `text`.
  static func full(allTextReplacedBy text: String) -> MemoContext {
    let articles = [harbour, schools, undated].map { article in
      var copy = article
      copy.title = text
      copy.source = article.source.map { _ in text }
      copy.authors = article.authors.map { _ in text }
      return MemoArticleInput(article: copy, summary: text)
    }
    let quotes = self.quotes.map { stored in
      var copy = stored
      copy.quote.text = text
      copy.quote.speaker = stored.quote.speaker.map { _ in text }
      copy.quote.role = stored.quote.role.map { _ in text }
      copy.quote.cue = stored.quote.cue.map { _ in text }
      return copy
    }
    let topics = self.topics.map { topic in
      var copy = topic
      copy.name = text
      copy.role = topic.role.map { _ in text }
      return copy
    }
    return MemoContext(
      fields: fields.mapValues { _ in text }, notes: notes.map { _ in MemoNote(text: text) },
      articles: articles, quotes: quotes, topics: topics, generatedAt: "2026-03-03T07:30:00Z")
  }

  /// A context for an empty session with no fields set.
  static func empty() -> MemoContext {
    MemoContext(
      fields: [:], notes: [], articles: [], quotes: [], topics: [],
      generatedAt: "2026-03-03T07:30:00Z")
  }

  /// A new empty folder under the temporary directory.
  static func temporaryFolder() throws -> String {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("memo-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  /// Removes a folder made by ``temporaryFolder()`` or ``folder(with:)``; call it in a `defer`.
  static func remove(_ folder: String) {
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// Writes `files` (relative path to text) into a new temporary folder and returns its path.
  static func folder(with files: [String: String]) throws -> String {
    let folder = try temporaryFolder()
    for (path, text) in files {
      let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return folder
  }

  /// The lines of `text` that start with `prefix`.
  static func lines(of text: String, startingWith prefix: String) -> [Substring] {
    text.split(separator: "\n").filter { $0.hasPrefix(prefix) }
  }
}
