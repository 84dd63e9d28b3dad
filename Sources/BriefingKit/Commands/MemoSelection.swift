import Foundation

/// Chooses what goes into a memo: pinned items in pin order, or else the top-ranked ones.
struct MemoSelection {
  var store: SessionStore
  var today: Date

  func context() throws -> MemoContext {
    let fields = try store.fields()
    let pins = try store.pins()
    let limit = { (name: String, fallback: Int) in fields[name].flatMap(Int.init) ?? fallback }
    let topics = try chooseTopics(pins: pins, limit: limit("max_topics", 10))
    let quotes = try chooseQuotes(pins: pins, limit: limit("max_quotes", 8))
    let articles = try chooseArticles(pins: pins, quotes: quotes, limit: limit("max_articles", 20))
    var stamped = fields
    if stamped["date"] == nil { stamped["date"] = UTCTime.day(today) }
    return MemoContext(
      fields: stamped, notes: try store.notes(), articles: articles, quotes: quotes,
      topics: topics, generatedAt: UTCTime.iso8601(today))
  }

  private func chooseTopics(pins: [Pin], limit: Int) throws -> [SessionTopic] {
    let ranked = try store.rankedTopics()
    let pinned = pins.filter { $0.kind == .topic }.compactMap { pin in
      ranked.first { $0.name == pin.ref }
    }
    return pinned.isEmpty ? Array(ranked.prefix(limit)) : pinned
  }

  private func chooseQuotes(pins: [Pin], limit: Int) throws -> [StoredQuote] {
    let pinned = try pins.filter { $0.kind == .quote }.map { try store.quote(id: $0.ref) }
    guard pinned.isEmpty else { return pinned }
    let ranked = try store.cached("memo.quotes") { try Self.rankedQuotes(in: store) }
    var chosen: [StoredQuote] = []
    var perArticle: [Int: Int] = [:]
    for quote in ranked where chosen.count < limit {
      guard perArticle[quote.articleID, default: 0] < 2 else { continue }
      chosen.append(try store.quote(id: quote.id))
      perArticle[quote.articleID, default: 0] += 1
    }
    return chosen.sorted { ($0.articleID, $0.quote.start) < ($1.articleID, $1.quote.start) }
  }

  /// Every quote, best merit first (article order among equals), ranked on the few columns
  /// merit needs: only the quotes chosen are read in full.
  static func rankedQuotes(in store: SessionStore) throws -> [(id: String, articleID: Int)] {
    let all = try store.quoteRankingFields()
    let merits = all.map { quote in
      merit(text: quote.text, hasSpeaker: quote.hasSpeaker, isPartial: quote.isPartial)
    }
    return all.indices.sorted { left, right in
      (merits[left], -left) > (merits[right], -right)
    }.map { (all[$0].id, all[$0].articleID) }
  }

  /// How well a quote serves a memo: attributed, whole, a sentence or two long.
  static func merit(_ stored: StoredQuote) -> Int {
    let quote = stored.quote
    return merit(text: quote.text, hasSpeaker: quote.speaker != nil, isPartial: quote.isPartial)
  }

  static func merit(text: String, hasSpeaker: Bool, isPartial: Bool) -> Int {
    let words = QuoteListing.wordCount(of: text)
    var merit = 0
    if hasSpeaker { merit += 4 }
    if !isPartial { merit += 2 }
    if (10...70).contains(words) { merit += 2 } else if words >= 6 { merit += 1 }
    return merit
  }

  private func chooseArticles(pins: [Pin], quotes: [StoredQuote], limit: Int) throws
    -> [MemoArticleInput]
  {
    var ids = pins.filter { $0.kind == .article }.compactMap { Int($0.ref) }
    for quote in quotes where !ids.contains(quote.articleID) { ids.append(quote.articleID) }
    if pins.isEmpty {
      // The first ids in order are enough: at most `ids.count` of them are taken already.
      for id in try store.articleIDs(limit: limit + ids.count) where ids.count < limit {
        if !ids.contains(id) { ids.append(id) }
      }
    }
    return try ids.map { id in
      let record = try store.article(id: id)
      return MemoArticleInput(article: record.article, summary: record.summary)
    }
  }
}
