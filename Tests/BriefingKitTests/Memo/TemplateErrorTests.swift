import BriefingKit
import Foundation
import Testing

struct TemplateErrorTests {
  /// The error loading a folder whose only template is `broken.mustache` with `text`.
  private func loadError(_ text: String) throws -> (MemoError?, String) {
    let folder = try MemoFixtures.folder(with: ["broken.mustache": text])
    defer { MemoFixtures.remove(folder) }
    let error = #expect(throws: MemoError.self) {
      try MemoRenderer(directories: [folder])
    }
    return (error, folder + "/broken.mustache")
  }

  @Test func unclosedSectionPointsAtItsOpeningTag() throws {
    let text = "{{%CONTENT_TYPE: MARKDOWN}}\n# Quotes\n\nIntro {{#quotes}}\n- {{text}}\n"
    let (error, file) = try loadError(text)
    let message = "section 'quotes' is never closed; add '{{/quotes}}'"
    #expect(error == .syntax(file: file, line: 4, column: 7, message: message))
    #expect(error?.description == "\(file):4:7: \(message)")
  }

  @Test func lineNumbersCountFromTheUsersFileWhenThePragmaIsAdded() throws {
    let (error, file) = try loadError(
      "# Quotes\n{{#quotes}}\n{{#speaker}}{{speaker}}\n{{/quotes}}\n")
    let message =
      "'{{/quotes}}' does not close the open section 'speaker' (line 3); close 'speaker' first"
    #expect(error == .syntax(file: file, line: 4, column: 1, message: message))
  }

  @Test func innermostUnclosedSectionIsNamed() throws {
    let (error, file) = try loadError("{{#articles}}\n  {{#quotes}}\n{{/articles}}\n")
    let message =
      "'{{/articles}}' does not close the open section 'quotes' (line 2); close 'quotes' first"
    #expect(error == .syntax(file: file, line: 3, column: 1, message: message))
    let (nested, nestedFile) = try loadError(
      "{{#articles}}\n{{#quotes}}x{{/quotes}}\n  {{^notes}}\n")
    #expect(
      nested
        == .syntax(
          file: nestedFile, line: 3, column: 3,
          message: "section 'notes' is never closed; add '{{/notes}}'"))
  }

  @Test func closingTagWithoutSection() throws {
    let (error, file) = try loadError("Text\nmore {{/notes}}\n")
    let message = "'{{/notes}}' closes a section that was never opened"
    #expect(error == .syntax(file: file, line: 2, column: 6, message: message))
  }

  @Test func tagThatIsNeverClosed() throws {
    let (error, file) = try loadError("# Memo\nHello {{memo.title\n")
    #expect(
      error == .syntax(file: file, line: 2, column: 7, message: "tag is never closed with '}}'"))
  }

  @Test func unknownContentType() throws {
    let (error, file) = try loadError("{{%CONTENT_TYPE: RTF}}\nHello\n")
    guard case .syntax(let errorFile, let line, _, let message) = error else {
      Issue.record("expected a syntax error, got \(String(describing: error))")
      return
    }
    #expect(errorFile == file && line == 1)
    #expect(message == "unknown pragma or content type; use MARKDOWN, TEXT or HTML")
  }

  @Test func unknownTemplateListsTheAvailableOnes() throws {
    let renderer = try MemoRenderer(directories: [MemoFixtures.shippedTemplates])
    let error = #expect(throws: MemoError.self) {
      try renderer.render(MemoFixtures.empty(), template: "memos")
    }
    #expect(
      error == .unknownTemplate(name: "memos", available: ["digest", "memo", "quotes", "timeline"]))
    #expect(
      error?.description
        == "unknown template 'memos'; did you mean 'memo'? "
        + "available templates: digest, memo, quotes, timeline")
    #expect(
      MemoError.unknownTemplate(name: "weekly", available: ["digest", "memo"]).description
        == "unknown template 'weekly'; available templates: digest, memo")
  }

  @Test func missingTemplatePathIsNamed() throws {
    let renderer = try MemoRenderer(directories: [MemoFixtures.shippedTemplates])
    let error = #expect(throws: MemoError.self) {
      try renderer.render(MemoFixtures.empty(), template: "nowhere/brief.mustache")
    }
    #expect(error == .unreadable(path: "nowhere/brief.mustache"))
    #expect(error?.description.hasPrefix("cannot read template 'nowhere/brief.mustache'") == true)
  }

  @Test func syntaxErrorInATemplateGivenByPath() throws {
    let folder = try MemoFixtures.folder(with: ["one-off.mustache": "{{#notes}}\n"])
    defer { MemoFixtures.remove(folder) }
    let renderer = try MemoRenderer(directories: [])
    let path = folder + "/one-off.mustache"
    #expect(
      throws: MemoError.syntax(
        file: path, line: 1, column: 1, message: "section 'notes' is never closed; add '{{/notes}}'"
      )
    ) {
      try renderer.render(MemoFixtures.empty(), template: path)
    }
  }

  @Test func noTemplatesAtAll() throws {
    let renderer = try MemoRenderer(directories: ["/nonexistent/briefing-templates"])
    #expect(renderer.templates().isEmpty)
    #expect(throws: MemoError.unknownTemplate(name: "memo", available: [])) {
      try renderer.render(MemoFixtures.empty(), template: "memo")
    }
    #expect(
      MemoError.unknownTemplate(name: "memo", available: []).description
        == "unknown template 'memo'; no templates were found")
  }

  @Test func templateThatIsNotUTF8CannotBeRead() throws {
    let folder = try MemoFixtures.temporaryFolder()
    defer { MemoFixtures.remove(folder) }
    let path = folder + "/latin1.mustache"
    try Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x7B, 0x7B, 0x78, 0x7D, 0x7D]).write(
      to: URL(fileURLWithPath: path))
    #expect(throws: MemoError.unreadable(path: path)) {
      try MemoRenderer(directories: [folder])
    }
  }

  @Test func byteOrderMarkDoesNotHideTheContentType() throws {
    let text = "\u{FEFF}{{%CONTENT_TYPE: TEXT}}\n{{memo.title}}\n"
    let folder = try MemoFixtures.folder(with: ["bom.mustache": text])
    defer { MemoFixtures.remove(folder) }
    let context = MemoContext(
      fields: ["title": "*as is*"], notes: [], articles: [], quotes: [], topics: [],
      generatedAt: "2026-03-03T07:30:00Z")
    #expect(try MemoRenderer(directories: [folder]).render(context, template: "bom") == "*as is*\n")
  }
}
