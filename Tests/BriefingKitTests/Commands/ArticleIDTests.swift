import BriefingKit
import Testing

/// Article ids as analysts type them: single ids, ranges, and a clear word when neither fits.
struct ArticleIDTests {
  @Test(arguments: ["drop 2-4", "drop 2..4", "drop 4 3 2"])
  func aRangeOrAListDropsEachArticleInIt(_ line: String) throws {
    var harness = try ArticlesCommandTests.harness(count: 5)
    #expect(harness.run(line, "articles --all") == 0)
    #expect(ArticlesCommandTests.titles(in: harness.output) == ["Story 1", "Story 5"])
  }

  @Test func quotesAndTopicsTakeRangesToo() throws {
    var harness = try ArticlesCommandTests.harness(count: 3)
    #expect(harness.run("quotes 1..3", "topics 2-3") == 0)
  }

  @Test(arguments: ["drop 4-2", "drop two", "drop 1-", "drop 0", "quotes 1...3"])
  func aWordThatIsNoIdOrRangeIsNamedAndNothingIsDropped(_ line: String) throws {
    var harness = try ArticlesCommandTests.harness(count: 5)
    #expect(harness.run(line) == 1)
    let word = String(line.split(separator: " ")[1])
    #expect(
      harness.errors.contains(
        "invalid value '\(word)': article ids are numbers such as 3, or ranges such as 3-7"))
    harness.run("articles --all")
    #expect(ArticlesCommandTests.titles(in: harness.output).count == 5)
  }

  @Test(arguments: ["show 2-3", "pin article 2-3"])
  func aCommandForOneArticleRefusesARangeInsteadOfTakingItsFirstId(_ line: String) throws {
    var harness = try ArticlesCommandTests.harness(count: 3)
    #expect(harness.run(line) == 1)
    #expect(harness.errors.contains("invalid value '2-3': give one article id here, not a range"))
    #expect(!harness.output.contains("Story 2"))
  }

  @Test func aSingleArticleCommandNamesABadIdAsSuch() throws {
    var harness = try ArticlesCommandTests.harness(count: 3)
    #expect(harness.run("show x") == 1)
    #expect(harness.errors.contains("invalid value 'x': an article id is a number such as 3"))
  }
}
