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

  /// The articles of a JSON document and the items that could not be read.
  ///
  /// A syntax error fails the whole document; an item of an array that is not an article
  /// (a number, a title that is a list) is left out with its error, and the others are read.
  func articles(json text: String) throws(ArticleError) -> Records {
    var parser = JSONParser(Array(text.utf8))
    let value: JSONNode
    do {
      value = try parser.parseDocument()
    } catch {
      throw .malformedJSON(path: path, line: error.line, column: error.column, reason: error.reason)
    }
    switch value {
    case .object(let members):
      return Records(articles: [try article(from: members)], places: ["the object"])
    case .array(let items):
      var records = Records()
      for (position, item) in items.enumerated() {
        records.add(at: "item \(position + 1)") { () throws(ArticleError) -> Article in
          guard case .object(let members) = item else {
            throw .wrongFieldType(
              path: path, line: 1, field: "item \(position + 1)", expected: "an object",
              found: item.kind)
          }
          return try article(from: members)
        }
      }
      return records
    default:
      throw .wrongFieldType(
        path: path, line: 1, field: "top level", expected: "an object or an array",
        found: value.kind)
    }
  }

  /// The articles of a JSON Lines document, one object per non-blank line, and the lines that
  /// could not be read: each line stands alone, so one truncated or mistyped line costs only
  /// itself.
  func articles(lines text: String) -> Records {
    var records = Records()
    for (offset, line) in Paragraphs.lines(of: text).enumerated() {
      guard line.unicodeScalars.contains(where: { !$0.isSpaceOrNewline }) else { continue }
      records.add(at: "line \(offset + 1)") { () throws(ArticleError) -> Article in
        try article(line: line, number: offset + 1)
      }
    }
    return records
  }

  /// The article on line `number` of a JSON Lines document.
  private func article(line: Substring, number: Int) throws(ArticleError) -> Article {
    var parser = JSONParser(Array(line.utf8), firstLine: number)
    let value: JSONNode
    do {
      value = try parser.parseDocument()
    } catch {
      throw .malformedJSON(path: path, line: error.line, column: error.column, reason: error.reason)
    }
    guard case .object(let members) = value else {
      throw .wrongFieldType(
        path: path, line: number, field: "line", expected: "an object", found: value.kind)
    }
    return try article(from: members)
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

extension JSONArticleReader {
  /// The articles read from a document's records and the errors of the records that failed.
  struct Records {
    var articles: [Article] = []
    var errors: [ArticleError] = []

    /// Where each article was in the document (`line 5`, `item 3`), for messages.
    var places: [String] = []

    /// Adds the article `read` returns, found at `place`, or its error.
    mutating func add(at place: String, _ read: () throws(ArticleError) -> Article) {
      do {
        articles.append(try read())
        places.append(place)
      } catch {
        errors.append(error)
      }
    }
  }
}
