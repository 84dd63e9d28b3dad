import BriefingKit
import Testing

/// The session's ranking is the same on every run: nothing in it may depend on the order in
/// which a dictionary happens to list its keys, which Swift changes from one instance to the
/// next.
struct TopicRankerOrderTests {
  /// A lone name whose two spellings (`Obama`, `Obamas`) are the surnames of two different
  /// full names: the one it joins must not depend on which spelling is looked at first.
  static let articles: [(articleID: Int, topics: [Topic])] = [
    (
      1,
      [
        Topic(name: "Barack Obama", kind: .person, score: 0.9, mentions: 3),
        Topic(name: "Obama", kind: .person, score: 0.5, mentions: 2, aliases: ["Obamas"]),
      ]
    ),
    (2, [Topic(name: "Barack Obamas", kind: .person, score: 0.4, mentions: 1)]),
    (3, [Topic(name: "Obamas", kind: .person, score: 0.3, mentions: 1)]),
  ]

  /// Equal scores rank by mentions, then by name: the ranker sorts by score first and settles
  /// each run of equal scores after, which must give the order of one sort by all three.
  @Test func equalScoresRankByMentionsThenName() {
    let people = [
      ("Zoe Walker", 0.5, 1), ("Dan Hughes", 0.7, 1), ("Amy Fisher", 0.5, 1),
      ("Carl Brooks", 0.5, 3), ("Bea Turner", 0.2, 9), ("Eve Norris", 0.5, 3),
    ]
    let articles = people.enumerated().map { index, person in
      (
        articleID: index + 1,
        topics: [Topic(name: person.0, kind: .person, score: person.1, mentions: person.2)]
      )
    }
    #expect(
      TopicRanker().rank(articles).map(\.name) == [
        "Dan Hughes", "Carl Brooks", "Eve Norris", "Amy Fisher", "Zoe Walker", "Bea Turner",
      ])
  }

  @Test func rankingTheSameTopicsAgainGivesTheSameSessionTopics() {
    let first = TopicRanker().rank(Self.articles)
    for _ in 0..<40 {
      let again = TopicRanker().rank(Self.articles)
      #expect(again.map(\.name) == first.map(\.name))
      #expect(again.map(\.articles) == first.map(\.articles))
    }
  }
}
