/// The key quotes of a memo as they are chosen: at most two from one article and two from one
/// speaker while other quotes fit; the ones over a limit wait, in the order they came, and
/// fill the places left at the end.
struct QuoteChoice {
  let limit: Int
  private(set) var chosen: [StoredQuote] = []
  private var taken = Set<String>()
  private var waiting: [StoredQuote] = []
  private var perArticle: [Int: Int] = [:]
  private var perSpeaker: [String: Int] = [:]

  /// Quotes allowed from one article, and from one speaker, before others.
  static let share = 2

  init(limit: Int) { self.limit = max(limit, 0) }

  var isFull: Bool { chosen.count >= limit }

  /// False when the quote `id` of `articleID` can neither be taken nor wait, so it need not
  /// be read.
  func mayConsider(_ id: String, of articleID: Int) -> Bool {
    guard !isFull, !taken.contains(id) else { return false }
    return perArticle[articleID, default: 0] < Self.share || waiting.count < limit
  }

  /// Takes `quote` if it is within the limits, else keeps it waiting.
  mutating func consider(_ quote: StoredQuote) {
    guard !isFull, !taken.contains(quote.id) else { return }
    let speakerCount = quote.quote.speaker.map { perSpeaker[$0, default: 0] } ?? 0
    if perArticle[quote.articleID, default: 0] < Self.share && speakerCount < Self.share {
      take(quote)
    } else if waiting.count < limit, !waiting.contains(where: { $0.id == quote.id }) {
      waiting.append(quote)
    }
  }

  /// Lets the waiting quotes fill what is left, in the order they came.
  mutating func takeWaiting() {
    for quote in waiting where !isFull && !taken.contains(quote.id) { take(quote) }
    waiting = []
  }

  /// The chosen quotes in article order.
  var inArticleOrder: [StoredQuote] {
    chosen.sorted { ($0.articleID, $0.quote.start) < ($1.articleID, $1.quote.start) }
  }

  private mutating func take(_ quote: StoredQuote) {
    chosen.append(quote)
    taken.insert(quote.id)
    perArticle[quote.articleID, default: 0] += 1
    if let speaker = quote.quote.speaker { perSpeaker[speaker, default: 0] += 1 }
  }
}
