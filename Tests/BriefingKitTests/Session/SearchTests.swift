import BriefingKit
import Testing

struct SearchTests {
  static func store() throws -> SessionStore {
    let store = try SessionStore()
    let articles = [
      Article(title: "Bridge reopens", paragraphs: ["The bridge reopened after repairs."]),
      Article(
        title: "Port strike",
        paragraphs: ["Dock workers voted to strike. The bridge was mentioned once."]),
      Article(title: "Café culture", paragraphs: ["A new café opened near the harbour in Zürich."]),
    ]
    _ = try store.add(
      articles.map { AnalysedArticle(article: $0, quotes: [], topics: [], summary: "") })
    return store
  }

  @Test func ranksTitleMatchesFirst() throws {
    let hits = try Self.store().search("bridge")
    #expect(hits.map(\.articleID) == [1, 2])
  }

  @Test func stemsWords() throws {
    #expect(try Self.store().search("strikes voting").map(\.articleID) == [2])
    #expect(try Self.store().search("reopening").map(\.articleID) == [1])
  }

  @Test func foldsDiacritics() throws {
    #expect(try Self.store().search("cafe zurich").map(\.articleID) == [3])
  }

  @Test func highlightsMatchesInTheSnippet() throws {
    let hit = try #require(try Self.store().search("harbour").first)
    #expect(hit.snippet.contains(SearchHit.highlightStart + "harbour" + SearchHit.highlightEnd))
  }

  @Test(arguments: [
    #"AND "("#, "NOT", "*", #"""#, "title:bridge", "bridge OR", "^", "(", "NEAR(a b)",
  ])
  func anyTextIsAValidQuery(query: String) throws {
    _ = try Self.store().search(query)
  }
}
