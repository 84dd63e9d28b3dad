import BriefingKit
import Testing

/// How a session topic's kind is decided over its articles, and when a lone surname joins a
/// person.
struct TopicRankerKindTests {
  let ranker = TopicRanker()

  func topic(_ name: String, _ kind: TopicKind, _ score: Double) -> Topic {
    Topic(name: name, kind: kind, score: score, mentions: 1)
  }

  @Test func aNameReadWithoutCuesInMostArticlesIsNotTypedByOneStrayCue() throws {
    var articles = (1...5).map { (articleID: $0, topics: [topic("Lantern", .other, 0.5)]) }
    articles.append((articleID: 6, topics: [topic("Lantern", .person, 0.4)]))
    let lantern = try #require(ranker.rank(articles).first)
    #expect(lantern.kind == .other)
    #expect(lantern.articles == Array(1...6))
  }

  @Test func aNameTypedInAboutHalfItsWeightTakesThatType() throws {
    let ranked = ranker.rank([
      (articleID: 1, topics: [topic("Marlow", .other, 0.6)]),
      (articleID: 2, topics: [topic("Marlow", .other, 0.4)]),
      (articleID: 3, topics: [topic("Marlow", .place, 0.5)]),
    ])
    #expect(ranked.first?.kind == .place)
  }

  @Test func aLoneWordMostlyReadAsSomethingElseDoesNotJoinAPersonOfThatName() throws {
    let ranked = ranker.rank([
      (articleID: 1, topics: [topic("Nina Hartwell", .person, 1)]),
      (articleID: 2, topics: [topic("Hartwell", .other, 0.8)]),
      (articleID: 3, topics: [topic("Hartwell", .other, 0.7)]),
      (articleID: 4, topics: [topic("Hartwell", .person, 0.2)]),
    ])
    #expect(ranked.first { $0.name == "Nina Hartwell" }?.articles == [1])
    let word = try #require(ranked.first { $0.name == "Hartwell" })
    #expect(word.articles == [2, 3, 4])
    #expect(word.kind == .other)
  }

  @Test func aLoneSurnameJoinsThePersonWhoDominatesTheSession() throws {
    var articles = (1...6).map {
      (articleID: $0, topics: [topic("Grace Okafor", .person, 1)])
    }
    articles.append((articleID: 7, topics: [topic("Tunde Okafor", .person, 0.5)]))
    articles.append((articleID: 8, topics: [topic("Okafor", .person, 0.9)]))
    articles.append((articleID: 9, topics: [topic("Okafor", .other, 0.3)]))
    let ranked = ranker.rank(articles)
    let grace = try #require(ranked.first { $0.name == "Grace Okafor" })
    #expect(grace.articles == [1, 2, 3, 4, 5, 6, 8, 9])
    #expect(grace.aliases == ["Okafor"])
    #expect(ranked.first { $0.name == "Tunde Okafor" }?.articles == [7])
    #expect(!ranked.contains { $0.name == "Okafor" })
  }

  @Test func aLoneSurnameStaysApartWhenNoPersonOfItStandsOut() {
    let ranked = ranker.rank([
      (articleID: 1, topics: [topic("Grace Okafor", .person, 1)]),
      (articleID: 2, topics: [topic("Grace Okafor", .person, 1)]),
      (articleID: 3, topics: [topic("Tunde Okafor", .person, 1)]),
      (articleID: 4, topics: [topic("Okafor", .person, 0.9)]),
    ])
    #expect(ranked.first { $0.name == "Okafor" }?.articles == [4])
  }

  @Test func aFullNameMostlyReadAsSomethingElseTakesNoSurname() {
    let ranked = ranker.rank([
      (articleID: 1, topics: [topic("Merry Yule", .person, 0.2)]),
      (articleID: 2, topics: [topic("Merry Yule", .other, 0.9)]),
      (articleID: 3, topics: [topic("Yule", .person, 0.5)]),
    ])
    #expect(ranked.first { $0.name == "Merry Yule" }?.kind == .other)
    #expect(ranked.first { $0.name == "Yule" }?.articles == [3])
  }

  @Test func aGivenNameWithATitleIsNoSurname() {
    var articles = (1...4).map { (articleID: $0, topics: [topic("Ray Charles", .person, 1)]) }
    articles.append(
      (
        articleID: 5,
        topics: [Topic(name: "Charles", kind: .person, score: 1, mentions: 2, role: "Prince")]
      ))
    let ranked = ranker.rank(articles)
    #expect(ranked.first { $0.name == "Ray Charles" }?.articles == [1, 2, 3, 4])
    #expect(ranked.first { $0.name == "Prince Charles" }?.articles == [5])
  }
}
