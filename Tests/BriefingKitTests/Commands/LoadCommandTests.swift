import BriefingKit
import Foundation
import Testing

struct LoadCommandTests {
  static let files = [
    "news/a.txt": "Council approves budget\n\nThe council approved the budget on Monday.\n",
    "news/b.txt": "Bridge reopens\n\n\"We fixed it,\" said engineer Ana Lind on Tuesday.\n",
    "news/empty.txt": "",
    "news/c.json":
      #"{"title": "Port strike", "text": "Dock workers voted to strike.", "date": "2026-02-04"}"#,
  ]

  @Test func loadsAFolderInNameOrderAndReportsFailures() throws {
    var harness = try Harness(files: Self.files)
    let failures = harness.run("load news")
    #expect(failures == 1)
    #expect(harness.errors.contains("test.brief:1: error: 'news/empty.txt'"))
    #expect(harness.errors.hasSuffix("\nloaded 3 articles from news (1 failed)\n"))
    let titles = try harness.driver.context.store.articles().map(\.article.title)
    #expect(titles == ["Council approves budget", "Bridge reopens", "Port strike"])
  }

  @Test func aMissingPathIsNamedAndTheRestStillLoads() throws {
    var harness = try Harness(files: Self.files)
    harness.run("load nowhere.txt news/a.txt")
    #expect(harness.errors.contains("error: 'nowhere.txt': no such file or folder"))
    #expect(try harness.driver.context.store.articleCount() == 1)
  }

  @Test func theSameArticleTwiceIsSkippedAndSaidSo() throws {
    var harness = try Harness(files: Self.files)
    harness.run("load news/a.txt", "load news/a.txt")
    #expect(
      harness.errors.contains("loaded 0 articles from news/a.txt; 1 already in the session (id 1)"))
    #expect(try harness.driver.context.store.articleCount() == 1)
  }

  @Test func aFolderLoadsItsArticleFilesAndLeavesScriptsAndImagesAlone() throws {
    var harness = try Harness(files: [
      "desk/a.txt": "Council approves budget\n\nThe council approved the budget.\n",
      "desk/morning.brief": "load desk\nmemo\n",
      "desk/photo.png": "\u{89}PNG",
      "desk/NOTES": "Ferry returns\n\nThe ferry returned to service.\n",
    ])
    #expect(harness.run("load desk") == 0)
    let titles = try harness.driver.context.store.articles().map(\.article.title)
    #expect(titles == ["Ferry returns", "Council approves budget"])
    #expect(harness.errors.contains("left alone 2 files that are not articles (.brief, .png)"))
  }

  @Test func aFileNamedOnItsOwnIsReadWhateverItsExtension() throws {
    var harness = try Harness(files: [
      "desk/story.brief": "Ferry returns\n\nThe ferry returned to service.\n"
    ])
    #expect(harness.run("load desk/story.brief") == 0)
    #expect(try harness.driver.context.store.articleCount() == 1)
    #expect(!harness.errors.contains("not articles"))
  }

  @Test func loadNeedsAPath() throws {
    var harness = try Harness()
    harness.run("load")
    #expect(harness.errors.contains("load: missing a file, folder or glob\nusage: load PATH..."))
  }

  @Test func articlesListsAsJSONWithTheDocumentedFields() throws {
    var harness = try Harness(files: Self.files)
    harness.run("load news/a.txt news/c.json", "articles --json")
    let list = try #require(
      try JSONSerialization.jsonObject(with: Data(harness.output.utf8)) as? [[String: Any]])
    #expect(list.count == 2)
    for key in ["id", "title", "date", "source", "author", "path", "url", "words", "language"] {
      #expect(list[0].keys.contains(key), "\(key)")
    }
    #expect(list[1]["date"] as? String == "2026-02-04")
    #expect(list[1]["path"] as? String == "news/c.json")
  }

  @Test func articlesFiltersAndSorts() throws {
    var harness = try Harness(files: Self.files)
    harness.run("load news/a.txt news/c.json", "articles --since 2026-01-01 --json")
    #expect(harness.output.contains("Port strike"))
    #expect(!harness.output.contains("Council approves budget"))
    harness.output = ""
    harness.run("articles --sort title")
    let lines = harness.output.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[1].contains("Council approves budget"))
    #expect(lines[2].contains("Port strike"))
  }

  @Test func dropRemovesAndIdsStayStable() throws {
    var harness = try Harness(files: Self.files)
    harness.run("load news/a.txt news/b.txt", "drop 1", "load news/c.json", "articles --json")
    let list = try #require(
      try JSONSerialization.jsonObject(with: Data(harness.output.utf8)) as? [[String: Any]])
    #expect(list.compactMap { $0["id"] as? Int } == [2, 3])
  }

  @Test func clearEmptiesTheSessionOnlyWhenConfirmed() throws {
    var harness = try Harness(files: Self.files)
    harness.run("load news/a.txt news/b.txt")
    #expect(harness.run("clear", stopOnError: false) == 1)
    #expect(harness.errors.contains("clear: nothing removed; this would remove all 2 articles"))
    #expect(try harness.driver.context.store.articleCount() == 2)
    #expect(harness.run("clear --yes") == 0)
    #expect(harness.errors.hasSuffix("removed 2 articles\n"))
    #expect(try harness.driver.context.store.articleCount() == 0)
    #expect(harness.run("clear") == 0, "an empty session has nothing to lose")
  }

  @Test func searchFindsAndNeverFailsOnSyntax() throws {
    var harness = try Harness(files: Self.files)
    harness.run("load news", stopOnError: false)
    harness.output = ""
    #expect(
      harness.run(#"search 'budget (' * ^"#, "search strikes --json") == 0, "\(harness.errors)")
    #expect(harness.output.contains("1. Council approves budget"))
    #expect(harness.output.contains(#""title":"Port strike""#))
  }

  /// A quoted argument at the prompt is a phrase; a query that only leaves words out is an
  /// error naming it, in a script too, and the session keeps its articles.
  @Test func searchTakesPhrasesAndRefusesAQueryWithNothingToFind() throws {
    var harness = try Harness(files: Self.files)
    harness.run("load news", stopOnError: false)
    harness.output = ""
    #expect(harness.run(#"search "council approves""#) == 0, "\(harness.errors)")
    #expect(harness.output.contains("1. Council approves budget"))
    harness.output = ""
    #expect(harness.run(#"search "approves council""#) == 0)
    #expect(harness.output.contains("no matches for '\"approves council\"'"))
    #expect(harness.run("search -budget") == 1)
    #expect(
      harness.errors.contains(
        "search: invalid value '-budget': give a word to find, not only words to leave out"))
    #expect(try harness.driver.context.store.articleCount() == 3)
  }
}
