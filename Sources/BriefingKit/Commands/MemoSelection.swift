import Foundation

/// Chooses what goes into a memo: pinned items in pin order, or else the top-ranked ones.
struct MemoSelection {
  var store: SessionStore
  var today: Date

  func context() throws -> MemoContext {
    let fields = try store.fields()
    let pins = try store.pins()
    let limit = { (name: String, fallback: Int) in fields[name].flatMap(Int.init) ?? fallback }
    // The ranking stays as its bytes; only the people and the topics shown are decoded (all
    // of its topics took 2 MB at 1,000 BBC articles).
    let ranked = try store.rankedTopics()
    let people = ranked.topics(of: .person)
    let topics = chooseTopics(ranked, pins: pins, limit: limit("max_topics", 10))
    let pinnedTopics = pins.contains { $0.kind == .topic } ? topics : []
    let names = SpeakerNames(people: people)
    let quotes = try chooseQuotes(
      pins: pins, about: pinnedTopics, people: people, limit: limit("max_quotes", 8)
    ).map { Self.withFullSpeaker($0, people: people, names: names) }
    let articles = try chooseArticles(pins: pins, quotes: quotes, limit: limit("max_articles", 20))
    var stamped = fields
    if stamped["date"] == nil { stamped["date"] = UTCTime.day(today) }
    return MemoContext(
      fields: stamped, notes: try store.notes(), articles: articles, quotes: quotes,
      topics: topics, generatedAt: UTCTime.iso8601(today))
  }

  private func chooseTopics(_ ranked: RankedTopics, pins: [Pin], limit: Int) -> [SessionTopic] {
    let pinned = pins.filter { $0.kind == .topic }.compactMap { pin in
      ranked.first { $0.name == pin.ref }
    }
    return pinned.isEmpty ? Array(ranked.prefix(limit)) : pinned
  }

  /// The pinned quotes; without any, the best quotes on the pinned topics (`about`), taken
  /// from each topic in turn, then the session's best. While others fit, no more than two come
  /// from one article or one speaker: a memo hears the story's several voices, and still fills
  /// up from one long article or one voice when the session has no other (``QuoteChoice``).
  private func chooseQuotes(
    pins: [Pin], about topics: [SessionTopic], people: [SessionTopic], limit: Int
  ) throws -> [StoredQuote] {
    let pinned = try pins.filter { $0.kind == .quote }.map { try store.quote(id: $0.ref) }
    guard pinned.isEmpty else { return pinned }
    var chosen = QuoteChoice(limit: limit)
    for quote in try Self.roundRobin(topics.map { try quotes(about: $0) }) {
      chosen.consider(quote)
    }
    // The analyst asked for these topics: their quotes come before the session's best.
    chosen.takeWaiting()
    let best = try store.cached("memo.quotes") { try Self.rankedQuotes(in: store, people) }
    // The wait is bounded, so a session quoting one person thousands of times still renders
    // at once; a quote is read in full only when it could be taken or wait.
    var read = 0
    for entry in best where !chosen.isFull && read < Self.quotesRead(limit) {
      guard chosen.mayConsider(entry.id, of: entry.articleID) else { continue }
      read += 1
      chosen.consider(try store.quote(id: entry.id))
    }
    chosen.takeWaiting()
    return chosen.inArticleOrder
  }

  /// How many ranked quotes are read in full, at most, to fill a memo of `limit` quotes.
  static func quotesRead(_ limit: Int) -> Int { max(limit, 1) * 40 }

  /// `stored` with its speaker named as the session knows them: a surname quoted alone in
  /// full (`Howard` → `Michael Howard`, with the role when the quote states none), words glued
  /// before a person as the role (`Tory MP Boris Vane` → `Boris Vane`, `Tory MP`).
  static func withFullSpeaker(_ stored: StoredQuote, people: [SessionTopic], names: SpeakerNames)
    -> StoredQuote
  {
    guard let speaker = stored.quote.speaker else { return stored }
    var named = stored
    let split = names.split(speaker)
    if split.name != speaker {
      named.quote.speaker = split.name
      if named.quote.role == nil { named.quote.role = split.role }
    } else if let person = SpeakerTally.person(forSurname: speaker, in: people) {
      named.quote.speaker = person.name
      if named.quote.role == nil { named.quote.role = person.role }
    }
    return named
  }

  /// The quotes by or about `topic` in its first articles (as `topic NAME` reads them), best
  /// merit first.
  private func quotes(about topic: SessionTopic) throws -> [StoredQuote] {
    let names = Set([topic.name] + topic.aliases)
    let forms = TopicMentions(names: Array(names))
    let articles = Array(topic.articles.prefix(TopicReport.articleLimit))
    let found = try store.quotes(articles: articles).filter { stored in
      stored.quote.speaker.map(names.contains) == true || forms.occur(in: stored.quote.text)
    }
    let merits = found.map(Self.merit)
    return found.indices.sorted { (merits[$0], -$0) > (merits[$1], -$1) }.map { found[$0] }
  }

  /// The first of each list, then the second of each, and so on.
  static func roundRobin<Item>(_ lists: [[Item]]) -> [Item] {
    var result: [Item] = []
    var depth = 0
    while lists.contains(where: { depth < $0.count }) {
      for list in lists where depth < list.count { result.append(list[depth]) }
      depth += 1
    }
    return result
  }

  /// Every quote, best merit first, then by how often the session names its speaker (the
  /// people the memo is about speak first), then in article order; ranked on the few columns
  /// merit needs, so only the quotes chosen are read in full.
  static func rankedQuotes(in store: SessionStore, _ topics: [SessionTopic]) throws
    -> [(id: String, articleID: Int)]
  {
    var prominence: [String: Int] = [:]
    for topic in topics where topic.kind == .person {
      prominence[topic.name, default: 0] += topic.mentions
    }
    // Only ids and two numbers a quote are kept: a quote's text is read, scored and dropped.
    var all: [(id: String, articleID: Int)] = []
    var merits: [Int] = []
    var named: [Int] = []
    try store.forEachQuoteRankingFields { quote in
      all.append((quote.id, quote.articleID))
      merits.append(
        merit(text: quote.text, hasSpeaker: quote.speaker != nil, isPartial: quote.isPartial))
      named.append(quote.speaker.flatMap { prominence[$0] } ?? 0)
    }
    return all.indices.sorted { left, right in
      (merits[left], named[left], -left) > (merits[right], named[right], -right)
    }.map { all[$0] }
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
