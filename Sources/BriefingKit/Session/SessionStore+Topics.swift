import Foundation
import GRDB
import Synchronization

extension SessionStore {
  /// The insert ``insertTopics(_:of:with:)`` runs, one row per article.
  static let topicsInsert = (
    sql: "INSERT INTO article_topics (article_id, value) VALUES (?, ?)", parameters: 2
  )

  /// Stores an article's topics through `insert`, a ``RowInsert`` of ``topicsInsert``.
  func insertTopics(_ topics: [Topic], of articleID: Int, with insert: RowInsert) throws {
    guard !topics.isEmpty else { return }
    try insert.bind(articleID, at: 1)
    try insert.bind(blob: ArticleTopicsCodec.encode(topics), at: 2)
    try insert.run()
  }

  /// The ranked topics of each article, in article order. An article whose stored topics are
  /// damaged counts as having none.
  public func articleTopics(articles: [Int] = []) throws -> [(articleID: Int, topics: [Topic])] {
    let filter =
      articles.isEmpty
      ? "" : "WHERE article_id IN (\(articles.map(String.init).joined(separator: ",")))"
    return try read { db in
      var grouped: [(articleID: Int, topics: [Topic])] = []
      let rows = try Row.fetchCursor(
        db, sql: "SELECT article_id, value FROM article_topics \(filter) ORDER BY article_id")
      while let row = try rows.next() {
        let value: Data = row[1] ?? Data()
        grouped.append((row[0], ArticleTopicsCodec.decode([UInt8](value)) ?? []))
      }
      return grouped
    }
  }

  /// Topics as schema v2 kept them, one row per topic, for the v3 migration.
  static func rowTopics(in db: Database) throws -> [(articleID: Int, topics: [Topic])] {
    var grouped: [(articleID: Int, topics: [Topic])] = []
    let rows = try Row.fetchCursor(db, sql: "SELECT * FROM topic ORDER BY article_id, position")
    while let row = try rows.next() {
      let id: Int = row["article_id"]
      let topic = Topic(
        name: row["name"], kind: TopicKind(rawValue: row["kind"]) ?? .other,
        score: row["score"], mentions: row["mentions"],
        aliases: ListColumn.decode(row["aliases"]), role: row["role"])
      if grouped.last?.articleID == id {
        grouped[grouped.count - 1].topics.append(topic)
      } else {
        grouped.append((id, [topic]))
      }
    }
    return grouped
  }

  /// Topics ranked across the session (or across `articles`), the session's as
  /// ``rankedTopics()`` keeps them, every one decoded.
  public func sessionTopics(articles: [Int] = []) throws -> [SessionTopic] {
    guard articles.isEmpty else { return TopicRanker().rank(try topicTable(articles: articles)) }
    return Array(try rankedTopics())
  }

  /// The topics ranked across the session, computed once per change of the session and kept in
  /// the session file so a reopened session answers at once, and in memory as their bytes: a
  /// topic is decoded when it is read.
  public func rankedTopics() throws -> RankedTopics {
    try cached("topics") {
      // Taken out whether or not it serves: the table of an earlier generation is only memory.
      var loaded = try takeLoadedTopics()
      let ranked = try fileCached(
        "topics", encode: { $0.bytes }, decode: RankedTopics.init(bytes:),
        compute: { RankedTopics(ranking: try loaded ?? topicTable()) })
      loaded = nil
      Self.returnFreedMemory()
      return ranked
    }
  }

  /// Whether a load into an empty session at `path` gathers its topics for the first
  /// ranking (``keepLoadedTopics(_:)``): only in memory, where the session ends with the
  /// process, so its topics are ranked there or never, and where the database's own pages
  /// set the peak (`load`, `quotes`, `topics` of 1,000 BBC articles: 26.5 MB, 27.1 MB with the
  /// topics held). A session file is mostly ranked by a later process: holding them through
  /// its load raised that load's peak from 19 to 23 MB.
  static func keepsLoadedTopics(path: String?) -> Bool {
    path == nil
  }

  /// The name in ``cache`` of the topics a load gathered (``keepLoadedTopics(_:)``).
  private static let loadedTopics = "topics.loaded"

  /// Keeps `table`, the topics of every article of a load into an empty session, for the
  /// session's first ranking at the generation the load ends at, which then skips reading
  /// them back: decoding the stored topics of the BBC set cost 77 M instructions. Nil drops
  /// what an earlier load kept.
  func keepLoadedTopics(_ table: TopicTable?) throws {
    guard var table else {
      _ = cache.withLock { $0.removeValue(forKey: Self.loadedTopics) }
      return
    }
    table.seal()
    let current = try generation()
    cache.withLock { $0[Self.loadedTopics] = (current, table) }
  }

  /// The table ``keepLoadedTopics(_:)`` kept, when the session has not changed since; taken
  /// out of the cache either way, since it serves one ranking.
  func takeLoadedTopics() throws -> TopicTable? {
    let current = try generation()
    return cache.withLock { cache in
      guard let entry = cache.removeValue(forKey: Self.loadedTopics) else { return nil }
      return entry.generation == current ? entry.value as? TopicTable : nil
    }
  }

  /// Gives the pages of the heap that nothing holds back to the system. Ranking a session's
  /// topics takes a few megabytes for a moment (5 MB at 1,000 BBC articles) and keeps only the
  /// ranking: the pages freed would stay resident, under whatever the commands that follow
  /// allocate elsewhere.
  static func returnFreedMemory() {
    _ = trimHeap?(0)
  }

  /// glibc's `malloc_trim`, looked up by name: the Glibc module does not declare it (it is in
  /// `malloc.h`). Nil where there is none.
  private static let trimHeap: (@convention(c) (Int) -> Int32)? = {
    #if canImport(Glibc)
      guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
      return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    #else
      return nil
    #endif
  }()

  /// The topics of every article (or of `articles`) as ``articleTopics(articles:)`` reads them,
  /// held as a ``TopicTable``: each article's stored bytes are read in place and every
  /// distinct string is kept once.
  func topicTable(articles: [Int] = []) throws -> TopicTable {
    let filter =
      articles.isEmpty
      ? "" : "WHERE t.article_id IN (\(articles.map(String.init).joined(separator: ",")))"
    // The read passes over each page of the stored topics once (1.3 MB at 1,000 BBC articles),
    // so a small page cache does; what it and earlier commands held is freed for the ranking.
    return try read { db in
      try Self.withPageCache(kibibytes: Self.passPageCache, in: db) {
        // A stored topic takes 29 bytes on average in the BBC set, and rarely fewer than 26.
        let bytes =
          try Int.fetchOne(
            db, sql: "SELECT sum(length(value)) FROM article_topics t \(filter)") ?? 0
        var table = TopicTable(capacity: bytes / 50, topics: bytes / 26)
        // The language decides how a German article's key phrases join (``TopicMerger``).
        let rows = try Row.fetchCursor(
          db,
          sql: """
            SELECT t.article_id, t.value, a.language FROM article_topics t
            JOIN article a ON a.id = t.article_id \(filter) ORDER BY t.article_id
            """)
        while let row = try rows.next() {
          table.startArticle(row[0], language: row[2] ?? "")
          // Bytes that are no blob count as damage: the article has no topics.
          _ = try? row.withUnsafeData(atIndex: 1) { data in
            data?.withUnsafeBytes { ArticleTopicsCodec.decode($0, into: &table) }
          }
        }
        table.seal()
        return table
      }
    }
  }
}
