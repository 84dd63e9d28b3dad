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

  @Test func rankingTheSameTopicsAgainGivesTheSameSessionTopics() {
    let first = TopicRanker().rank(Self.articles)
    for _ in 0..<40 {
      let again = TopicRanker().rank(Self.articles)
      #expect(again.map(\.name) == first.map(\.name))
      #expect(again.map(\.articles) == first.map(\.articles))
    }
  }
}
