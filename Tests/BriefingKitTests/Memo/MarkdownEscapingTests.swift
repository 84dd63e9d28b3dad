import BriefingKit
import Foundation
import Testing

struct MarkdownEscapingTests {
  static let hostile = [
    "*bold* and _emphasis_ and __strong__", "# Not a heading", "###### deep",
    "<script>alert(1)</script>",
    "[click](https://evil.example) ![img](x.png)", "`code` and ```fence```", "- not an item",
    "+ nor this", "* nor this", "1. not ordered", "12) nor this", "> not a quote", "---", "===",
    "***", "___", "| a | b |", "~~struck~~", "back\\slash\\", "&amp; &#42; &copy;",
    "first line\n# second line\n\n- third", "    indented code", "\t\ttabbed",
    "trailing spaces  \nbreak", "x\r\n> y", "<http://auto.example>", "a_b_c snake_case __init__",
    "[^1] footnote", "2026-03-01 is a date", "3.5 percent", "<!-- comment -->", "\\*",
    "Ünïcödé “quotes” — dash", "tagged #", "C# ##", "#", "",
  ]

  /// A user template that places values at the start of lines, inside a list and in a heading.
  static let template = """
    {{%CONTENT_TYPE: MARKDOWN}}
    # Report: {{memo.subject}}

    {{memo.title}}

    {{#notes}}
    - {{text}}
    {{/notes}}

    > Quoted: {{memo.bluf}}
    """

  private func render(_ value: String) throws -> String {
    let folder = try MemoFixtures.folder(with: ["report.mustache": Self.template])
    defer { MemoFixtures.remove(folder) }
    let context = MemoContext(
      fields: ["title": value, "subject": value, "bluf": value],
      notes: [MemoNote(text: value), MemoNote(text: value)], articles: [], quotes: [], topics: [],
      generatedAt: "2026-03-03T07:30:00Z")
    return try MemoRenderer(directories: [folder]).render(context, template: "report")
  }

  @Test(arguments: hostile)
  func hostileTextKeepsTheStructure(value: String) throws {
    let text = try render(value)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
    let title = nonEmpty(value) ? 1 : 0
    #expect(lines.count == 3 + title + 1, "unexpected lines in:\n\(text)")
    #expect(lines.first?.hasPrefix("# Report: ") == true)
    #expect(lines.filter { $0.hasPrefix("- ") }.count == 2)
    #expect(lines.last?.hasPrefix("> Quoted: ") == true)
    if title == 1, let line = lines.dropFirst().first {
      #expect(!startsBlock(line), "title line starts a block: \(line)")
    }
  }

  @Test(.enabled(if: Cmark.isAvailable), arguments: hostile.filter { !$0.isEmpty })
  func cmarkRendersHostileTextLiterally(value: String) throws {
    let html = try Cmark.html(from: render(value))
    let shown = Cmark.escapeHTML(oneLine(value))
    let titleBlock = nonEmpty(value) ? "<p>\(shown)</p>\n" : ""
    let expected =
      "<h1>Report: \(shown)</h1>\n\(titleBlock)<ul>\n<li>\(shown)</li>\n<li>\(shown)</li>\n</ul>\n"
      + "<blockquote>\n<p>Quoted: \(shown)</p>\n</blockquote>\n"
    #expect(html == expected)
  }

  /// Random strings over Markdown's special characters, 200 at once through one cmark run.
  @Test(.enabled(if: Cmark.isAvailable))
  func cmarkRendersRandomPunctuationLiterally() throws {
    var generator = SplitMix(seed: 0x6D65_6D6F)
    let alphabet = Array("*_#<>[]()!`~|\\&;-+=.:1 \n\tab\u{A0}“")
    let values = (0..<200).map { _ in
      String(
        (0..<Int.random(in: 1...12, using: &generator)).map { _ in
          alphabet.randomElement(using: &generator) ?? "a"
        })
    }.filter(nonEmpty)
    let folder = try MemoFixtures.folder(with: [
      "items.mustache": "{{#notes}}\n- {{text}}\n{{/notes}}\n"
    ])
    defer { MemoFixtures.remove(folder) }
    let context = MemoContext(
      fields: [:], notes: values.map { MemoNote(text: $0) }, articles: [], quotes: [],
      topics: [], generatedAt: "2026-03-03T07:30:00Z")
    let html = try Cmark.html(
      from: MemoRenderer(directories: [folder]).render(context, template: "items"))
    let items = values.map { "<li>\(Cmark.escapeHTML(oneLine($0)))</li>\n" }.joined()
    #expect(html == "<ul>\n\(items)</ul>\n")
  }

  private func nonEmpty(_ value: String) -> Bool {
    value.contains { !$0.isWhitespace }
  }

  /// `value` as a single line: each run of white space one space, ends trimmed.
  private func oneLine(_ value: String) -> String {
    value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  private func startsBlock(_ line: Substring) -> Bool {
    let first = line.first
    return first == "#" || first == ">" || first == "-" || first == "+" || first == "*"
      || first == "=" || first == "<" || first == " " || first == "`" || first == "~"
      || line.drop(while: \.isNumber).prefix(2) == ". "
      || line.drop(while: \.isNumber).prefix(2) == ") "
  }
}
