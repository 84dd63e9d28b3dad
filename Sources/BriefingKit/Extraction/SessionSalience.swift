/// How a key phrase ranks across a session, as against a name.
///
/// A name ranks by the sum of its scores in the articles that give it: the people, bodies and
/// places a pile of articles keeps naming are who is in it (`US`, `Yukos`). Summed that way, a
/// general word sitting fifth to tenth in 180 business stories (`company`, `shares`) beat a
/// name or a phrase that leads 25 of them, so a key phrase counts two things more:
///
/// - its prominence in each article: its score times its share of the article's top score
///   (``prominentScore(_:of:)``), so that leading an article counts far more than trailing it;
/// - its spread over the session (``SessionSpread``): the fewer of the session's articles give
///   it, the more it says about this pile rather than about news in general.
///
/// One article ranks as it stands: its session list is its own, in its own order.
struct SessionSalience {
  private let articlePositions: [Int32]
  /// By article position, the highest score of its topics.
  private let tops: [Double]

  /// The prominence of the topics of `table`, whose article positions are `articlePositions`
  /// (``TopicTable/articlePositions()``, one per entry; empty for none).
  init(_ table: TopicTable, articlePositions: [Int32]) {
    self.articlePositions = articlePositions
    var tops = [Double](repeating: 0, count: table.articles.count)
    if articlePositions.count == table.entries.count {
      for (entry, position) in articlePositions.enumerated() {
        tops[Int(position)] = max(tops[Int(position)], table.entries[entry].score)
      }
    }
    self.tops = tops
  }

  /// The score `score` of the topic `entry` (read by the caller with the rest of the topic)
  /// times its share of its article's top score; the score as it is when its article's top is
  /// not above zero or unknown.
  func prominentScore(_ score: Double, of entry: Int) -> Double {
    guard entry < articlePositions.count else { return score }
    let top = tops[Int(articlePositions[entry])]
    guard top > 0, score > 0 else { return score }
    return score * min(score / top, 1)
  }
}

/// The spread factor of ``SessionSalience``: the square root of `log((N + K) / df) / log(N + K)`
/// for a topic given by `df` of a session's `N` articles, with `K`
/// (``TopicWeights/sessionPrior``) articles of prior so that a small session, which says little
/// about which words are general, weighs spread little: a phrase in all of 5 articles keeps 71%
/// of its score, in 187 of 503 (`company` in BBC business) 41%, in 30 of 503 68%, in 1 all of
/// it. Without the root, phrases all but left the session list of the BBC folders (`election`
/// fell from 9th to 27th in politics) behind names such as `Christmas`.
struct SessionSpread {
  private let articles: Int
  private let scale: Double
  /// By article position, the last group counted (``factor(_:_:)``), to count each article once.
  private var stamps: [Int32]
  private var stamp: Int32 = 0

  init(articles: Int) {
    self.articles = articles
    scale = TopicMath.log(Double(articles) + TopicWeights.sessionPrior)
    stamps = [Int32](repeating: 0, count: articles > 1 ? articles : 0)
  }

  /// Whether the session is more than one article: a single article ranks as it stands.
  var applies: Bool { articles > 1 }

  /// The factor for the topics `entries` of one group, whose articles are read from
  /// `articlePositions` (by entry).
  mutating func factor(_ entries: ArraySlice<Int32>, _ articlePositions: [Int32]) -> Double {
    stamp += 1
    var count = 0
    for entry in entries where Int(entry) < articlePositions.count {
      let position = Int(articlePositions[Int(entry)])
      guard position < stamps.count, stamps[position] != stamp else { continue }
      stamps[position] = stamp
      count += 1
    }
    let spread = Double(min(max(count, 1), articles))
    return (TopicMath.log((Double(articles) + TopicWeights.sessionPrior) / spread) / scale)
      .squareRoot()
  }
}
