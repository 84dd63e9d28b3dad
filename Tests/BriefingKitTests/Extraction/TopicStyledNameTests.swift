import Testing

@testable import BriefingKit

/// A person known by one name after a peer's or royal's title is shown as the text calls them
/// (`Lord Falconer`, `Prince Harry`), while the session still merges them by the plain name.
struct TopicStyledNameTests {
  func person(_ name: String, role: String?, aliases: [String] = []) -> Topic {
    Topic(name: name, kind: .person, score: 0.5, mentions: 1, aliases: aliases, role: role)
  }

  @Test func aPeerIsNamedWithTheTitleAndFoundByTheSurname() throws {
    let ranked = TopicRanker().rank([
      (articleID: 1, topics: [person("Falconer", role: "Lord")]),
      (articleID: 2, topics: [person("Falconer", role: "Lord")]),
      (articleID: 3, topics: [person("Goldsmith", role: "Lord", aliases: ["Peter Goldsmith"])]),
    ])
    let falconer = try #require(ranked.first { $0.articles == [1, 2] }, "\(ranked)")
    #expect(falconer.name == "Lord Falconer")
    #expect(falconer.role == nil)
    #expect(falconer.aliases.first == "Falconer")
    #expect(TopicListing.find("Falconer", in: ranked)?.name == "Lord Falconer")
    #expect(
      ranked.contains { $0.name == "Lord Goldsmith" && $0.aliases.contains("Peter Goldsmith") })
  }

  @Test(
    arguments: [
      ("Harry", "Prince", "Prince Harry", nil),
      ("Falconer", "Lord Chancellor Lord", "Lord Falconer", "Lord Chancellor"),
      ("Abdullah", "Crown Prince", "Prince Abdullah", "Crown Prince"),
      ("Kong", "King", "King Kong", nil),
    ] as [(String, String, String, String?)])
  func titleMovesIntoAOneWordName(name: String, role: String, shown: String, rest: String?) {
    let topic = SessionTopic(
      name: name, kind: .person, score: 1, mentions: 1, articles: [1], role: role)
    #expect(topic.name == shown)
    #expect(topic.role == rest)
  }

  @Test(
    arguments: [
      ("Robin Butler", "Lord", TopicKind.person), ("Blair", "Prime Minister", .person),
      ("Bourn", "Sir", .person), ("Falconer", "Lord", .organisation),
    ])
  func otherNamesStayAsTheyAre(name: String, role: String, kind: TopicKind) {
    let topic = SessionTopic(
      name: name, kind: kind, score: 1, mentions: 1, articles: [1], role: role)
    #expect(topic.name == name)
    #expect(topic.role == role)
  }
}
