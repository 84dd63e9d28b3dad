import BriefingKit
import Testing

struct TopicRankerTests {
  let ranker = TopicRanker()

  func topic(
    _ name: String, _ kind: TopicKind, _ score: Double, mentions: Int = 1,
    aliases: [String] = [], role: String? = nil
  ) -> Topic {
    Topic(name: name, kind: kind, score: score, mentions: mentions, aliases: aliases, role: role)
  }

  @Test func mergesASurnameWithTheFullNameAcrossArticles() throws {
    let ranked = ranker.rank([
      (articleID: 1, topics: [topic("Vladimir Putin", .person, 1, mentions: 3, role: "President")]),
      (articleID: 2, topics: [topic("Putin", .other, 0.5, mentions: 2)]),
      (articleID: 3, topics: [topic("putin", .person, 0.4)]),
    ])
    #expect(ranked.count == 1)
    let putin = try #require(ranked.first)
    #expect(putin.name == "Vladimir Putin")
    #expect(putin.kind == .person)
    #expect(putin.articles == [1, 2, 3])
    #expect(putin.mentions == 6)
    #expect(putin.aliases == ["Putin", "putin"])
    #expect(putin.role == "President")
  }

  @Test func aPlaceAfterOfIsNoSurname() throws {
    let ranked = ranker.rank([
      (articleID: 1, topics: [topic("Port of Kingsport", .other, 1, mentions: 3)]),
      (articleID: 2, topics: [topic("Bank of England", .organisation, 1)]),
      (articleID: 3, topics: [topic("Kingsport", .other, 0.8), topic("England", .place, 0.5)]),
      (articleID: 4, topics: [topic("kingsport", .phrase, 0.3)]),
    ])
    let names = ranked.map(\.name)
    #expect(names.contains("Port of Kingsport") && names.contains("Kingsport"))
    #expect(names.contains("Bank of England") && names.contains("England"))
    let port = try #require(ranked.first { $0.name == "Port of Kingsport" })
    #expect(port.articles == [1])
    // The city, also written in lower case by one article, stays a name.
    let city = try #require(ranked.first { $0.name == "Kingsport" })
    #expect(city.articles == [3, 4])
    #expect(city.kind == .other)
  }

  @Test func aSurnameAliasDoesNotPullAPersonIntoAPlace() throws {
    let ranked = ranker.rank([
      (articleID: 1, topics: [topic("Ireland", .place, 1, mentions: 4)]),
      (
        articleID: 2,
        topics: [topic("James Ireland", .person, 0.6, mentions: 2, aliases: ["Ireland"])]
      ),
      (articleID: 3, topics: [topic("Ireland", .place, 0.9)]),
      (articleID: 4, topics: [topic("James Ireland", .person, 0.5)]),
    ])
    let place = try #require(ranked.first { $0.name == "Ireland" })
    #expect(place.kind == .place)
    #expect(place.articles == [1, 3])
    #expect(ranked.first { $0.name == "James Ireland" }?.articles == [2, 4])
  }

  @Test func onlyAnAcronymOfTheNameJoinsArticles() throws {
    let ranked = ranker.rank([
      (articleID: 1, topics: [topic("Country Music TV", .organisation, 1, aliases: ["TV"])]),
      (articleID: 2, topics: [topic("TV", .other, 0.5)]),
      (articleID: 3, topics: [topic("United States of America", .place, 1, aliases: ["USA"])]),
      (articleID: 4, topics: [topic("USA", .place, 0.5)]),
    ])
    #expect(ranked.first { $0.name == "Country Music TV" }?.articles == [1])
    #expect(ranked.first { $0.name == "United States of America" }?.articles == [3, 4])
  }

  @Test func aKeyPhraseWithOneStrayCapitalStaysAPhrase() throws {
    let ranked = ranker.rank([
      (articleID: 1, topics: [topic("game", .phrase, 1, mentions: 5)]),
      (articleID: 2, topics: [topic("game", .phrase, 0.8, mentions: 3)]),
      (articleID: 3, topics: [topic("Game", .person, 0.2)]),
    ])
    #expect(ranked.count == 1)
    #expect(ranked.first?.kind == .phrase)
  }

  @Test func mergesThroughTheAliasesAnArticleFound() {
    let ranked = ranker.rank([
      (
        articleID: 1,
        topics: [
          topic(
            "North Atlantic Treaty Organization", .organisation, 1,
            aliases: ["NATO"])
        ]
      ),
      (articleID: 2, topics: [topic("NATO", .organisation, 1)]),
    ])
    #expect(ranked.map(\.name) == ["North Atlantic Treaty Organization"])
    #expect(ranked.first?.articles == [1, 2])
  }

  @Test func anIeSingularSharesItsPluralsTopic() {
    let ranked = ranker.rank([
      (articleID: 1, topics: [topic("movie", .phrase, 0.5, mentions: 2)]),
      (articleID: 2, topics: [topic("movies", .phrase, 0.5, mentions: 1)]),
      (articleID: 3, topics: [topic("tie", .phrase, 0.5, mentions: 1)]),
      (articleID: 4, topics: [topic("ties", .phrase, 0.5, mentions: 1)]),
    ])
    #expect(ranked.count == 2)
    #expect(ranked.map(\.articles).contains([1, 2]))
    #expect(ranked.map(\.articles).contains([3, 4]))
  }

  @Test func aSurnameSharedByTwoPeopleStaysApart() {
    let ranked = ranker.rank([
      (articleID: 1, topics: [topic("George Bush", .person, 1), topic("Jeb Bush", .person, 0.9)]),
      (articleID: 2, topics: [topic("Bush", .person, 1)]),
    ])
    #expect(Set(ranked.map(\.name)) == ["George Bush", "Jeb Bush", "Bush"])
  }

  @Test func inflectedKeyPhrasesShareOneTopic() {
    let ranked = ranker.rank([
      (articleID: 1, topics: [topic("agreement", .phrase, 0.5, mentions: 2)]),
      (articleID: 2, topics: [topic("agreements", .phrase, 0.5, mentions: 1)]),
    ])
    #expect(ranked.count == 1)
    #expect(ranked.first?.articles == [1, 2])
  }

  @Test func ranksBySalienceAcrossArticlesNotByRawMentions() {
    let ranked = ranker.rank([
      (
        articleID: 1,
        topics: [
          topic("Geneva", .place, 1),
          topic(
            "oil market", .phrase, 0.2,
            mentions: 30),
        ]
      ),
      (articleID: 2, topics: [topic("Geneva", .place, 0.8)]),
      (articleID: 3, topics: [topic("Geneva", .place, 0.6), topic("Ukraine", .place, 1)]),
    ])
    #expect(ranked.map(\.name) == ["Geneva", "Ukraine", "oil market"])
    #expect(ranked.first?.articles == [1, 2, 3])
    #expect(zip(ranked, ranked.dropFirst()).allSatisfy { $0.score >= $1.score })
  }

  @Test func noArticlesGiveNoTopics() {
    #expect(ranker.rank([]).isEmpty)
    #expect(ranker.rank([(articleID: 1, topics: [])]).isEmpty)
  }

  @Test func theNamesOfOnePlaceOrOrganisationMeetAcrossArticles() throws {
    let ranked = ranker.rank([
      (articleID: 1, topics: [topic("Britain", .place, 1, mentions: 2)]),
      (articleID: 2, topics: [topic("United Kingdom", .place, 0.8)]),
      (
        articleID: 3,
        topics: [topic("UK", .place, 0.5), topic("North Atlantic Alliance", .organisation, 0.4)]
      ),
      (articleID: 4, topics: [topic("NATO", .organisation, 1, mentions: 3)]),
      // A phrase or a person of the same spelling is not the place.
      (articleID: 5, topics: [topic("america", .phrase, 0.2)]),
    ])
    let britain = try #require(ranked.first { $0.articles.contains(1) })
    #expect(britain.articles == [1, 2, 3], "\(ranked)")
    let nato = try #require(ranked.first { $0.articles.contains(4) })
    #expect(nato.articles == [3, 4], "\(ranked)")
    #expect(ranked.count == 3, "\(ranked.map(\.name))")
  }
}
