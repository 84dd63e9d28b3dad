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
    let forms = TopicMentions(names: [topic.name] + topic.aliases)
    let ids = Array(topic.articles.prefix(Self.articleLimit))
    for id in ids {
      let record = try store.article(id: id)
      articles.append(record)
      if let sentence = Self.keySentence(in: record.article, forms: forms) {
        sentences.append((id, sentence))
      }
    }
    quotes = try store.quotes(articles: ids).filter { stored in
      stored.quote.speaker == topic.name || forms.occur(in: stored.quote.text)
    }
  }

  /// The first sentence of `article` that names the topic, preferring one that ends as a
  /// sentence does over a subheading or a caption (`NATO non-expansion guarantees`).
  static func keySentence(in article: Article, forms: TopicMentions) -> String? {
    let text = article.text
    let scalars = Array(text.unicodeScalars)
    var fragment: String?
    let ranges = SentenceSplitter(language: article.language).sentences(in: text)
    for range in ranges.prefix(200) {
      let lower = range.lowerBound
      let upper = min(range.upperBound, scalars.count)
      guard lower < upper else { continue }
      let sentence = String(String.UnicodeScalarView(scalars[lower..<upper]))
      guard forms.occur(in: sentence) else { continue }
      if endsAsASentence(scalars[upper - 1]) { return sentence }
      if fragment == nil { fragment = sentence }
    }
    return fragment
  }

  /// True for a sentence's last scalar that closes a sentence: a terminator, a closing quote
  /// or bracket after one.
  private static func endsAsASentence(_ last: Unicode.Scalar) -> Bool {
    last.isSentenceTerminator || last.isClosingPunctuation
  }

  func rendered() -> String {
    var lines = ["\(topic.name) (\(topic.kind.rawValue))"]
    if let role = topic.role { lines[0] += ", \(role)" }
    lines.append(
      counted(topic.mentions, "mention") + " in " + counted(topic.articles.count, "article"))
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
