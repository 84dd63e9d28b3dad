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

  @Test func wordsQuotedTogetherAreAPhrase() throws {
    let store = try Self.store()
    // Both words occur in article 2, but not together in that order.
    #expect(try store.search(SearchQuery(arguments: ["bridge was"])).map(\.articleID) == [2])
    #expect(try store.search(SearchQuery(arguments: ["was bridge"])).isEmpty)
    #expect(
      Set(try store.search(SearchQuery(arguments: ["bridge", "was"])).map(\.articleID)) == [2])
  }

  @Test func aTrailingStarFindsEveryWordItBegins() throws {
    let store = try Self.store()
    #expect(try store.search("harb*").map(\.articleID) == [3])
    #expect(try store.search("harb").isEmpty)
  }

  /// The index holds stems: `negotiations` as `negoti`, `university` and `universal` both as
  /// `univers`. A prefix finds the words it begins, not the others sharing their stem.
  @Test func aPrefixLongerThanTheStemStillFindsTheWordsItBegins() throws {
    let store = try SessionStore()
    let articles = [
      Article(title: "Talks", paragraphs: ["The negotiations resumed on Monday."]),
      Article(title: "Terms", paragraphs: ["The price is negotiable, the seller said."]),
      Article(title: "Campus", paragraphs: ["The University of Leeds opened a library."]),
      Article(title: "Benefits", paragraphs: ["Universal credit payments rose."]),
      Article(title: "Firms", paragraphs: ["Two companies merged; the company grew."]),
    ]
    _ = try store.add(
      articles.map { AnalysedArticle(article: $0, quotes: [], topics: [], summary: "") })
    #expect(try store.search("negotiat*").map(\.articleID) == [1])
    #expect(try store.search("universit*").map(\.articleID) == [3])
    #expect(try store.search("company*").map(\.articleID) == [5])
    #expect(Set(try store.search("negotiat* OR payment*").map(\.articleID)) == [1, 4])
    #expect(try store.search("negotiat* resumed").map(\.articleID) == [1])
    #expect(try store.search("negotiat* library").isEmpty)
    // A prefix to leave out leaves out only what it finds on its own.
    #expect(try store.search("price -negotiat*").map(\.articleID) == [2])
    let hit = try #require(try store.search("negotiat*").first)
    #expect(
      hit.snippet.contains(SearchHit.highlightStart + "negotiations" + SearchHit.highlightEnd))
    // The limit counts the articles that hold the prefix, not every stem match.
    #expect(try store.search("universit* OR univers*", limit: 1).map(\.articleID).count == 1)
  }

  @Test func aLeadingMinusOrNotLeavesArticlesOut() throws {
    let store = try Self.store()
    #expect(try store.search("bridge -strike").map(\.articleID) == [1])
    #expect(try store.search("bridge NOT strike").map(\.articleID) == [1])
    #expect(
      try store.search(SearchQuery(arguments: ["bridge", "-dock workers"])).map(\.articleID) == [1])
  }

  @Test func orTakesEither() throws {
    let store = try Self.store()
    #expect(Set(try store.search("repairs OR harbour").map(\.articleID)) == [1, 3])
    // Words in lower case are words: every one must occur.
    #expect(try store.search("repairs or harbour").isEmpty)
  }

  @Test func theQueryReadsBackAsTyped() {
    let query = SearchQuery(arguments: ["new labour", "OR", "tory*", "-blair", "NOT", "…"])
    #expect(query.description == "\"new labour\" OR tory* -blair")
    #expect(!SearchQuery(arguments: ["-blair", "…", "*"]).findsSomething)
  }

  @Test(arguments: [
    #"AND "("#, #"bridge -"#, #"" OR "#, "bridge* -*", #"-"bridge""#, "OR bridge OR", "NOT", "*",
    #"""#, "title:bridge", "bridge OR", "^", "(", "NEAR(a b)",
  ])
  func anyTextIsAValidQuery(query: String) throws {
    _ = try Self.store().search(query)
  }
}
