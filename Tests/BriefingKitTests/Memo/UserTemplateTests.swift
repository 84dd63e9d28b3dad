import BriefingKit
import Testing

struct UserTemplateTests {
  let shipped = MemoFixtures.shippedTemplates

  @Test func userTemplateWithTheSameNameWins() throws {
    let user = try MemoFixtures.folder(with: [
      "memo.mustache": "{{! description: Short house memo }}\n# {{memo.title}} (house style)\n"
    ])
    defer { MemoFixtures.remove(user) }
    let renderer = try MemoRenderer(directories: [shipped, user])
    #expect(renderer.templates().first { $0.name == "memo" }?.description == "Short house memo")
    #expect(renderer.templates().count == 4)
    let memo = try renderer.render(MemoFixtures.full(), template: "memo")
    #expect(memo == "# Ferry brief (house style)\n")
    let reversed = try MemoRenderer(directories: [user, shipped])
    #expect(
      try reversed.render(MemoFixtures.full(), template: "memo").hasPrefix("**UNCLASSIFIED**"))
  }

  @Test func userPartialReplacesTheShippedOneInShippedTemplates() throws {
    let user = try MemoFixtures.folder(with: [
      "partials/quote.mustache": "- {{speaker}} said: {{text}} [{{cite}}]\n"
    ])
    defer { MemoFixtures.remove(user) }
    let renderer = try MemoRenderer(directories: [shipped, user])
    let memo = try renderer.render(MemoFixtures.full(), template: "memo")
    #expect(memo.contains("\n- Ellen Voss said: The island has waited ten years for this, [1]\n"))
    #expect(renderer.templates().map(\.name) == ["digest", "memo", "quotes", "timeline"])
  }

  @Test func templateWithoutPragmaIsMarkdownEscapedNotHTMLEscaped() throws {
    let user = try MemoFixtures.folder(with: [
      "plain.mustache": "{{memo.title}}\n{{> inc/line}}\n",
      "inc/line.mustache": "Also: {{memo.subject}}\n",
    ])
    defer { MemoFixtures.remove(user) }
    let context = MemoContext(
      fields: ["title": "Q&A <with> \"quotes\"", "subject": "R&D *now*"], notes: [], articles: [],
      quotes: [], topics: [], generatedAt: "2026-03-03T07:30:00Z")
    let renderer = try MemoRenderer(directories: [user])
    let text = try renderer.render(context, template: "plain")
    #expect(text == "Q&A \\<with> \"quotes\"\nAlso: R&D \\*now\\*\n")
  }

  @Test func templateGivenByPathUsesTheLoadedPartials() throws {
    let folder = try MemoFixtures.folder(with: [
      "one-off.mustache": "{{#quotes}}\n{{> partials/quote}}\n{{/quotes}}\n"
    ])
    defer { MemoFixtures.remove(folder) }
    let renderer = try MemoRenderer(directories: [shipped])
    let text = try renderer.render(MemoFixtures.full(), template: folder + "/one-off.mustache")
    #expect(text.hasPrefix("- “The island has waited ten years for this,” — **Ellen Voss**"))
  }

  @Test func fileNameOfALoadedTemplateNamesIt() throws {
    let renderer = try MemoRenderer(directories: [shipped])
    let byName = try renderer.render(MemoFixtures.full(), template: "timeline")
    #expect(try renderer.render(MemoFixtures.full(), template: "timeline.mustache") == byName)
  }

  /// `template` rendered with the full fixture context, as a user's template file.
  private func render(_ template: String) throws -> String {
    let folder = try MemoFixtures.folder(with: ["keys.mustache": template])
    defer { MemoFixtures.remove(folder) }
    return try MemoRenderer(directories: [folder]).render(MemoFixtures.full(), template: "keys")
  }

  private let harbourRef =
    "1/1/Harbour board approves new ferry route/Coastal Times/2026-03-02/"
    + "https://coastal.example/ferry_route"

  /// Every key that templates/README.md documents, used the way a user's template would.
  @Test func everyDocumentedTopLevelAndMemoKeyRenders() throws {
    let memo = "{{memo.title}}|{{memo.subject}}|{{memo.to}}|{{memo.from}}|{{memo.date}}|"
    let more = "{{memo.classification}}|{{memo.bluf}}|{{memo.has_header}}|{{generated_at}}"
    #expect(
      try render(memo + more)
        == "Ferry brief|New ferry route|Regional desk|A. Analyst|2026-03-03|UNCLASSIFIED|"
        + "The route is approved.|true|2026-03-03T07:30:00Z\n")
    #expect(
      try render("{{has_notes}} {{has_topics}} {{has_quotes}} {{has_articles}} {{count(quotes)}}")
        == "true true true true 2\n")
    #expect(
      try render("{{#notes}}{{number}} {{text}} {{confidence}};{{/notes}}")
        == "1 Service will start this summer. moderate;2 Costs are not yet public. ;\n")
  }

  @Test func everyDocumentedTopicAndQuoteKeyRenders() throws {
    let topics = try render(
      "{{#topics}}{{name}} {{kind}} {{role}} {{mentions}} {{article_count}}"
        + "{{#articles}} {{id}}/{{cite}}/{{title}}/{{source}}/{{date}}/{{url}}{{/articles}}\n"
        + "{{/topics}}")
    #expect(
      topics
        == "Gull Island place  4 3 \(harbourRef) "
        + "2/2/Island school will reopen/Island Herald/2026-03-01/\n"
        + "Ellen Voss person board chair 1 1 \(harbourRef)\n")
    let quotes = try render(
      "{{#quotes}}{{number}} {{id}} {{text}}/{{speaker}}/{{role}}/{{cue}}/{{partial}}/{{cite}} "
        + "{{article.id}}/{{article.cite}}/{{article.title}}/{{article.source}}/{{article.date}}/"
        + "{{article.url}}\n{{/quotes}}")
    #expect(
      quotes
        == "1 1.1 The island has waited ten years for this,/Ellen Voss/board chair/said/false/1 "
        + "\(harbourRef)\n"
        + "2 2.1 “we are ready” for the new term///said/true/2 2/2/Island school will reopen/"
        + "Island Herald/2026-03-01/\n"
    )
  }

  @Test func everyDocumentedArticleKeyRenders() throws {
    let articles = try render(
      "{{#articles}}{{id}} {{cite}} {{title}}/{{source}}/{{author}}/{{date}}/{{url}}/"
        + "{{language}}/{{summary}}/{{words}} {{#topics}}{{name}}:{{kind}}:{{mentions}},{{/topics}}"
        + " {{#quotes}}{{id}},{{/quotes}} {{has_topics}} {{has_quotes}}\n{{/articles}}")
    let lines = articles.split(separator: "\n").map(String.init)
    #expect(
      lines.first
        == "1 1 Harbour board approves new ferry route/Coastal Times/Mira Okafor, Tom Reyes/"
        + "2026-03-02/https://coastal.example/ferry_route/en/The board approved a ferry route./26 "
        + "Gull Island:place:4,Ellen Voss:person:1, 1.1, true true")
    #expect(
      lines.dropFirst().first
        == "2 2 Island school will reopen/Island Herald//2026-03-01//en/"
        + "The school reopens in autumn./20 Gull Island:place:4, 2.1, true true")
    #expect(lines.last == "4 3 Letters: the ferry debate///////6   false false")
  }

  @Test func everyDocumentedGroupingAndSessionKeyRenders() throws {
    #expect(
      try render(
        "{{#speakers}}{{name}}/{{role}}/{{quote_count}}{{#quotes}} {{id}}{{/quotes}};{{/speakers}}")
        == "Ellen Voss/board chair/1 1.1;//1 2.1;\n")
    #expect(
      try render("{{#days}}{{date}}{{#articles}} {{cite}}{{/articles}};{{/days}}")
        == "2026-03-01 2;2026-03-02 1; 3;\n")
    let session =
      "{{session.article_count}} {{session.quote_count}} {{session.topic_count}} "
      + "{{session.first_date}} {{session.last_date}} "
      + "{{#session.outlets}}{{.}}{{^last()}}, {{/last()}}{{/session.outlets}} "
      + "{{#session.languages}}{{.}}{{/session.languages}}"
    #expect(
      try render(session) == "3 2 2 2026-03-01 2026-03-02 Coastal Times, Island Herald en\n")
  }
}
