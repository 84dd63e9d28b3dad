import BriefingKit
import Testing

struct ShippedTemplatesTests {
  let renderer: MemoRenderer

  init() throws {
    renderer = try MemoRenderer(directories: [MemoFixtures.shippedTemplates])
  }

  @Test func listsTheFourTemplatesWithDescriptionsButNotPartials() {
    let listed = renderer.templates()
    #expect(listed.map(\.name) == ["digest", "memo", "quotes", "timeline"])
    #expect(listed.allSatisfy { !$0.description.isEmpty && !$0.description.contains("}}") })
    #expect(listed.first { $0.name == "memo" }?.description.hasPrefix("Briefing memo") == true)
  }

  @Test func memoShowsHeaderJudgmentsTopicsQuotesSummariesAndSources() throws {
    let memo = try renderer.render(MemoFixtures.full(), template: "memo")
    let lines = memo.split(separator: "\n").map(String.init)
    #expect(lines.first == "**UNCLASSIFIED**")
    #expect(lines.last == "**UNCLASSIFIED**")
    #expect(
      MemoFixtures.lines(of: memo, startingWith: "#") == [
        "# Ferry brief", "## Bottom line up front", "## Key judgments", "## Key topics",
        "## Key quotes", "## Article summaries", "## Sources",
      ])
    for expected in [
      "**TO:** Regional desk\\", "**FROM:** A. Analyst\\", "**DATE:** 2026-03-03\\",
      "**SUBJECT:** New ferry route", "The route is approved.",
      "1. Service will start this summer. (confidence: moderate)",
      "2. Costs are not yet public.",
      "- **Gull Island** (place): 3 articles, 4 mentions [1] [2]",
      "- **Ellen Voss** (person, board chair): 1 article, 1 mention [1]",
      "- “The island has waited ten years for this,” — **Ellen Voss**, board chair; "
        + "Coastal Times, 2026-03-02 [1]",
      "- “we are ready” for the new term — unattributed; Island Herald, 2026-03-01 [2]",
      "- **Harbour board approves new ferry route** [1]: The board approved a ferry route.",
      "- **Letters: the ferry debate** [3]",
      "1. Harbour board approves new ferry route — Coastal Times, 2026-03-02, "
        + "<https://coastal.example/ferry_route>",
      "2. Island school will reopen — Island Herald, 2026-03-01",
      "3. Letters: the ferry debate — unknown outlet, undated",
    ] {
      #expect(lines.contains(expected), "missing line: \(expected)")
    }
    #expect(!memo.contains("Unlisted words"))
  }

  @Test func aQuoteFromAnArticleWithNoOutletOrDateLeavesThemToItsSource() throws {
    let letter = StoredQuote(
      id: "4.1", articleID: 4,
      quote: Quote(text: "The fares are too high", start: 0, end: 22, speaker: "Ada Lund"))
    let context = MemoContext(
      fields: MemoFixtures.fields, notes: [],
      articles: [MemoArticleInput(article: MemoFixtures.undated, summary: "")],
      quotes: [letter], topics: [], generatedAt: "2026-03-03T07:30:00Z")
    let memo = try renderer.render(context, template: "memo")
    #expect(memo.contains("\n- “The fares are too high” — **Ada Lund** [1]\n"), "\(memo)")
    #expect(memo.contains("\n1. Letters: the ferry debate — unknown outlet, undated\n"))
    let sheet = try renderer.render(context, template: "quotes")
    #expect(sheet.contains("\n- “The fares are too high” [1]\n"), "\(sheet)")
  }

  @Test func memoOfAnEmptySessionSaysNoneInEverySection() throws {
    let memo = try renderer.render(MemoFixtures.empty(), template: "memo")
    #expect(memo.hasPrefix("# Briefing memo\n\n**DATE:** 2026-03-03\n\n## Bottom line up front\n"))
    for none in [
      "_No bottom line has been set._", "_No judgments recorded._", "_No topics._",
      "_No quotes._", "_No articles._", "_No sources._",
    ] {
      #expect(memo.contains("\n\(none)\n"), "missing: \(none)")
    }
    #expect(!memo.contains("**TO:**") && !memo.contains("UNCLASSIFIED"))
  }

  @Test func quoteSheetGroupsBySpeakerWithUnattributedLast() throws {
    let sheet = try renderer.render(MemoFixtures.full(), template: "quotes")
    #expect(
      MemoFixtures.lines(of: sheet, startingWith: "#") == [
        "# Quote sheet: Ferry brief", "## Ellen Voss (board chair)", "## Unattributed",
        "## Sources",
      ])
    #expect(sheet.contains("\n_2026-03-03 · quotes: 2 · articles: 3_\n"))
    #expect(
      sheet.contains(
        "## Ellen Voss (board chair)\n\n- “The island has waited ten years for this,” (said) — "
          + "Coastal Times, 2026-03-02 [1]\n"))
    #expect(
      sheet.contains(
        "## Unattributed\n\n- “we are ready” for the new term (said) — Island Herald, 2026-03-01 [2]\n"
      )
    )
  }

  @Test func digestHasOneSectionPerArticleWithSummaryTopicsAndQuotes() throws {
    let digest = try renderer.render(MemoFixtures.full(), template: "digest")
    #expect(
      MemoFixtures.lines(of: digest, startingWith: "#") == [
        "# Ferry brief", "## 1. Harbour board approves new ferry route",
        "## 2. Island school will reopen", "## 3. Letters: the ferry debate",
      ])
    #expect(digest.contains("\n_2026-03-03 · articles: 3, published 2026-03-01 to 2026-03-02_\n"))
    #expect(digest.contains("_Coastal Times, 2026-03-02, by Mira Okafor, Tom Reyes; 26 words_"))
    #expect(digest.contains("\n**Topics:** Gull Island; Ellen Voss\n"))
    #expect(digest.contains("\n**Topics:** Gull Island\n"))
    #expect(
      digest.contains(
        "## 3. Letters: the ferry debate\n\n_Unknown outlet, undated; 6 words_\n\n_No summary._\n"))
    #expect(MemoFixtures.lines(of: digest, startingWith: "- “").count == 2)
  }

  @Test func timelineOrdersArticlesByDateWithUndatedLast() throws {
    let timeline = try renderer.render(MemoFixtures.full(), template: "timeline")
    #expect(
      MemoFixtures.lines(of: timeline, startingWith: "#") == [
        "# Ferry brief", "## 2026-03-01", "## 2026-03-02", "## Undated", "## Sources",
      ])
    #expect(
      timeline.contains(
        "## 2026-03-01\n\n- **Island school will reopen** (Island Herald) [2]: "
          + "The school reopens in autumn.\n"))
  }

  @Test(arguments: ["memo", "quotes", "digest", "timeline"])
  func rendersCleanlyForFullAndEmptySessions(template: String) throws {
    for context in [MemoFixtures.full(), MemoFixtures.empty()] {
      let markdown = try renderer.render(context, template: template)
      #expect(markdown.hasSuffix("\n") && !markdown.hasSuffix("\n\n"))
      #expect(!markdown.contains("\n\n\n") && !markdown.hasPrefix("\n"))
      #expect(!markdown.contains("{{") && !markdown.contains("&amp;") && !markdown.contains("&#"))
    }
  }
}
