import BriefingKit
import Testing

/// What a pile of articles is about: a key phrase counts by how much it leads the articles
/// that give it and by how few of them it spreads over; a name by the sum of its scores.
struct TopicRankerSalienceTests {
  /// Ten stories each led by a company of its own, each using `company` in passing, and two
  /// led by a takeover bid; every story names the US in passing.
  static let pile: [(articleID: Int, topics: [Topic])] =
    (1...10).map { id in
      (
        id,
        [
          Topic(name: "Firm \(id) Holdings", kind: .organisation, score: 1, mentions: 4),
          Topic(name: "company", kind: .phrase, score: 0.3, mentions: 2),
          Topic(name: "US", kind: .place, score: 0.3, mentions: 1),
        ]
      )
    }
    + [11, 12].map { id in
      (
        id,
        [
          Topic(name: "takeover bid", kind: .phrase, score: 1, mentions: 5),
          Topic(name: "US", kind: .place, score: 0.3, mentions: 1),
        ]
      )
    }

  @Test func aPhraseLeadingAFewArticlesOutranksAWordTrailingMany() throws {
    let ranked = TopicRanker().rank(Self.pile)
    let bid = try #require(ranked.firstIndex { $0.name == "takeover bid" })
    let company = try #require(ranked.firstIndex { $0.name == "company" })
    // Summed, `company` (10 × 0.3) led `takeover bid` (2 × 1).
    #expect(bid < company, "\(ranked.map(\.name))")
    #expect(ranked[company].articles == Array(1...10))
  }

  @Test func aNameNamedAcrossThePileStillRanksByItsSum() throws {
    let ranked = TopicRanker().rank(Self.pile)
    let us = try #require(ranked.first { $0.name == "US" })
    #expect(abs(us.score - 12 * 0.3) < 1e-9)
    #expect(ranked.first?.name == "US", "\(ranked.map(\.name))")
  }

  @Test func oneArticleRanksAsItStands() {
    let topics = [
      Topic(name: "Geneva", kind: .place, score: 1, mentions: 3),
      Topic(name: "strategic stability", kind: .phrase, score: 0.8, mentions: 2),
      Topic(name: "Vladimir Putin", kind: .person, score: 0.7, mentions: 4),
      Topic(name: "oil market", kind: .phrase, score: 0.2, mentions: 1),
    ]
    let ranked = TopicRanker().rank([(articleID: 7, topics: topics)])
    #expect(ranked.map(\.name) == topics.map(\.name))
    #expect(ranked.map(\.score) == topics.map(\.score))
  }

  @Test func aSmallSessionKeepsMostOfAPhraseItShares() throws {
    let ranked = TopicRanker().rank([
      (1, [Topic(name: "budget deficit", kind: .phrase, score: 1, mentions: 3)]),
      (2, [Topic(name: "budget deficit", kind: .phrase, score: 1, mentions: 2)]),
    ])
    let deficit = try #require(ranked.first)
    // Both articles give it: a spread that says little in a session of two.
    #expect(deficit.score > 1.6 && deficit.score < 2, "\(deficit.score)")
  }
}
