extension MemoContext {
  /// Quotes grouped by speaker: most-quoted first (ties in order of first quote), then the
  /// unattributed ones.
  static func speakers(of quotes: [QuoteView]) -> [SpeakerView] {
    var order: [String] = []
    var groups: [String: [QuoteView]] = [:]
    var unattributed: [QuoteView] = []
    for quote in quotes {
      guard let name = quote.speaker else {
        unattributed.append(quote)
        continue
      }
      if groups[name] == nil { order.append(name) }
      groups[name, default: []].append(quote)
    }
    let ranked = order.enumerated().sorted { first, second in
      let firstCount = groups[first.element]?.count ?? 0
      let secondCount = groups[second.element]?.count ?? 0
      return firstCount != secondCount ? firstCount > secondCount : first.offset < second.offset
    }
    var speakers = ranked.map { _, name in
      let own = groups[name] ?? []
      return SpeakerView(
        name: name, role: own.lazy.compactMap(\.role).first, quote_count: own.count, quotes: own)
    }
    if !unattributed.isEmpty {
      speakers.append(
        SpeakerView(name: nil, role: nil, quote_count: unattributed.count, quotes: unattributed))
    }
    return speakers
  }

  /// Articles grouped by date, earliest first, undated ones last; citation order within a day.
  static func days(of articles: [ArticleView]) -> [DayView] {
    var byDate: [String: [ArticleView]] = [:]
    var undated: [ArticleView] = []
    for article in articles {
      if let date = article.date {
        byDate[date, default: []].append(article)
      } else {
        undated.append(article)
      }
    }
    var days = byDate.keys.sorted().map { DayView(date: $0, articles: byDate[$0] ?? []) }
    if !undated.isEmpty { days.append(DayView(date: nil, articles: undated)) }
    return days
  }

  /// Figures about the listed sources: counts, date range, outlets and languages (first seen
  /// first).
  static func session(of inputs: [MemoArticleInput], quotes: Int, topics: Int) -> SessionView {
    let articles = inputs.map(\.article)
    let dates = articles.compactMap { nonEmpty($0.date) }.sorted()
    return SessionView(
      article_count: articles.count, quote_count: quotes, topic_count: topics,
      first_date: dates.first, last_date: dates.last,
      outlets: uniqueInOrder(articles.compactMap { nonEmpty($0.source) }),
      languages: uniqueInOrder(articles.map(\.language).filter { $0 != "und" && !$0.isEmpty }))
  }

  private static func uniqueInOrder(_ values: [String]) -> [String] {
    var seen: Set<String> = []
    return values.filter { seen.insert($0).inserted }
  }
}
