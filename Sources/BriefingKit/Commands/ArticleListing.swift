/// How articles print, shared by `articles`, `show` and `search`.
enum ArticleListing {
  static func json(_ record: ArticleRecord) -> JSONValue {
    let article = record.article
    return .object([
      ("id", .int(article.id)), ("title", .string(article.title)), ("date", .string(article.date)),
      ("source", .string(article.source)),
      ("author", .string(article.authors.isEmpty ? nil : article.authors.joined(separator: ", "))),
      ("authors", .array(article.authors.map { .string($0) })), ("path", .string(article.path)),
      ("url", .string(article.url)), ("words", .int(record.words)),
      ("language", .string(article.language)), ("tags", .array(article.tags.map { .string($0) })),
      ("summary", .string(record.summary)),
    ])
  }

  static func table(_ records: [ArticleRecord]) -> Table {
    Table(
      headers: ["ID", "DATE", "SOURCE", "TITLE", "WORDS", "LANG"],
      rows: records.map { record in
        let article = record.article
        return [
          String(article.id), article.date ?? "-", article.source ?? "-", article.title,
          String(record.words), article.language,
        ]
      }, flexible: [2, 3])
  }

  /// Whether `text` is a `YYYY-MM-DD` date.
  static func isDate(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-" else { return false }
    return scalars.enumerated().allSatisfy { index, scalar in
      index == 4 || index == 7 || ("0"..."9").contains(scalar)
    }
  }
}
