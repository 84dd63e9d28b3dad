/// The news-article fields of a page's schema.org JSON-LD block
/// (`<script type="application/ld+json">`), read leniently: anything odd is ignored.
struct LinkedData: Equatable {
  var headline: String?
  var datePublished: String?
  var authors: [String] = []
  var publisher: String?
  var url: String?
  var language: String?

  /// The `@type`s that describe an article.
  static let articleTypes: Set<String> = [
    "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "Report", "ScholarlyArticle",
  ]

  /// Reads the first article object in `json` (top level, in an array or in `@graph`).
  init?(json: String) {
    var parser = JSONParser(Array(json.utf8))
    guard let root = try? parser.parseDocument(), let members = Self.article(in: root, depth: 0)
    else { return nil }
    func value(_ key: String) -> JSONNode? { members.first { $0.key == key }?.value }
    headline = value("headline").flatMap(Self.text)
    datePublished = value("datePublished").flatMap(Self.text).flatMap(DateText.normalise)
    authors = value("author").map(Self.names) ?? []
    publisher = value("publisher").map(Self.names)?.first
    url = value("url").flatMap(Self.text)
    language = value("inLanguage").flatMap(Self.text)
  }

  /// The members of the first object whose `@type` is an article type.
  private static func article(in node: JSONNode, depth: Int) -> [(
    key: String, value: JSONNode, line: Int
  )]? {
    guard depth < 8 else { return nil }
    switch node {
    case .array(let items):
      return items.lazy.compactMap { article(in: $0, depth: depth + 1) }.first
    case .object(let members):
      let type = members.first { $0.key == "@type" }?.value
      let types: [String]
      switch type {
      case .string(let name): types = [name]
      case .array(let items): types = items.compactMap(text)
      default: types = []
      }
      if types.contains(where: articleTypes.contains) { return members }
      guard let graph = members.first(where: { $0.key == "@graph" })?.value else { return nil }
      return article(in: graph, depth: depth + 1)
    default:
      return nil
    }
  }

  private static func text(_ node: JSONNode) -> String? {
    guard case .string(let value) = node else { return nil }
    let cleaned = Paragraphs.clean(value)
    return cleaned.isEmpty ? nil : cleaned
  }

  /// Names from a string, an object with `name`, or an array of those.
  private static func names(_ node: JSONNode) -> [String] {
    switch node {
    case .string: return text(node).map { [$0] } ?? []
    case .object(let members):
      return members.first { $0.key == "name" }.flatMap { text($0.value) }.map { [$0] } ?? []
    case .array(let items): return items.flatMap { names($0) }
    default: return []
    }
  }
}
