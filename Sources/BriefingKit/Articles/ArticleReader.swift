/// Turns one file's bytes into articles (a JSON array or JSONL gives several).
///
/// The format comes from the extension (`.txt`, `.md`, `.html`, `.json`, `.jsonl`, …) or,
/// when there is none or an unknown one, from the content. Bytes are decoded by
/// `ByteDecoder` (UTF-8, UTF-16 with a byte order mark, Windows-1252 with a warning).
///
/// ```swift
/// let result = try ArticleReader().read(Array("Budget vote\n\nThe council met.".utf8),
///                                       path: "a.txt")
/// result.articles[0].title  // "Budget vote"
/// ```
public struct ArticleReader: Sendable {
  /// The largest file accepted, in bytes.
  public var maxBytes: Int

  /// Creates a reader that refuses files over `maxBytes` (50 MB by default).
  public init(maxBytes: Int = 50 * 1024 * 1024) {
    self.maxBytes = maxBytes
  }

  /// Reads the articles in a file's bytes.
  ///
  /// - Parameter path: the path as the user gave it; used for messages, format by extension.
  /// - Throws: ``ArticleError`` when the file is empty, binary, too large, malformed, or has
  ///   no text. A JSON array's item or a JSON Lines line that fails leaves the others to be
  ///   read: its error is in the result's `errors`.
  public func read(_ bytes: [UInt8], path: String) throws(ArticleError) -> ArticleReadResult {
    guard !bytes.isEmpty else { throw .empty(path: path) }
    guard bytes.count <= maxBytes else {
      throw .tooLarge(path: path, bytes: bytes.count, limit: maxBytes)
    }
    let decoded = try ByteDecoder().decode(bytes, path: path)
    guard decoded.text.unicodeScalars.contains(where: { !$0.isSpaceOrNewline }) else {
      throw .empty(path: path)
    }
    var warnings = decoded.warning.map { [$0] } ?? []
    var articles: [Article]
    var errors: [ArticleError] = []
    // Where each article was in a file of several (`line 5` of JSON Lines, `item 3`).
    var places: [String] = []
    let format = ArticleFormat(path: path, text: decoded.text)
    switch format {
    case .plainText: articles = [PlainTextReader().article(from: decoded.text)]
    case .markdown: articles = [try MarkdownReader(path: path).article(from: decoded.text)]
    case .html:
      guard HTMLReader.isAvailable else { throw .htmlUnavailable(path: path) }
      articles = [HTMLReader().article(from: decoded.text)]
    case .json, .jsonLines:
      let reader = JSONArticleReader(path: path)
      let records =
        try format == .jsonLines
        ? reader.articles(lines: decoded.text) : reader.articles(json: decoded.text)
      (articles, errors, places) = (records.articles, records.errors, records.places)
    }
    // Plain text loses its dateline while its header is read; the other formats' bodies keep
    // theirs as scrapers find them.
    if format != .plainText { articles = articles.map { $0.removingDateline() } }
    var finished: [Article] = []
    for (number, article) in articles.enumerated() {
      guard article.paragraphs.contains(where: { !$0.isEmpty }) else {
        if articles.count > 1 {
          let place = number < places.count ? places[number] : "article \(number + 1)"
          warnings.append("'\(path)' \(place): no text; skipped")
        }
        continue
      }
      finished.append(finish(article, path: path))
    }
    // Nothing to load: the file fails, with its first bad record's error if it has one.
    guard !finished.isEmpty else { throw errors.first ?? .noText(path: path) }
    return ArticleReadResult(articles: finished, warnings: warnings, errors: errors)
  }

  /// Sets id 0, the path, a title when missing and the language when unknown.
  private func finish(_ article: Article, path: String) -> Article {
    var finished = article
    // Rebuilt (its text joined again) only when empty paragraphs or page furniture must go.
    if article.paragraphs.contains(where: { $0.isEmpty || Paragraphs.isFurniture($0) }) {
      let paragraphs = article.paragraphs.filter { !$0.isEmpty && !Paragraphs.isFurniture($0) }
      finished = Article(
        title: article.title, date: article.date, source: article.source,
        authors: article.authors, url: article.url, language: article.language,
        tags: article.tags, paragraphs: paragraphs.isEmpty ? article.paragraphs : paragraphs)
    }
    var title = article.title.trimmingSpaces
    if title.isEmpty { title = Paragraphs.derivedTitle(from: finished.paragraphs.first ?? "") }
    title = Self.oneLine(title)
    var language = Self.languageCode(article.language)
    if language == "und" {
      // The title and the first six paragraphs, read in place.
      language = LanguageIdentifier().language(ofTitle: title, article: finished, paragraphs: 6)
    }
    finished.id = 0
    finished.title = title
    finished.language = language
    finished.path = path
    return finished
  }

  /// `text` with each run of white space, line breaks included, made one space: a title is
  /// shown on one line (a hard-wrapped first sentence or a quoted YAML title can span lines).
  static func oneLine(_ text: String) -> String {
    Paragraphs.clean(text)
  }

  /// `en-US` → `en`; anything that is not a two- or three-letter code → `und`.
  static func languageCode(_ value: String) -> String {
    // What every reader leaves when the file names no language: nothing to split or lower.
    if value == "und" { return value }
    let code =
      value.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map {
        String($0).lowercased()
      } ?? ""
    let isCode =
      (2...3).contains(code.count)
      && code.unicodeScalars.allSatisfy {
        $0.value >= 0x61 && $0.value <= 0x7A
      }
    return isCode ? code : "und"
  }
}
