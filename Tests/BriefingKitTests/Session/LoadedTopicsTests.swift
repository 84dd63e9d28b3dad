import Foundation
import Testing

@testable import BriefingKit

/// The topics a load into an empty in-memory session keeps for the session's first ranking,
/// instead of reading them back from the stored bytes.
struct LoadedTopicsTests {
  static func article(
    _ title: String, language: String = "en", _ topics: [Topic]
  ) -> AnalysedArticle {
    AnalysedArticle(
      article: Article(title: title, language: language, paragraphs: ["Text of \(title)."]),
      quotes: [], topics: topics, summary: "")
  }

  static let articles = [
    article(
      "Harbour vote",
      [
        Topic(
          name: "Ana Lind", kind: .person, score: 2.5, mentions: 3, aliases: ["Lind"],
          role: "Harbour Minister"),
        Topic(name: "harbour fees", kind: .phrase, score: 0.75, mentions: 2),
        Topic(name: "NHA", kind: .organisation, score: 0.5, mentions: 1),
      ]),
    article("No topics", []),
    article(
      "Fees again",
      [
        Topic(name: "Lind", kind: .person, score: 1.25, mentions: 1),
        Topic(name: "harbour fee", kind: .phrase, score: 1.5, mentions: 4),
        Topic(
          name: "Norland Harbour Authority", kind: .organisation, score: 0.25, mentions: 1,
          aliases: ["NHA"]),
      ]),
    article(
      "Hafenbericht", language: "de",
      [
        Topic(name: "Hafengebühren", kind: .phrase, score: 1, mentions: 2),
        Topic(name: "Ana Lind", kind: .person, score: 0.5, mentions: 1, role: "Ministerin"),
      ]),
  ]

  /// The ranking of the topics as stored, read back from their bytes.
  static func storedRanking(_ store: SessionStore) throws -> [SessionTopic] {
    TopicRanker().rank(try store.topicTable())
  }

  @Test func aLoadIntoMemoryKeepsTheTableItsStoredTopicsReadBackAs() throws {
    let store = try SessionStore()
    _ = try store.add(Self.articles)
    let kept = try #require(try store.takeLoadedTopics())
    let stored = try store.topicTable()
    #expect(kept.texts == stored.texts)
    #expect(kept.articles == stored.articles)
    #expect(kept.aliasIDs == stored.aliasIDs)
    #expect(kept.entries.map(\.name) == stored.entries.map(\.name))
    #expect(kept.entries.indices.map(kept.role) == stored.entries.indices.map(stored.role))
    #expect(kept.entries.indices.map(kept.aliases) == stored.entries.indices.map(stored.aliases))
    #expect(kept.entries.map(\.score) == stored.entries.map(\.score))
    #expect(kept.hasGerman && kept.isGerman(article: 2) && !kept.isGerman(article: 1))
  }

  @Test func theFirstRankingOfALoadIsTheStoredTopicsRanking() throws {
    let store = try SessionStore()
    _ = try store.add(Self.articles)
    let ranked = try store.sessionTopics()
    #expect(ranked == (try Self.storedRanking(store)))
    #expect(ranked.first?.name == "Ana Lind")
    #expect(ranked.first?.articles == [1, 3, 4])
  }

  @Test func aDropRanksWhatIsLeftNotWhatWasLoaded() throws {
    let store = try SessionStore()
    _ = try store.add(Self.articles)
    try store.drop(ids: [1])
    let ranked = try store.sessionTopics()
    #expect(ranked == (try Self.storedRanking(store)))
    #expect(!ranked.contains { $0.articles.contains(1) })
  }

  @Test func aSecondLoadRanksBothLoads() throws {
    let store = try SessionStore()
    _ = try store.add(Array(Self.articles.prefix(2)))
    _ = try store.add(Array(Self.articles.dropFirst(2)))
    #expect(try store.takeLoadedTopics() == nil)
    let ranked = try store.sessionTopics()
    #expect(ranked == (try Self.storedRanking(store)))
    #expect(ranked.first { $0.name == "Ana Lind" }?.articles == [1, 3, 4])
  }

  @Test func aSessionFileKeepsNoTable() throws {
    let path = SessionStoreTests.temporaryPath()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let store = try SessionStore(path: path)
    _ = try store.add(Self.articles)
    #expect(try store.takeLoadedTopics() == nil)
    #expect(try store.sessionTopics() == (try Self.storedRanking(store)))
  }
}
