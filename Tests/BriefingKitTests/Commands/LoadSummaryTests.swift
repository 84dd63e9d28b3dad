import BriefingKit
import Foundation
import Testing

/// A load into an in-memory session leaves summaries until an article record is first read:
/// what `articles`, `show`, `memo` and a saved file show must be what an eager load gives.
struct LoadSummaryTests {
  static let files = [
    "desk/a.txt": """
    Council approves budget

    The city council approved the new budget on Monday after a long debate about roads. \
    Members voted nine to four in favour of the plan, which raises spending on schools. \
    Critics said the roads would suffer. The mayor welcomed the vote.
    """,
    "desk/b.txt": """
    Bridge reopens after repairs

    The old river bridge reopened to traffic on Tuesday after six months of repairs. \
    "We fixed every cable and every bolt," said engineer Ana Lind at the opening. \
    Drivers had faced long detours through the town centre since the spring.
    """,
    "desk/c.txt": """
    Brücke wieder offen

    Die alte Brücke über den Fluss ist seit Dienstag wieder für den Verkehr geöffnet. \
    Sechs Monate lang hatten Arbeiter jedes Seil und jede Schraube erneuert. \
    Autofahrer mussten lange Umwege durch die Innenstadt fahren.
    """,
  ]

  /// The summaries as `articles --json` shows them, after `lines` ran in `harness`.
  static func listedSummaries(_ harness: inout Harness, after lines: String...) throws
    -> [String]
  {
    for line in lines { #expect(harness.run(line) == 0) }
    harness.output = ""
    #expect(harness.run("articles --json") == 0)
    let data = Data(harness.output.utf8)
    let rows = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    return rows.map { $0["summary"] as? String ?? "<none>" }
  }

  /// The summaries a load into a session file stores: computed at load, as before.
  static func eagerSummaries() throws -> [String] {
    let path = SessionStoreTests.temporaryPath()
    defer { try? FileManager.default.removeItem(atPath: path) }
    var harness = try Harness(files: files, store: SessionStore(path: path))
    return try listedSummaries(&harness, after: "load desk")
  }

  @Test func anInMemoryListingShowsTheSummariesAFileSessionStores() throws {
    let eager = try Self.eagerSummaries()
    #expect(eager.count == 3)
    #expect(eager.allSatisfy { !$0.isEmpty })
    var harness = try Harness(files: Self.files)
    let listed = try Self.listedSummaries(&harness, after: "load desk", "quotes", "topics")
    #expect(listed == eager)
  }

  @Test func showGivesTheSummaryOfTheArticleAsLoaded() throws {
    var harness = try Harness(files: Self.files)
    #expect(harness.run("load desk/b.txt") == 0)
    let record = try harness.driver.context.store.article(id: 1)
    let article = try ArticleReader().read(
      Array(Self.files["desk/b.txt", default: ""].utf8), path: "desk/b.txt"
    ).articles[0]
    #expect(record.summary == Summarizer().summary(of: article))
    #expect(!record.summary.isEmpty)
  }

  @Test func aSavedSessionCarriesTheSummaries() throws {
    let path = SessionStoreTests.temporaryPath()
    defer { try? FileManager.default.removeItem(atPath: path) }
    var harness = try Harness(files: Self.files)
    #expect(harness.run("load desk", "save \(path)") == 0)
    let saved = try SessionStore(path: path).articles().map(\.summary)
    #expect(saved == (try Self.eagerSummaries()))
  }

  @Test func anArticleDroppedBeforeItsSummaryIsWrittenIsPassedOver() throws {
    let eager = try Self.eagerSummaries()
    var harness = try Harness(files: Self.files)
    let listed = try Self.listedSummaries(&harness, after: "load desk", "drop 2")
    #expect(listed == [eager[0], eager[2]])
  }

  @Test func aSecondLoadIsSummarizedToo() throws {
    let eager = try Self.eagerSummaries()
    var harness = try Harness(files: Self.files)
    #expect(try Self.listedSummaries(&harness, after: "load desk/a.txt") == [eager[0]])
    let listed = try Self.listedSummaries(&harness, after: "load desk/b.txt", "load desk/c.txt")
    #expect(listed == eager)
  }
}
