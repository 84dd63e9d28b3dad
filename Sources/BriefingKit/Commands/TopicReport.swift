/// What the session says about one topic: its articles, sentences naming it, quotes on it.
struct TopicReport {
  var topic: SessionTopic
  var articles: [ArticleRecord] = []
  var sentences: [(articleID: Int, text: String)] = []
  var quotes: [StoredQuote] = []

  /// How many articles are read for sentences and quotes.
  static let articleLimit = 25

  init(topic: SessionTopic, store: SessionStore) throws {
    self.topic = topic
    let forms = ([topic.name] + topic.aliases).map { $0.lowercased() }.filter { !$0.isEmpty }
    let ids = Array(topic.articles.prefix(Self.articleLimit))
    for id in ids {
      let record = try store.article(id: id)
      articles.append(record)
      let text = record.article.text
      let scalars = Array(text.unicodeScalars)
      for range in SentenceSplitter(language: record.article.language).sentences(in: text).prefix(
        200)
      {
        let lower = range.lowerBound, upper = min(range.upperBound, scalars.count)
        guard lower < upper else { continue }
        let sentence = String(String.UnicodeScalarView(scalars[lower..<upper]))
        if Self.mentions(sentence, forms) {
          sentences.append((id, sentence))
          break
        }
      }
    }
    quotes = try store.quotes(articles: ids).filter { stored in
      stored.quote.speaker == topic.name || Self.mentions(stored.quote.text, forms)
    }
  }

  static func mentions(_ text: String, _ forms: [String]) -> Bool {
    let lower = text.lowercased()
    return forms.contains { lower.contains($0) }
  }

  func rendered() -> String {
    var lines = ["\(topic.name) (\(topic.kind.rawValue))"]
    if let role = topic.role { lines[0] += ", \(role)" }
    lines.append(
      "\(topic.mentions) mentions in \(topic.articles.count) article\(topic.articles.count == 1 ? "" : "s")"
    )
    if !topic.aliases.isEmpty { lines.append("also: " + topic.aliases.joined(separator: ", ")) }
    lines += ["", "Articles:"]
    lines += articles.map {
      "  \($0.article.id). \($0.article.title) (\($0.article.date ?? "undated"))"
    }
    if topic.articles.count > articles.count {
      lines.append("  … and \(topic.articles.count - articles.count) more")
    }
    if !sentences.isEmpty {
      lines += ["", "Key sentences:"]
      lines += sentences.prefix(8).map { "  [\($0.articleID)] \($0.text)" }
    }
    if !quotes.isEmpty {
      lines += ["", "Quotes:"]
      lines += quotes.prefix(10).map { "  " + QuoteListing.line($0) }
      let speakers = SpeakerTally.tally(quotes).map { "\($0.name) (\($0.quotes))" }
      if !speakers.isEmpty { lines += ["", "Quoted on it: " + speakers.joined(separator: ", ")] }
    }
    return lines.joined(separator: "\n")
  }
}
