/// Reads articles from JSON (one object or an array of objects) and JSON Lines.
///
/// Fields: `title`/`headline`, `text`/`body`/`content` (a string, blank lines between
/// paragraphs, or an array of paragraph strings), `date`/`published`/`publishedAt`,
/// `source`/`publisher`/`site` (a string or an object with a `name`), `author`/`authors`
/// (a string, or an array of strings or `name` objects), `url`, `language`/`lang`, `tags`.
/// Unknown fields are ignored; `null` counts as absent.
struct JSONArticleReader: Sendable {
  /// The path as the user gave it, for messages.
  var path: String

  /// The articles of a JSON document.
  func articles(json text: String) throws(ArticleError) -> [Article] {
    var parser = JSONParser(Array(text.utf8))
    let value: JSONNode
    do {
      value = try parser.parseDocument()
    } catch {
      throw .malformedJSON(path: path, line: error.line, column: error.column, reason: error.reason)
    }
    switch value {
    case .object(let members): return [try article(from: members)]
    case .array(let items):
      var articles: [Article] = []
      for (position, item) in items.enumerated() {
        guard case .object(let members) = item else {
          throw .wrongFieldType(
            path: path, line: 1, field: "item \(position + 1)", expected: "an object",
            found: item.kind)
        }
        articles.append(try article(from: members))
      }
      return articles
    default:
      throw .wrongFieldType(
        path: path, line: 1, field: "top level", expected: "an object or an array",
        found: value.kind)
    }
  }

  /// The articles of a JSON Lines document: one object per non-blank line.
  func articles(lines text: String) throws(ArticleError) -> [Article] {
    var articles: [Article] = []
    for (offset, line) in Paragraphs.lines(of: text)
      .enumerated()
    {
      guard line.unicodeScalars.contains(where: { !$0.isSpaceOrNewline }) else { continue }
      var parser = JSONParser(Array(line.utf8), firstLine: offset + 1)
      let value: JSONNode
      do {
        value = try parser.parseDocument()
      } catch {
        throw .malformedJSON(
          path: path, line: error.line, column: error.column, reason: error.reason)
      }
      guard case .object(let members) = value else {
        throw .wrongFieldType(
          path: path, line: offset + 1, field: "line", expected: "an object", found: value.kind)
      }
      articles.append(try article(from: members))
    }
    return articles
  }

  /// One article from an object's members.
  private func article(
    from members: [(key: String, value: JSONNode, line: Int)]
  ) throws(ArticleError) -> Article {
    let fields = JSONFields(path: path, members: members)
    let title = try fields.string(["title", "headline", "name"]) ?? ""
    let paragraphs = try fields.paragraphs(["text", "body", "content", "articleBody"])
    let date = try fields.string(["date", "published", "publishedAt", "datePublished", "pubDate"])
    let source = try fields.named(["source", "publisher", "site", "siteName"]).first
    return Article(
      title: Paragraphs.clean(title, decodingReferences: true),
      date: date.flatMap(DateText.normalise),
      source: source, authors: try fields.named(["author", "authors", "byline"]),
      url: try fields.string(["url", "link"]),
      language: try fields.string(["language", "lang", "inLanguage"]) ?? "und",
      tags: try fields.named(["tags", "keywords"]), paragraphs: paragraphs)
  }
}
