import GRDB

/// One article found by ``SessionStore/search(_:limit:)``.
public struct SearchHit: Sendable, Equatable {
  public var articleID: Int
  public var title: String
  /// Text around the matches; matched words lie between ``SearchHit/highlightStart`` and
  /// ``SearchHit/highlightEnd`` markers.
  public var snippet: String
  /// bm25 rank: lower is better.
  public var rank: Double

  public static let highlightStart = "\u{2}"
  public static let highlightEnd = "\u{3}"
}

extension SessionStore {
  /// Full-text search with stemming and folded diacritics, best first: the words of `text`
  /// (see ``SearchQuery``).
  public func search(_ text: String, limit: Int = 20) throws -> [SearchHit] {
    try search(SearchQuery(text), limit: limit)
  }

  /// Full-text search with stemming and folded diacritics, best first. Any query is valid:
  /// its text reaches FTS5 only inside quoted strings, never as syntax.
  public func search(_ query: SearchQuery, limit: Int = 20) throws -> [SearchHit] {
    guard query.findsSomething else { return [] }
    try updateIndex()
    return try read { db in
      // The index's tokenizer is made only for a query with a prefix to find.
      var stems: PrefixStems?
      let query = try query.withStemWords { prefix in
        let found = try stems ?? PrefixStems(in: db)
        stems = found
        return try found.words(beginning: prefix)
      }
      guard let pattern = query.pattern else { return [] }
      // Ranked first, snippets after for the shown rows only: in one query SQLite built a
      // snippet for every match before sorting (17 ms for a common word at 20,000 articles).
      // Matches found through a prefix's stem words are checked one by one, so all are ranked.
      let ranked = try Row.fetchAll(
        db,
        sql: """
          SELECT rowid, bm25(article_fts, 5.0, 1.0) AS rank FROM article_fts
          WHERE article_fts MATCH ? ORDER BY rank LIMIT ?
          """, arguments: [pattern, query.hasStemWords ? -1 : limit])
      let snippet = try db.cachedStatement(
        sql: """
          SELECT article.title, snippet(article_fts, 1, ?, ?, '…', 16)
          FROM article_fts JOIN article ON article.id = article_fts.rowid
          WHERE article_fts MATCH ? AND article_fts.rowid = ?
          """)
      var hits: [SearchHit] = []
      for row in ranked where hits.count < limit {
        let id: Int = row[0]
        guard try !query.hasStemWords || Self.holds(query, forArticle: id, in: db) else {
          continue
        }
        let arguments: StatementArguments = [
          SearchHit.highlightStart, SearchHit.highlightEnd, pattern, id,
        ]
        guard let found = try Row.fetchOne(snippet, arguments: arguments) else { continue }
        hits.append(SearchHit(articleID: id, title: found[0], snippet: found[1], rank: row[1]))
      }
      return hits
    }
  }

  /// True when an article the index matched holds, in every group with a prefix that asked for
  /// stem words, a term on its own: a prefix through its own stem or a word it begins, any
  /// other term through the index.
  private static func holds(_ query: SearchQuery, forArticle id: Int, in db: Database) throws
    -> Bool
  {
    let match = try db.cachedStatement(
      sql: "SELECT 1 FROM article_fts WHERE article_fts MATCH ? AND rowid = ?")
    var text: String?
    for group in query.groups where group.contains(where: { !$0.stemWords.isEmpty }) {
      var held = false
      for term in group where !held {
        if try Bool.fetchOne(match, arguments: [term.ownPattern, id]) == true {
          held = true
        } else if !term.stemWords.isEmpty {
          if text == nil {
            text = try String.fetchOne(
              db, sql: "SELECT title || ' ' || text FROM article WHERE id = ?", arguments: [id])
          }
          held = PrefixStems.textHasWord(beginning: term.text, text ?? "")
        }
      }
      if !held { return false }
    }
    return true
  }

  /// Adds the articles loaded since the last search to the full-text index, in one
  /// transaction. The session's content does not change, so its caches stay valid.
  func updateIndex() throws {
    let sql = """
      SELECT (SELECT value FROM meta WHERE key = 'indexed'), (SELECT max(id) FROM article)
      """
    let pending = try read { db in
      try Row.fetchOne(db, sql: sql).flatMap { row -> (Int, Int)? in
        guard let indexed = row[0] as Int?, let last = row[1] as Int?, last > indexed else {
          return nil
        }
        return (indexed, last)
      }
    }
    guard let (indexed, last) = pending else { return }
    // The build reads each article's pages once: a small page cache does (SQLite held 3.5 MB
    // at the peak of the first search of 1,000 BBC articles, 2.0 of them cached pages). FTS5
    // gathers up to `hashsize` bytes of terms before it writes them out: 256 KiB instead of
    // its 1 MiB took 1.6 MB less at that peak, for the same index and results (the build
    // took 0.12 -> 0.17 s over the BBC set).
    try write(changesContent: false) { db in
      try Self.withPageCache(kibibytes: Self.passPageCache, in: db) {
        try db.execute(
          sql: """
            INSERT INTO article_fts (article_fts, rank) VALUES ('hashsize', 262144);
            INSERT INTO article_fts (rowid, title, text)
              SELECT id, title, text FROM article WHERE id > ? AND id <= ?;
            UPDATE meta SET value = ? WHERE key = 'indexed';
            """, arguments: [indexed, last, last])
      }
    }
  }
}
