import BriefingKit
import Foundation
import Testing

/// `quotes --speaker` over many speakers and roles, and the listing's limit.
struct QuoteListingLimitTests {
  /// A session whose article N holds one quote by `Speaker N` (role `minister` for even N)
  /// and one by Ana Lind.
  static func store(articles count: Int) throws -> SessionStore {
    let store = try SessionStore()
    let items = (1...count).map { number in
      AnalysedArticle(
        article: Article(title: "Story \(number)", paragraphs: ["Body \(number)."]),
        quotes: [
          Quote(
            text: "first", start: 0, end: 4, speaker: "Speaker \(number)",
            role: number.isMultiple(of: 2) ? "Minister" : nil),
          Quote(text: "second", start: 0, end: 4, speaker: "Ana Lind"),
        ], topics: [], summary: "")
    }
    _ = try store.add(items)
    return store
  }

  @Test func speakerMatchesAnyPartOfTheNameOrRoleIgnoringCase() throws {
    let store = try Self.store(articles: 6)
    #expect(try store.quotes(speaker: "LIND").count == 6)
    #expect(try store.quotes(speaker: "speaker 1").map(\.id) == ["1.1"])
    #expect(try store.quotes(speaker: "minist").map(\.id) == ["2.1", "4.1", "6.1"])
    #expect(try store.quotes(speaker: "nobody").isEmpty)
    #expect(try store.quotes(speaker: "%").isEmpty)
    #expect(try store.quotes(articles: [3, 4], speaker: "lind").map(\.id) == ["3.2", "4.2"])
  }

  @Test func aWordInHundredsOfNamesGivesTheSameQuotes() throws {
    let store = try Self.store(articles: 600)
    let matches = try store.quotes(speaker: "speaker")
    #expect(matches.count == 600)
    #expect(matches.first?.id == "1.1")
    #expect(matches.last?.id == "600.1")
  }

  @Test func theListingShowsTheFirstQuotesAndSaysHowToSeeTheRest() throws {
    var harness = try Harness(store: Self.store(articles: 5))
    #expect(harness.run("quotes --speaker lind --limit 2") == 0)
    #expect(harness.output.contains("[1.2]") && harness.output.contains("[2.2]"))
    #expect(!harness.output.contains("[3.2]"))
    #expect(harness.output.contains("… 3 more quotes; 'quotes --all' lists them all"))
    harness.output = ""
    harness.run("quotes --speaker lind --all")
    #expect(harness.output.contains("[5.2]") && !harness.output.contains("more quote"))
    harness.output = ""
    harness.run("quotes --json --limit 1")
    #expect(harness.output.components(separatedBy: "\"id\"").count - 1 == 10)
  }

  @Test func aPageCountsEveryMatchButReadsOnlyItsOwnQuotes() throws {
    let store = try Self.store(articles: 8)
    let page = try store.quotePage(speaker: "lind", limit: 3)
    #expect(page.quotes.map(\.id) == ["1.2", "2.2", "3.2"])
    #expect(page.total == 8)
    let short = try store.quotePage(speaker: "minister", limit: 10)
    #expect(short.quotes.map(\.id) == ["2.1", "4.1", "6.1", "8.1"] && short.total == 4)
    let none = try store.quotePage(speaker: "nobody", limit: 10)
    #expect(none.quotes.isEmpty && none.total == 0)
  }

  @Test func aSpeakerLoadedLaterIsFoundAfterAnEarlierLookup() throws {
    let store = try Self.store(articles: 2)
    #expect(try store.quotes(speaker: "okafor").isEmpty)
    let later = AnalysedArticle(
      article: Article(title: "Rail", paragraphs: ["Body."]),
      quotes: [Quote(text: "We will not wait", start: 0, end: 4, speaker: "Idris Okafor")],
      topics: [], summary: "")
    _ = try store.add([later])
    #expect(try store.quotes(speaker: "okafor").map(\.id) == ["3.1"])
  }

  @Test func aNameMatchesWhateverTheCaseOfItsLetters() throws {
    let store = try SessionStore()
    let article = AnalysedArticle(
      article: Article(title: "Berlin", paragraphs: ["Text."]),
      quotes: [Quote(text: "Wir warten nicht", start: 0, end: 4, speaker: "Jürgen Össel")],
      topics: [], summary: "")
    _ = try store.add([article])
    #expect(try store.quotes(speaker: "össel").count == 1)
    #expect(try store.quotes(speaker: "ÜRGEN").count == 1)
  }
}
