import BriefingKit
import Foundation
import Testing

/// Checks what the shipped templates' Markdown means, not just its text: cmark's tree, and that
/// quotes and citations in a rendered memo are faithful.
struct MemoStructureTests {
  let renderer: MemoRenderer

  init() throws {
    renderer = try MemoRenderer(directories: [MemoFixtures.shippedTemplates])
  }

  /// How many times each node of interest occurs in cmark's XML for `markdown`.
  private func nodes(in markdown: String) throws -> [String: Int] {
    let xml = try Cmark.xml(from: markdown)
    let patterns = [
      "h1": "<heading level=\"1\"", "h2": "<heading level=\"2\"", "h3": "<heading level=\"3\"",
      "bullet": "<list type=\"bullet\"", "ordered": "<list type=\"ordered\"", "item": "<item>",
      "loose": "tight=\"false\"", "link": "<link ", "html": "<html_", "code": "<code",
      "quote": "<block_quote", "break": "<linebreak", "rule": "<thematic_break",
    ]
    return patterns.mapValues { xml.components(separatedBy: $0).count - 1 }
  }

  @Test(
    .enabled(if: Cmark.isAvailable),
    arguments: [
      ("memo", ["h1": 1, "h2": 6, "bullet": 3, "ordered": 2, "item": 12, "link": 1, "break": 3]),
      ("quotes", ["h1": 1, "h2": 3, "bullet": 2, "ordered": 1, "item": 5, "link": 1]),
      ("digest", ["h1": 1, "h2": 3, "bullet": 2, "item": 2]),
      ("timeline", ["h1": 1, "h2": 4, "bullet": 3, "ordered": 1, "item": 6, "link": 1]),
    ])
  func fullMemoHasTheIntendedBlocks(template: String, expected: [String: Int]) throws {
    let markdown = try renderer.render(MemoFixtures.full(), template: template)
    let found = try nodes(in: markdown)
    for (node, count) in found where count != (expected[node] ?? 0) {
      Issue.record("\(template): \(count) × \(node), expected \(expected[node] ?? 0)")
    }
  }

  @Test(.enabled(if: Cmark.isAvailable), arguments: ["memo", "quotes", "digest", "timeline"])
  func emptyMemoHasHeadingsAndNoLists(template: String) throws {
    let found = try nodes(in: renderer.render(MemoFixtures.empty(), template: template))
    #expect(found["h1"] == 1)
    #expect(found["item"] == 0 && found["link"] == 0 && found["html"] == 0)
  }

  /// Text from articles cannot add, remove or change blocks: with every text value hostile, each
  /// template renders the same cmark tree shape as with plain text.
  @Test(.enabled(if: Cmark.isAvailable), arguments: ["memo", "quotes", "digest", "timeline"])
  func hostileTextInEveryFieldKeepsTheTreeShape(template: String) throws {
    let plain = try nodes(in: renderer.render(MemoFixtures.full(), template: template))
    for text in MarkdownEscapingTests.hostile where text.contains(where: { !$0.isWhitespace }) {
      let context = MemoFixtures.full(allTextReplacedBy: text)
      let hostile = try nodes(in: renderer.render(context, template: template))
      #expect(hostile == plain, "\(template) with \(text.debugDescription)")
    }
  }

  /// Every quote in the memo stands verbatim in its article, and its citation number points to
  /// that article in the numbered sources.
  @Test func quotesAreVerbatimAndCitationsPointToListedSources() throws {
    let memo = try renderer.render(MemoFixtures.full(), template: "memo")
    let articles = [MemoFixtures.harbour, MemoFixtures.schools, MemoFixtures.undated]
    var sources: [Int: String] = [:]
    for line in sectionLines(of: memo, under: "## Sources") {
      guard let dot = line.firstIndex(of: "."), let number = Int(line[..<dot]) else { continue }
      sources[number] = String(line[line.index(after: dot)...].dropFirst())
    }
    #expect(sources.count == articles.count)
    let quoteLines = sectionLines(of: memo, under: "## Key quotes")
    #expect(quoteLines.count == 2)
    for line in quoteLines {
      let text = try #require(between(line, "“", "”"))
      let cite = try #require(between(line, "[", "]", last: true).flatMap { Int($0) })
      let source = try #require(sources[cite])
      let article = try #require(articles.first { source.hasPrefix($0.title + " — ") })
      #expect(article.text.contains(unescaped(text)), "not verbatim: \(text)")
    }
  }

  private func sectionLines(of markdown: String, under heading: String) -> [Substring] {
    let lines = markdown.split(separator: "\n")
    guard let start = lines.firstIndex(of: Substring(heading)) else { return [] }
    return Array(lines[(start + 1)...].prefix { !$0.hasPrefix("#") && !$0.hasPrefix("**") })
  }

  private func between(_ line: Substring, _ open: Character, _ close: Character, last: Bool = false)
    -> String?
  {
    let openIndex = last ? line.lastIndex(of: open) : line.firstIndex(of: open)
    guard let openIndex, let closeIndex = line[openIndex...].firstIndex(of: close) else {
      return nil
    }
    return String(line[line.index(after: openIndex)..<closeIndex])
  }

  /// Markdown backslash escapes removed (`\*` → `*`).
  private func unescaped(_ text: String) -> String {
    var result = ""
    var escaping = false
    for character in text {
      if character == "\\" && !escaping {
        escaping = true
        continue
      }
      escaping = false
      result.append(character)
    }
    return result
  }
}
