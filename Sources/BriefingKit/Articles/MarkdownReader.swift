import Yams

/// Reads a Markdown article with optional YAML front matter between `---` lines.
///
/// Front matter fields: `title`, `date`, `source` or `publisher`, `author` or `authors`
/// (text or a list), `url`, `language` or `lang`, `tags` (a list or comma-separated text).
/// Without a title there, a leading `# Heading` is the title. The body is stripped of
/// Markdown syntax by ``MarkdownText``.
struct MarkdownReader: Sendable {
  /// The path as the user gave it, for messages.
  var path: String

  /// The article in `text`; errors in the front matter carry file line and column.
  func article(from text: String) throws(ArticleError) -> Article {
    let lines = Paragraphs.lines(of: text)
    var fields = FrontMatter()
    var bodyStart = 0
    if let first = lines.first, first.trimmingSpaces == "---" {
      guard
        let close = lines.dropFirst().firstIndex(where: {
          ["---", "..."].contains($0.trimmingSpaces)
        })
      else {
        throw .malformedFrontMatter(
          path: path, line: 1, column: 1,
          reason: "the front matter is never closed; end it with a line '---'")
      }
      let yaml = lines[1..<close].joined(separator: "\n")
      if let line = Self.tooDeepLine(lines[1..<close]) {
        throw .malformedFrontMatter(
          path: path, line: line + 1, column: 1,
          reason: "nesting deeper than \(Self.maxNesting) levels; flatten the front matter")
      }
      fields = try FrontMatter(yaml: yaml, path: path, firstLine: 2)
      bodyStart = close + 1
    }
    var paragraphs = MarkdownText().paragraphs(from: Array(lines[bodyStart...]))
    var title = fields.title
    if title == nil, let heading = paragraphs.first, heading.isHeading {
      title = heading.text
      paragraphs.removeFirst()
    }
    let body = paragraphs.map(\.text)
    return Article(
      title: title ?? "", date: fields.date, source: fields.source, authors: fields.authors,
      url: fields.url, language: fields.language ?? "und", tags: fields.tags, paragraphs: body)
  }
}

extension MarkdownReader {
  /// The deepest nesting of front matter accepted, so that building the YAML tree (which
  /// recurses) stays far from the stack's end.
  static let maxNesting = 64

  /// The index of the first line nested deeper than ``maxNesting`` by indentation (two
  /// columns a level) or open brackets, if any.
  static func tooDeepLine(_ lines: ArraySlice<Substring>) -> Int? {
    var depth = 0
    for (index, line) in zip(lines.indices, lines) {
      let indent = line.utf8.prefix { $0 == 0x20 }.count
      for byte in line.utf8 {
        if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") { depth += 1 }
        if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") { depth = max(0, depth - 1) }
      }
      if depth > maxNesting || indent > maxNesting * 2 { return index }
    }
    return nil
  }
}

/// The fields of a YAML front matter block.
private struct FrontMatter {
  var title: String?
  var date: String?
  var source: String?
  var authors: [String] = []
  var url: String?
  var language: String?
  var tags: [String] = []

  init() {}

  init(yaml: String, path: String, firstLine: Int) throws(ArticleError) {
    let node: Node?
    do {
      node = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      let (line, column, reason) = Self.location(of: error)
      throw .malformedFrontMatter(
        path: path, line: line + firstLine - 1, column: column, reason: reason)
    } catch {
      throw .malformedFrontMatter(path: path, line: firstLine, column: 1, reason: "\(error)")
    }
    guard let node else { return }
    guard let mapping = node.mapping else {
      throw .malformedFrontMatter(
        path: path, line: firstLine, column: 1,
        reason: "expected 'key: value' lines, found \(node.scalar != nil ? "text" : "a list")")
    }
    func text(_ keys: [String]) -> String? {
      keys.lazy.compactMap { mapping[$0]?.scalar?.string }.map { Paragraphs.clean($0) }
        .first { !$0.isEmpty }
    }
    func list(_ keys: [String]) -> [String] {
      guard let found = keys.lazy.compactMap({ mapping[$0] }).first else { return [] }
      if let items = found.sequence {
        return items.compactMap { $0.scalar?.string ?? $0.mapping?["name"]?.scalar?.string }
          .map { Paragraphs.clean($0) }.filter { !$0.isEmpty }
      }
      let value = found.scalar?.string ?? found.mapping?["name"]?.scalar?.string ?? ""
      return value.split(separator: ",").map { Paragraphs.clean($0) }.filter { !$0.isEmpty }
    }
    title = text(["title", "headline"])
    date = text(["date", "published", "publishedAt"]).flatMap(DateText.normalise)
    source = text(["source", "publisher", "site"])
    authors = list(["author", "authors"])
    url = text(["url", "link"])
    language = text(["language", "lang"])
    tags = list(["tags", "keywords"])
  }

  /// The 1-based line and column within the YAML, and a lower-case reason.
  private static func location(of error: YamlError) -> (Int, Int, String) {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let detail = context.map { "\(problem) (\($0.text))" } ?? problem
      return (mark.line, mark.column, detail)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return (
        context.mark.line, context.mark.column,
        "duplicate keys: \(duplicates.joined(separator: ", "))"
      )
    default:
      return (1, 1, "\(error)")
    }
  }
}
