import Foundation
import GRDB

/// The outcome of adding articles: which were new and which the session already held.
public struct AddResult: Sendable, Equatable {
  /// The ids given to the new articles, in order.
  public var added: [Int]
  /// Articles skipped as duplicates, with the id of the article already in the session.
  public var duplicates: [(path: String?, existingID: Int)]

  public static func == (lhs: AddResult, rhs: AddResult) -> Bool {
    lhs.added == rhs.added && lhs.duplicates.map(\.existingID) == rhs.duplicates.map(\.existingID)
  }
}

extension SessionStore {
  /// Adds articles with their quotes and topics in one transaction; ids are assigned in order
  /// and never reused. The same content twice (also within `items`) is skipped.
  /// - Parameter isCancelled: checked between articles; cancelling rolls everything back.
  public func add(
    _ items: [AnalysedArticle], loadedAt: Date = Date(), isCancelled: () -> Bool = { false }
  ) throws -> AddResult {
    try add(loadedAt: loadedAt) { add in
      for item in items {
        if isCancelled() { throw CancellationError() }
        try add(item)
      }
    }
  }

  /// Adds the articles `produce` hands to its `add` argument as it makes them, all in one
  /// transaction, so a load never holds more than one analysed article in memory. Whatever
  /// `produce` throws (a cancellation) rolls the whole addition back.
  public func add(
    loadedAt: Date = Date(), _ produce: (_ add: (AnalysedArticle) throws -> Void) throws -> Void
  ) throws -> AddResult {
    try adding(
      loadedAt: loadedAt, hash: \.hash, path: \.article.path, analyse: { item, _ in item }, produce)
  }

  /// Adds the articles `produce` hands to its `add` argument as ``add(loadedAt:_:)`` does, but
  /// analyses each with `analyse` (given the article and its ``AnalysedArticle/contentHash(of:)``)
  /// only once it is known to be new: an article the session holds costs its hash alone.
  public func add(
    loadedAt: Date = Date(),
    analysing analyse: @escaping (Article, _ hash: String) -> AnalysedArticle,
    _ produce: (_ add: (Article) throws -> Void) throws -> Void
  ) throws -> AddResult {
    try adding(
      loadedAt: loadedAt, hash: AnalysedArticle.contentHash(of:), path: \.path, analyse: analyse,
      produce)
  }

  /// The transaction both `add` forms run: each item `produce` hands is analysed (`analyse`,
  /// given its `hash`) and stored only when its hash is new.
  private func adding<Item>(
    loadedAt: Date, hash: @escaping (Item) -> String, path: @escaping (Item) -> String?,
    analyse: @escaping (Item, String) -> AnalysedArticle,
    _ produce: (_ add: (Item) throws -> Void) throws -> Void
  ) throws -> AddResult {
    let stamp = UTCTime.iso8601(loadedAt)
    // The topics gathered for the session's first ranking (``keepLoadedTopics(_:)``).
    var loaded: TopicTable?
    // Every quote and topic row refers to the article row inserted just before it.
    let result = try write(checksForeignKeys: false) { db in
      var result = AddResult(added: [], duplicates: [])
      // Into an empty session a duplicate can only be one added here, which a set of the added
      // hashes tells without a query per article (that lookup was a sixth of storing them).
      let startsEmpty = try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM article)")
      if startsEmpty == true && Self.keepsLoadedTopics(path: self.path) { loaded = TopicTable() }
      var added: Set<String>? = startsEmpty == true ? [] : nil
      let articleInsert = try RowInsert(
        Self.articleInsert.sql, parameters: Self.articleInsert.parameters, in: db)
      let quoteInsert = try RowInsert(
        Self.quoteInsert.sql, parameters: Self.quoteInsert.parameters, in: db)
      let topicsInsert = try RowInsert(
        Self.topicsInsert.sql, parameters: Self.topicsInsert.parameters, in: db)
      // A load writes each page about once: SQLite's default 2 MB cache only raised the peak
      // memory of a small load (a sixth of it above start-up at 1,000 articles).
      try Self.withPageCache(kibibytes: Self.loadPageCache, in: db) {
        // Into an empty session, the secondary indexes are built once from the stored rows:
        // keeping them up to date row by row cost more than the rows themselves.
        let deferred = startsEmpty == true ? try Self.dropSecondaryIndexes(in: db) : []
        try produce { new in
          let itemHash = hash(new)
          if added?.contains(itemHash) != false,
            let existing = try Int.fetchOne(
              db.cachedStatement(sql: "SELECT id FROM article WHERE hash = ?"),
              arguments: [itemHash])
          {
            result.duplicates.append((path(new), existing))
            return
          }
          let item = analyse(new, itemHash)
          let id = try insert(item, stamp: stamp, with: articleInsert, in: db)
          added?.insert(item.hash)
          try insertQuotes(item.quotes, of: id, with: quoteInsert)
          try insertTopics(item.topics, of: id, with: topicsInsert)
          loaded?.appendStored(item.topics, ofArticle: id, language: item.article.language)
          result.added.append(id)
        }
        for index in deferred { try db.execute(sql: index) }
      }
      return result
    }
    try keepLoadedTopics(loaded)
    return result
  }

  /// Drops the indexes of the quote table that no constraint needs, and returns the
  /// statements that create them again, as the schema has them: run in the same transaction,
  /// the session file ends up with the schema it started with. (The articles' listing index
  /// stays: building it reads each article's text, which its columns come after.)
  private static func dropSecondaryIndexes(in db: Database) throws -> [String] {
    let indexes = try Row.fetchAll(
      db,
      sql: """
        SELECT name, sql FROM sqlite_master
        WHERE type = 'index' AND tbl_name = 'quote' AND sql IS NOT NULL ORDER BY rowid
        """)
    var statements: [String] = []
    for index in indexes {
      let name: String = index["name"]
      try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
      statements.append(index["sql"])
    }
    return statements
  }

  /// The insert of one article row; ``insert(_:stamp:with:in:)`` binds its 14 values.
  static let articleInsert = (
    sql: """
    INSERT INTO article (hash, title, date, source, authors, url, language, tags, path,
      paragraphs, text, words, summary, loaded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)
    """,
    parameters: 14
  )

  private func insert(
    _ item: AnalysedArticle, stamp: String, with insert: RowInsert, in db: Database
  ) throws -> Int {
    let article = item.article
    try insert.bind(item.hash, at: 1)
    try insert.bind(article.title, at: 2)
    try insert.bind(article.date, at: 3)
    try insert.bind(article.source, at: 4)
    try insert.bind(ListColumn.encode(article.authors), at: 5)
    try insert.bind(article.url, at: 6)
    try insert.bind(article.language, at: 7)
    try insert.bind(ListColumn.encode(article.tags), at: 8)
    try insert.bind(article.path, at: 9)
    try insert.bind(ArticleRecord.storedParagraphs(of: article), at: 10)
    try insert.bind(article.text, at: 11)
    try insert.bind(article.wordCount, at: 12)
    try insert.bind(item.summary, at: 13)
    try insert.bind(stamp, at: 14)
    try insert.run()
    return Int(db.lastInsertedRowID)
  }

  /// All articles in id order, without their text unless `withText`; at most `limit` of them
  /// when there is a limit.
  public func articles(withText: Bool = false, limit: Int? = nil) throws -> [ArticleRecord] {
    try summarizePending()
    let limitClause = limit.map { " LIMIT \(max(0, $0))" } ?? ""
    guard !withText else {
      return try read { db in
        try Row.fetchAll(db, sql: "SELECT * FROM article ORDER BY id" + limitClause).map {
          ArticleRecord(row: $0, withText: true)
        }
      }
    }
    // Without text, leave the two text columns (nearly all of the table's bytes) unread.
    return try read { db in
      var records: [ArticleRecord] = []
      let rows = try Row.fetchCursor(
        db, sql: "SELECT \(ArticleRecord.metadataColumns) FROM article ORDER BY id" + limitClause)
      while let row = try rows.next() { records.append(ArticleRecord(metadata: row)) }
      return records
    }
  }

  /// The first `limit` article ids, in id order.
  func articleIDs(limit: Int) throws -> [Int] {
    try read { db in
      try Int.fetchAll(db, sql: "SELECT id FROM article ORDER BY id LIMIT ?", arguments: [limit])
    }
  }

  /// The titles of the articles `ids`, by id.
  func titles(of ids: Set<Int>) throws -> [Int: String] {
    guard !ids.isEmpty else { return [:] }
    let list = ids.sorted().map(String.init).joined(separator: ",")
    return try read { db in
      var titles: [Int: String] = [:]
      let rows = try Row.fetchCursor(db, sql: "SELECT id, title FROM article WHERE id IN (\(list))")
      while let row = try rows.next() { titles[row[0]] = row[1] }
      return titles
    }
  }

  /// One article with its text.
  public func article(id: Int) throws -> ArticleRecord {
    try summarizePending()
    let record = try read { db in
      try Row.fetchOne(db, sql: "SELECT * FROM article WHERE id = ?", arguments: [id]).map {
        ArticleRecord(row: $0, withText: true)
      }
    }
    guard let record else { throw SessionError.noArticle(id: id) }
    return record
  }

  /// How many articles the session holds.
  public func articleCount() throws -> Int {
    try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0 }
  }

  /// Removes articles with their quotes, topics and pins; ids are not reused.
  public func drop(ids: [Int]) throws {
    try write { db in
      for id in ids {
        guard
          try Int.fetchOne(db, sql: "SELECT 1 FROM article WHERE id = ?", arguments: [id]) != nil
        else { throw SessionError.noArticle(id: id) }
        try deleteArticle(id, in: db)
      }
    }
  }

  /// Removes every article, quote, topic and pin; memo fields and notes stay.
  public func clear() throws {
    try write { db in
      for id in try Int.fetchAll(db, sql: "SELECT id FROM article") {
        try deleteArticle(id, in: db)
      }
      try db.execute(sql: "DELETE FROM pin")
    }
  }

  private func deleteArticle(_ id: Int, in db: Database) throws {
    try db.execute(sql: "DELETE FROM quote WHERE article_id = ?", arguments: [id])
    try db.execute(sql: "DELETE FROM article_topics WHERE article_id = ?", arguments: [id])
    try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [id])
    try db.execute(
      sql:
        "DELETE FROM pin WHERE (kind = 'article' AND ref = ?) OR (kind = 'quote' AND ref LIKE ?)",
      arguments: [String(id), "\(id).%"])
  }
}
