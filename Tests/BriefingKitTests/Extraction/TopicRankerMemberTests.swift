import BriefingKit
import Testing

/// A body and its members meet across a session, and a group is named by a name its articles
/// give, not by the longest one any article gives.
struct TopicRankerMemberTests {
  let ranker = TopicRanker()

  func topic(_ name: String, _ kind: TopicKind, _ score: Double = 0.5) -> Topic {
    Topic(name: name, kind: kind, score: score, mentions: 1)
  }

  @Test func aPartyAndItsMembersAreOneTopic() throws {
    let ranked = ranker.rank([
      (articleID: 1, topics: [topic("Conservative Party", .organisation)]),
      (articleID: 2, topics: [topic("Tories", .organisation)]),
      (articleID: 3, topics: [topic("Tory", .organisation)]),
      (articleID: 4, topics: [topic("Conservatives", .other)]),
      (articleID: 5, topics: [topic("Lib Dems", .organisation)]),
      (articleID: 6, topics: [topic("Liberal Democrats", .organisation)]),
      (
        articleID: 7,
        topics: [topic("Labour", .organisation), topic("Labour Party", .organisation)]
      ),
    ])
    #expect(ranked.count == 3, "\(ranked.map(\.name))")
    let tories = try #require(ranked.first { $0.articles.contains(2) })
    #expect(tories.articles == [1, 2, 3, 4])
    #expect(tories.kind == .organisation)
    #expect(ranked.first { $0.articles.contains(5) }?.articles == [5, 6])
    #expect(ranked.first { $0.articles.contains(7) }?.mentions == 2)
  }

  @Test func theSingularAndPluralOfANameMeet() {
    let ranked = ranker.rank([
      (articleID: 1, topics: [topic("Harriers", .other)]),
      (articleID: 2, topics: [topic("Harrier", .other)]),
      (articleID: 3, topics: [topic("Harbour Wardens", .organisation)]),
      (articleID: 4, topics: [topic("Harbour Warden", .other)]),
    ])
    #expect(ranked.map(\.articles).sorted { $0[0] < $1[0] } == [[1, 2], [3, 4]])
  }

  @Test func anAcronymAndItsPluralAreOneTopic() throws {
    let ranked = ranker.rank([
      (articleID: 1, topics: [topic("PCs", .other), topic("DVD", .other)]),
      (articleID: 2, topics: [topic("PC", .other)]),
      (articleID: 3, topics: [topic("PC", .other), topic("DVDs", .other)]),
      (articleID: 4, topics: [topic("GCSEs", .other), topic("Ts", .other)]),
      (articleID: 5, topics: [topic("T", .other), topic("AIDS", .other), topic("AID", .other)]),
    ])
    #expect(ranked.first { $0.name == "PC" }?.articles == [1, 2, 3])
    #expect(ranked.first { $0.name == "DVD" }?.articles == [1, 3])
    #expect(ranked.contains { $0.name == "GCSEs" })
    // A lower-case `s` after two capitals or more: not `Ts`, nor `AIDS`.
    #expect(ranked.first { $0.name == "Ts" }?.articles == [4])
    #expect(ranked.first { $0.name == "AIDS" }?.articles == [5])
  }

  @Test(arguments: [
    ("Williams", "William", TopicKind.person), ("Congress", "Congres", .organisation),
    ("News", "New", .other), ("Wales", "Wale", .place),
  ])
  func namesThatOnlyLookPluralStayApart(plural: String, singular: String, kind: TopicKind) {
    let ranked = ranker.rank([
      (articleID: 1, topics: [topic(plural, kind)]),
      (articleID: 2, topics: [topic(singular, kind)]),
    ])
    #expect(ranked.count == 2)
  }

  @Test func aNameGivenInFewArticlesDoesNotNameTheGroup() {
    var articles = (1...4).map { (articleID: $0, topics: [topic("Britain", .place)]) }
    articles.append((articleID: 5, topics: [topic("United Kingdom", .place)]))
    #expect(ranker.rank(articles).map(\.name) == ["Britain"])
  }

  @Test func aFullNameGivenInMostArticlesNamesThePerson() {
    let ranked = ranker.rank([
      (articleID: 1, topics: [topic("Vladimir Putin", .person)]),
      (articleID: 2, topics: [topic("Vladimir Putin", .person)]),
      (articleID: 3, topics: [topic("Putin", .person)]),
      (articleID: 4, topics: [topic("Putin", .person)]),
      (articleID: 5, topics: [topic("Putin", .person)]),
    ])
    #expect(ranked.map(\.name) == ["Vladimir Putin"])
  }
}
