// swift-format-ignore-file: AlwaysUseLowerCamelCase
// Stored property names are template keys (see MemoContext+Views.swift and templates/README.md).

/// Everything a memo template can show, built from plain values the session gathers.
///
/// swift-mustache reads it through `Mirror`, so every key is a stored property; the keys are
/// documented in `templates/README.md`. Citation numbers (`cite`) number `articles` 1…n in the
/// order given; quotes whose article is not among `articles` are left out, so every citation
/// points to a listed source.
///
/// ```swift
/// let context = MemoContext(
///   fields: ["title": "Morning brief"], notes: [], articles: inputs, quotes: pinned,
///   topics: ranked, generatedAt: "2026-02-03T08:00:00Z")
/// ```
public struct MemoContext: Sendable {
  let memo: Fields
  let notes: [Note]
  let topics: [TopicView]
  let quotes: [QuoteView]
  let articles: [ArticleView]
  let speakers: [SpeakerView]
  let days: [DayView]
  let session: SessionView
  let generated_at: String
  let has_notes: Bool
  let has_topics: Bool
  let has_quotes: Bool
  let has_articles: Bool

  /// Builds the context.
  ///
  /// - Parameters:
  ///   - fields: Memo fields by name: `title`, `subject`, `to`, `from`, `date`,
  ///     `classification`, `bluf`; others are ignored. `date` defaults to `generatedAt`'s date.
  ///   - articles: The sources to list, in citation order; repeated article ids are dropped.
  ///   - quotes: The quotes to show, in order.
  ///   - topics: The topics to show, in order.
  ///   - generatedAt: When the memo is made, ISO 8601 (`2026-02-03T08:00:00Z`).
  public init(
    fields: [String: String], notes: [MemoNote], articles: [MemoArticleInput],
    quotes: [StoredQuote], topics: [SessionTopic], generatedAt: String
  ) {
    let inputs = Self.uniqueByID(articles)
    let refs = Self.references(for: inputs)
    let quoteViews = Self.quoteViews(quotes, refs: refs)
    let topicViews = topics.map { Self.topicView($0, refs: refs) }
    let articleViews = inputs.enumerated().map { offset, input in
      Self.articleView(input, cite: offset + 1, topics: topics, quotes: quoteViews)
    }
    self.memo = Self.fields(fields, generatedAt: generatedAt)
    self.notes = notes.enumerated().map { offset, note in
      Note(number: offset + 1, text: note.text, confidence: note.confidence?.rawValue)
    }
    self.topics = topicViews
    self.quotes = quoteViews
    self.articles = articleViews
    self.speakers = Self.speakers(of: quoteViews)
    self.days = Self.days(of: articleViews)
    self.session = Self.session(of: inputs, quotes: quoteViews.count, topics: topicViews.count)
    self.generated_at = generatedAt
    self.has_notes = !notes.isEmpty
    self.has_topics = !topicViews.isEmpty
    self.has_quotes = !quoteViews.isEmpty
    self.has_articles = !articleViews.isEmpty
  }

  private static func uniqueByID(_ inputs: [MemoArticleInput]) -> [MemoArticleInput] {
    var seen: Set<Int> = []
    return inputs.filter { seen.insert($0.article.id).inserted }
  }

  private static func references(for inputs: [MemoArticleInput]) -> [Int: ArticleRef] {
    var refs: [Int: ArticleRef] = [:]
    for (offset, input) in inputs.enumerated() {
      let article = input.article
      refs[article.id] = ArticleRef(
        id: article.id, cite: offset + 1, title: article.title, source: nonEmpty(article.source),
        date: nonEmpty(article.date), url: safeURL(article.url))
    }
    return refs
  }

  private static func fields(_ fields: [String: String], generatedAt: String) -> Fields {
    let value = { (key: String) in nonEmpty(fields[key]) }
    let generatedDate = generatedAt.count >= 10 ? String(generatedAt.prefix(10)) : nil
    let to = value("to")
    let from = value("from")
    let subject = value("subject")
    return Fields(
      title: value("title"), subject: subject, to: to, from: from,
      date: value("date") ?? nonEmpty(generatedDate), classification: value("classification"),
      bluf: value("bluf"), has_header: to != nil || from != nil || subject != nil)
  }

  private static func quoteViews(_ quotes: [StoredQuote], refs: [Int: ArticleRef]) -> [QuoteView] {
    quotes.compactMap { stored -> (StoredQuote, ArticleRef)? in
      refs[stored.articleID].map { (stored, $0) }
    }.enumerated().map { offset, pair in
      let (stored, ref) = pair
      let quote = stored.quote
      return QuoteView(
        number: offset + 1, id: stored.id, text: quote.text, speaker: nonEmpty(quote.speaker),
        role: nonEmpty(quote.role), cue: nonEmpty(quote.cue), partial: quote.isPartial,
        cite: ref.cite, article: ref)
    }
  }

  private static func topicView(_ topic: SessionTopic, refs: [Int: ArticleRef]) -> TopicView {
    TopicView(
      name: topic.name, kind: topic.kind.rawValue, role: nonEmpty(topic.role),
      mentions: topic.mentions, article_count: Set(topic.articles).count,
      article_count_text: counted(Set(topic.articles).count, "article"),
      mentions_text: counted(topic.mentions, "mention"),
      articles: topic.articles.compactMap { refs[$0] }.sorted { $0.cite < $1.cite })
  }

  private static func articleView(
    _ input: MemoArticleInput, cite: Int, topics: [SessionTopic], quotes: [QuoteView]
  ) -> ArticleView {
    let article = input.article
    let topicRefs = topics.filter { $0.articles.contains(article.id) }.map {
      TopicRef(name: $0.name, kind: $0.kind.rawValue, mentions: $0.mentions)
    }
    let ownQuotes = quotes.filter { $0.article.id == article.id }
    let authors = article.authors.compactMap { nonEmpty($0) }
    return ArticleView(
      id: article.id, cite: cite, title: article.title, source: nonEmpty(article.source),
      author: authors.isEmpty ? nil : authors.joined(separator: ", "),
      date: nonEmpty(article.date), url: safeURL(article.url),
      language: article.language == "und" ? nil : nonEmpty(article.language),
      summary: nonEmpty(input.summary), words: article.wordCount, topics: topicRefs,
      quotes: ownQuotes, has_topics: !topicRefs.isEmpty, has_quotes: !ownQuotes.isEmpty)
  }

  /// `url` when it is an `http(s)` address that can go between `<` and `>` as it is, else nil:
  /// templates show it raw (`<{{{url}}}>`), so it must not hold spaces, controls or brackets.
  static func safeURL(_ url: String?) -> String? {
    guard let url, url.lowercased().hasPrefix("http://") || url.lowercased().hasPrefix("https://")
    else { return nil }
    let isUnsafe = url.unicodeScalars.contains {
      $0.properties.isWhitespace || $0.properties.generalCategory == .control
        || "<>".unicodeScalars.contains($0)
    }
    return isUnsafe ? nil : url
  }

  /// `text` unless it is nil or only whitespace and control characters, which escaping drops
  /// (else `**{{classification}}**` could render `****`, a thematic break).
  static func nonEmpty(_ text: String?) -> String? {
    let isShown = { (scalar: Unicode.Scalar) in
      !scalar.properties.isWhitespace && scalar.properties.generalCategory != .control
    }
    guard let text, text.unicodeScalars.contains(where: isShown) else { return nil }
    return text
  }
}

/// `1 article`, `2 articles`.
func counted(_ count: Int, _ noun: String) -> String {
  "\(count) \(noun)\(count == 1 ? "" : "s")"
}
