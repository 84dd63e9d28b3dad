import BriefingKit
import Foundation
import Testing

struct ArticlesCommandTests {
  /// A session of `count` one-line articles `Story 1`… dated one day apart from 2026-01-01,
  /// the later ones first in load order.
  static func harness(count: Int) throws -> Harness {
    let store = try SessionStore()
    let items = (1...count).map { number in
      let day = count - number + 1
      return AnalysedArticle(
        article: Article(
          title: "Story \(number)", date: "2026-01-\(day < 10 ? "0" : "")\(day)",
          source: number.isMultiple(of: 2) ? "Courier" : "Gazette",
          paragraphs: ["Body of story \(number)."]),
        quotes: [], topics: [], summary: "")
    }
    _ = try store.add(items)
    return try Harness(store: store)
  }

  static func titles(in output: String) -> [String] {
    output.split(separator: "\n").compactMap { line in
      guard let range = line.range(of: "Story \\d+", options: .regularExpression) else {
        return nil
      }
      return String(line[range])
    }
  }

  @Test func aLongListingShowsTheFirstRowsAndSaysHowToSeeTheRest() throws {
    var harness = try Self.harness(count: 5)
    #expect(harness.run("articles --limit 2") == 0)
    #expect(Self.titles(in: harness.output) == ["Story 1", "Story 2"])
    #expect(harness.output.contains("… 3 more articles; 'articles --all' lists them all"))
  }

  @Test func allAndJSONListEveryArticle() throws {
    var harness = try Self.harness(count: 5)
    harness.run("articles --all")
    #expect(Self.titles(in: harness.output).count == 5)
    #expect(!harness.output.contains("more article"))
    harness.output = ""
    harness.run("articles --json --limit 1")
    #expect(harness.output.components(separatedBy: "\"title\"").count - 1 == 5)
  }

  @Test func theLimitAppliesAfterFilteringAndSorting() throws {
    var harness = try Self.harness(count: 6)
    harness.run("articles --sort date --source courier --limit 2")
    #expect(Self.titles(in: harness.output) == ["Story 6", "Story 4"])
    #expect(harness.output.contains("… 1 more article;"))
  }

  @Test func allAndLimitTogetherAreAnError() throws {
    var harness = try Self.harness(count: 2)
    #expect(harness.run("articles --all --limit 3") == 1)
    #expect(harness.errors.contains("give either --all or --limit N"))
  }
}
