import BriefingKit
import Testing

struct StructuredReaderTests {
  func read(_ fixture: String) throws -> ArticleReadResult {
    try ArticleReader().read(try ArticleFixtures.bytes(fixture), path: "news/\(fixture)")
  }

  @Test func markdownFrontMatterAndStrippedBody() throws {
    let article = try #require(try read("front-matter.md").articles.first)
    #expect(article.title == "Tram line: the second phase")
    #expect(article.date == "2026-02-02" && article.source == "Fenland Courier")
    #expect(article.authors == ["Mara Lindqvist", "Tom Reed"])
    #expect(article.url == "https://example.org/tram" && article.language == "en")
    #expect(article.tags == ["transport", "council"])
    #expect(
      article.paragraphs == [
        "A heading that is not the title",
        "The second phase of the tram line was approved on Monday.",
        "Cost: 40 million\nOpening: 2028", "\"It is a good day,\" said the mayor.",
        "route: north-south",
      ])
  }

  @Test func markdownHeadingIsTheTitleWithoutFrontMatter() throws {
    let text = "# Night buses return\n\nThe *night* buses run again from [Friday](x).\n"
    let result = try ArticleReader().read(Array(text.utf8), path: "b.md")
    #expect(result.articles.first?.title == "Night buses return")
    #expect(result.articles.first?.paragraphs == ["The night buses run again from Friday."])
  }

  @Test(arguments: [
    ("See <https://example.org> and <br>line", "See https://example.org and line"),
    (
      "Keep snake_case and 2 < 3 but _drop_ \\*stars\\*",
      "Keep snake_case and 2 < 3 but drop *stars*"
    ),
    ("> > - quoted **item**", "quoted item"),
    ("[outer [inner](a) text](b) ![img](c.png) ~~gone~~", "outer inner text gone"),
    ("Unclosed [bracket and `code` here", "Unclosed [bracket and code here"),
  ])
  func markdownInlineSyntaxIsStripped(markdown: String, plain: String) throws {
    let text = "# Title\n\n" + markdown + "\n"
    let result = try ArticleReader().read(Array(text.utf8), path: "i.md")
    #expect(result.articles.first?.paragraphs == [plain])
  }

  @Test(arguments: [
    ("l.md", "- first item\n- second item\n\nMore text follows."),
    ("q.md", "---\ntitle: \"Two\n  lines\"\n---\nBody."),
    ("w.txt", "A first sentence that wraps\nonto a second line and goes on. Then more."),
  ])
  func titlesAreOneLine(path: String, text: String) throws {
    let result = try ArticleReader().read(Array(text.utf8), path: path)
    let title = try #require(result.articles.first?.title)
    #expect(!title.isEmpty && !title.unicodeScalars.contains { $0.isLineBreak })
  }

  @Test func malformedFrontMatterNamesFileLineAndColumn() throws {
    let error = #expect(throws: ArticleError.self) { try read("broken-front-matter.md") }
    guard case .malformedFrontMatter(let path, let line, _, _) = error else {
      Issue.record("unexpected \(String(describing: error))")
      return
    }
    #expect(path == "news/broken-front-matter.md" && (3...4).contains(line))
    #expect(
      error?.description.hasPrefix("'news/broken-front-matter.md' line \(line), column ") == true)
  }

  @Test(arguments: [
    "---\ntitle: " + String(repeating: "[", count: 5_000) + "\n---\nBody.",
    "---\n" + (0..<300).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n")
      + "\n---\nBody.",
  ])
  func deeplyNestedFrontMatterIsAnError(text: String) {
    let error = #expect(throws: ArticleError.self) {
      try ArticleReader().read(Array(text.utf8), path: "deep.md")
    }
    #expect(error?.description.contains("nesting deeper than 64 levels") == true)
  }

  @Test func unclosedFrontMatterIsAnError() {
    #expect(throws: ArticleError.self) {
      try ArticleReader().read(Array("---\ntitle: x\n\nBody.".utf8), path: "c.md")
    }
  }

  @Test func htmlMetadataBodyAndEntities() throws {
    let article = try #require(try read("page.html").articles.first)
    #expect(article.title == "Ferry strike ends after talks")
    #expect(article.source == "Fenland Courier" && article.authors == ["Tom Reed"])
    #expect(article.date == "2026-03-09" && article.url == "https://example.org/ferry")
    #expect(article.language == "en")
    #expect(
      article.paragraphs == [
        "The ferry crews returned to work on Monday — after nine days.",
        "“We got what we asked for,” said the union's spokeswoman.",
        "Fares stay at £4 & services resume at once.",
      ])
    for furniture in ["Home", "Share", "tracking", "comment", "Read more", "Copyright", "color"] {
      #expect(!article.text.contains(furniture))
    }
  }

  @Test func htmlJSONLinkedDataAndTheLargestArticle() throws {
    let article = try #require(try read("linked-data.html").articles.first)
    #expect(article.title == "Lock gates repaired early")
    #expect(article.date == "2026-04-07" && article.language == "en")
    #expect(article.authors == ["Mara Lindqvist", "Tom Reed"])
    #expect(article.source == "Fenland Courier" && article.url == "https://example.org/lock")
    #expect(article.paragraphs.first?.hasPrefix("The lock gates on the river reopened") == true)
    #expect(!article.text.contains("teaser") && !article.text.contains("Great news"))
  }

  @Test func htmlWithoutMetadataUsesTitleElementAndBody() throws {
    let html =
      "<html><head><title>Snow closes schools | Courier</title></head>"
      + "<body><div>Schools closed.<br>Buses stopped.</div><p>More snow <b>tonight</b>.</p>"
    let article = try #require(
      try ArticleReader().read(Array(html.utf8), path: "s.htm").articles.first)
    #expect(article.title == "Snow closes schools")
    #expect(article.paragraphs == ["Schools closed.", "Buses stopped.", "More snow tonight."])
    #expect(article.source == "Courier")
  }

  @Test(
    arguments: [
      (
        "<title>Snow closes schools - Dales Courier</title><h1>Snow closes schools</h1>",
        "Dales Courier"
      ),
      ("<title>Snow closes schools | Live | The Dales Courier</title>", "The Dales Courier"),
      ("<title>Snow closes schools | dalescourier.co.uk</title>", "dalescourier.co.uk"),
      ("<title>Snow closes schools - and the buses stop</title><h1>Snow closes schools</h1>", nil),
      ("<title>Snow: the long view - Why schools close</title>", nil),
      ("<title>Snow closes schools | Courier</title><h1>Buses stop</h1>", nil),
    ] as [(String, String?)])
  func theSiteIsWhatTheTitleElementNamesAfterTheHeadline(_ head: String, _ site: String?) throws {
    let html = "<html><head>\(head)</head><body><p>Schools closed.</p></body></html>"
    let article = try #require(
      try ArticleReader().read(Array(html.utf8), path: "s.html").articles.first)
    #expect(article.source == site)
  }

  @Test func jsonArrayReadsEveryArticle() throws {
    let result = try read("items.json")
    #expect(result.articles.map(\.title) == ["Mill reopens", "Schule bleibt offen"])
    let mill = try #require(result.articles.first)
    #expect(mill.paragraphs == ["The old mill reopened.", "Visitors came."])
    #expect(mill.source == "Fenland Courier" && mill.authors == ["Mara Lindqvist", "Tom Reed"])
    #expect(mill.date == "2026-01-10")
    let school = try #require(result.articles.last)
    #expect(school.date == "2026-01-12" && school.language == "de")
    #expect(school.tags == ["Schule", "Dorf"] && school.authors == ["Eva Brandt"])
  }

  @Test func aDatelineOpeningAJSONBodyIsTakenOutAsInPlainText() throws {
    let json = """
      {"title": "Ferry fares rise", "text": "OBAN, March 3 (Fenland Wire) - Fares rise in May.\\n\\nThe \
      operator confirmed it on 1 March 2026."}
      """
    let article = try #require(
      try ArticleReader().read(Array(json.utf8), path: "f.json").articles.first)
    #expect(article.paragraphs.first == "Fares rise in May.")
    #expect(article.source == "Fenland Wire" && article.date == "2026-03-03")
  }

  @Test func aDatelineDoesNotOverrideTheFieldsAFileStates() throws {
    let markdown = """
      ---
      title: Ferry fares rise
      date: 2026-03-02
      source: Oban Times
      ---
      OBAN, March 3 (Fenland Wire) - Fares rise in May.
      """
    let article = try #require(
      try ArticleReader().read(Array(markdown.utf8), path: "f.md").articles.first)
    #expect(article.paragraphs == ["Fares rise in May."])
    #expect(article.source == "Oban Times" && article.date == "2026-03-02")
  }

  @Test func jsonLinesSkipBlankLines() throws {
    let result = try read("items.jsonl")
    #expect(result.articles.map(\.title) == ["One", "Two"])
    #expect(result.articles.last?.url == "https://example.org/2")
  }

  @Test func aBadJSONLineIsNamedAndTheOthersAreRead() throws {
    let result = try read("broken.jsonl")
    #expect(result.articles.map(\.title) == ["One", "Two"])
    #expect(
      result.errors
        == [
          .malformedJSON(
            path: "news/broken.jsonl", line: 3, column: 36,
            reason: "expected ',' or '}' after a value")
        ])
    #expect(
      result.errors.first?.description
        == "'news/broken.jsonl' line 3, column 36: expected ',' or '}' after a value")
  }

  /// The warning said `article 2` for what was line 4 of the file (records are counted, blank
  /// and broken lines are not): it names the line, or the array's item.
  @Test func aRecordWithoutTextIsNamedByItsLineOrItem() throws {
    let lines =
      "{\"title\": \"A\", \"text\": \"Alpha.\"}\n{\"title\": \"B\n\n{\"title\": \"C\"}\n"
      + "{\"title\": \"D\", \"text\": \"Delta.\"}\n"
    let result = try ArticleReader().read(Array(lines.utf8), path: "w.jsonl")
    #expect(result.articles.map(\.title) == ["A", "D"])
    #expect(result.warnings == ["'w.jsonl' line 4: no text; skipped"])
    let json =
      #"[{"title": "A", "text": "Alpha."}, 7, {"title": "C"}, {"title": "D", "text": "D."}]"#
    let items = try ArticleReader().read(Array(json.utf8), path: "a.json")
    #expect(items.warnings == ["'a.json' item 3: no text; skipped"])
  }

  @Test func jsonLinesWithNoReadableLineFailWithTheFirstLinesError() {
    let lines = "{\"title\": [1], \"text\": \"A\"}\n{\"title\": \"B\", \"text\": \"B\"\n"
    let error = #expect(throws: ArticleError.self) {
      try ArticleReader().read(Array(lines.utf8), path: "w.jsonl")
    }
    #expect(
      error?.description == "'w.jsonl' line 1: field 'title' should be a string, not an array")
  }

  @Test func aJSONArrayItemThatIsNoArticleIsNamedAndTheOthersAreRead() throws {
    let json = #"[{"title": "Kept", "text": "Body."}, 7, {"title": {"a": 1}, "text": "B"}]"#
    let result = try ArticleReader().read(Array(json.utf8), path: "a.json")
    #expect(result.articles.map(\.title) == ["Kept"])
    #expect(
      result.errors.map(\.description) == [
        "'a.json' line 1: field 'item 2' should be an object, not a number",
        "'a.json' line 1: field 'title' should be a string, not an object",
      ])
  }

  @Test func wrongFieldTypeNamesFieldAndLine() throws {
    let error = #expect(throws: ArticleError.self) { try read("wrong-type.json") }
    #expect(
      error?.description
        == "'news/wrong-type.json' line 4: field 'date' should be a string, not a number")
  }

  @Test(arguments: [
    ("{\"title\": \"x\",\n  \"text\": \"y\"\n  \"url\": 1}", 3, 3),
    ("[{\"text\": \"a\"}, {\"text\": \"b\",}]", 1, 30),
    ("{\"text\": \"line\nbreak\"}", 1, 15),
    ("{\"text\": \"ok\"} extra", 1, 16),
  ])
  func jsonSyntaxErrorsCarryPosition(json: String, line: Int, column: Int) {
    let error = #expect(throws: ArticleError.self) {
      try ArticleReader().read(Array(json.utf8), path: "x.json")
    }
    guard case .malformedJSON(_, let foundLine, let foundColumn, _) = error else {
      Issue.record("expected malformedJSON, got \(String(describing: error))")
      return
    }
    #expect(foundLine == line && foundColumn == column)
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let json = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let error = #expect(throws: ArticleError.self) {
      try ArticleReader().read(Array(json.utf8), path: "deep.json")
    }
    #expect(error?.description.contains("nesting deeper than") == true)
  }

  @Test func deepHTMLNestingDoesNotOverflow() throws {
    let html = String(repeating: "<div>", count: 200) + "<p>Deep text here.</p>"
    let result = try ArticleReader().read(Array(html.utf8), path: "deep.html")
    #expect(result.articles.first?.text.contains("Deep text here.") == true)
    // Past libxml2's own depth limit the text is lost, but nothing crashes.
    let deeper = String(repeating: "<div>", count: 50_000) + "<p>Lost text.</p>"
    #expect(throws: ArticleError.noText(path: "deeper.html")) {
      try ArticleReader().read(Array(deeper.utf8), path: "deeper.html")
    }
  }

  @Test func jsonEscapesAndSurrogates() throws {
    let json = #"{"title": "Caf\u00e9 \ud83d\ude00", "text": "Tab\there \"quoted\" \ud800 lone."}"#
    let article = try #require(
      try ArticleReader().read(Array(json.utf8), path: "e.json").articles.first)
    #expect(article.title == "Café 😀")
    #expect(article.paragraphs == ["Tab here \"quoted\" \u{FFFD} lone."])
  }
}
