import Foundation
import GRDB
import Testing

@testable import BriefingKit

/// How the session lays articles and topics out in SQLite, and that older files still open.
struct StorageLayoutTests {
  @Test(arguments: [
    ["one"], ["one", "two", "three"], ["ends with a line\n", "next"], ["has\n\ninside", "x"],
    ["", "empty first"], ["last is empty", ""], ["\nstarts with a line"], ["a\r", "b"], [],
  ])
  func paragraphsComeBackExactly(_ paragraphs: [String]) throws {
    let store = try SessionStore()
    let article = Article(title: "T", paragraphs: paragraphs)
    _ = try store.add([AnalysedArticle(article: article, quotes: [], topics: [], summary: "")])
    let expected = paragraphs == [""] ? [] : paragraphs
    #expect(try store.article(id: 1).article.paragraphs == expected)
  }

  @Test func ordinaryParagraphsAreNotStoredTwice() throws {
    let article = Article(title: "T", paragraphs: ["First one.", "Second one."])
    #expect(ArticleRecord.storedParagraphs(of: article) == "")
    let odd = Article(title: "T", paragraphs: ["a\n", "b"])
    #expect(ArticleRecord.storedParagraphs(of: odd) != "")
  }

  @Test func topicsRoundTripWithEveryField() throws {
    let topics = [
      Topic(
        name: "Ana Lind", kind: .person, score: 2.125, mentions: 3, aliases: ["Lind"],
        role: "Transport Secretary"),
      Topic(name: "rail strike", kind: .phrase, score: 0.1 + 0.2, mentions: 1),
      Topic(name: "Zürich „Tor“", kind: .place, score: -0.0, mentions: 0, aliases: ["", "x"]),
    ]
    #expect(ArticleTopicsCodec.decode(ArticleTopicsCodec.encode(topics)) == topics)
    #expect(ArticleTopicsCodec.decode(ArticleTopicsCodec.encode([])) == [])
    let bytes = ArticleTopicsCodec.encode(topics)
    for length in 0..<bytes.count {
      #expect(ArticleTopicsCodec.decode(Array(bytes.prefix(length))) == nil)
    }
  }

  /// A session in memory has 8 KB pages, a new session file SQLite's 4 KB; a file made
  /// with other pages keeps them and still opens.
  @Test func newSessionsHaveTheirPageSizeAndOlderFilesKeepTheirs() throws {
    let pageSize = { (store: SessionStore) in
      try store.read { try Int.fetchOne($0, sql: "PRAGMA page_size") }
    }
    #expect(try pageSize(SessionStore()) == SessionStore.memoryPageSize)
    let path = SessionStoreTests.temporaryPath()
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(try pageSize(SessionStore(path: path)) == 4096)
    let older = SessionStoreTests.temporaryPath()
    defer { try? FileManager.default.removeItem(atPath: older) }
    // A file whose first write was made with 16 KB pages, then a session of the last schema.
    try DatabaseQueue(path: older).writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA page_size = 16384; CREATE TABLE x (a); DROP TABLE x")
    }
    try Self.writeSession(at: older, schema: "v6") { _ in }
    let store = try SessionStore(path: older)
    #expect(try pageSize(store) == 16384)
    let article = Article(title: "T", paragraphs: ["One.", "Two."])
    _ = try store.add([AnalysedArticle(article: article, quotes: [], topics: [], summary: "")])
    #expect(try store.article(id: 1).article.paragraphs == ["One.", "Two."])
  }

  /// A load stores its quotes without SQLite checking each row's article, and checks them
  /// again afterwards: a row naming no article is refused.
  @Test func foreignKeysAreCheckedAgainAfterALoad() throws {
    let store = try SessionStore()
    let quote = Quote(text: "We will.", start: 0, end: 8, speaker: "Ana Lind")
    let article = Article(title: "T", paragraphs: ["“We will.”"])
    _ = try store.add([AnalysedArticle(article: article, quotes: [quote], topics: [], summary: "")])
    #expect(try store.quotes().count == 1)
    #expect(try store.read { try Int.fetchOne($0, sql: "PRAGMA foreign_keys") } == 1)
    #expect(throws: SessionError.self) {
      try store.write { db in
        try db.execute(
          sql: "INSERT INTO quote (id, article_id, position, text, start, \"end\", partial) "
            + "VALUES ('9.1', 9, 1, 'x', 0, 1, 0)")
      }
    }
  }

  /// Writes a session file as a build of schema version `schema` left it, with `fill`'s rows.
  static func writeSession(
    at path: String, schema: String, _ fill: (Database) throws -> Void
  ) throws {
    let queue = try DatabaseQueue(path: path)
    try queue.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA application_id = \(SessionStore.applicationID)")
    }
    try SessionStore.migrator.migrate(queue, upTo: schema)
    try queue.write(fill)
  }

  @Test func aVersionTwoSessionKeepsItsTopicsWhenOpened() throws {
    let path = SessionStoreTests.temporaryPath()
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Self.writeSession(at: path, schema: "v2") { db in
      try db.execute(
        sql: """
          INSERT INTO article (hash, title, authors, language, tags, paragraphs, text, words,
            summary, loaded_at) VALUES ('h1', 'A', '', 'en', '', 'one', 'one', 1, '', 'now');
          INSERT INTO topic VALUES (1, 1, 'Ana Lind', 'person', 2.5, 3, 'Lind', 'Mayor');
          INSERT INTO topic VALUES (1, 2, 'rail strike', 'phrase', 1.5, 2, '', NULL);
          """)
    }
    let store = try SessionStore(path: path)
    let topics = try store.articleTopics()
    #expect(topics.map(\.articleID) == [1])
    #expect(
      topics.first?.topics == [
        Topic(
          name: "Ana Lind", kind: .person, score: 2.5, mentions: 3, aliases: ["Lind"],
          role: "Mayor"),
        Topic(name: "rail strike", kind: .phrase, score: 1.5, mentions: 2),
      ])
    #expect(try store.article(id: 1).article.paragraphs == ["one"])
  }

  @Test func aVersionFiveSessionReadsItsQuotesAsSinglePartsAndStoresNewPartsAfter() throws {
    let path = SessionStoreTests.temporaryPath()
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Self.writeSession(at: path, schema: "v5") { db in
      try db.execute(
        sql: """
          INSERT INTO article (hash, title, authors, language, tags, paragraphs, text, words,
            summary, loaded_at) VALUES ('h1', 'A', '', 'en', '', '', '“We go.”', 2, '', 'now');
          INSERT INTO quote (id, article_id, position, text, start, "end", partial)
            VALUES ('1.1', 1, 1, 'We go.', 1, 7, 0);
          """)
    }
    let store = try SessionStore(path: path)
    #expect(try store.quote(id: "1.1").quote.segments == [1..<7])
    let parts = Quote(text: "A, B.", start: 1, end: 12, segments: [1..<3, 9..<12])
    _ = try store.add([
      AnalysedArticle(
        article: Article(title: "B", paragraphs: ["“A,” I said. “B.”"]), quotes: [parts],
        topics: [], summary: "")
    ])
    #expect(try SessionStore(path: path).quote(id: "2.1").quote.segments == [1..<3, 9..<12])
  }

  /// The schema as SQLite keeps it: every table, index and trigger with its statement.
  static func schema(of store: SessionStore) throws -> [String] {
    try store.queue.read { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master
          WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name
          """)
    }
  }

  @Test func aLoadIntoAnEmptySessionLeavesItsSchemaAsItWas() throws {
    let fresh = try Self.schema(of: SessionStore())
    #expect(fresh.contains { $0.hasPrefix("index quote_speaker CREATE INDEX") })
    let loaded = try SessionStore()
    _ = try loaded.add([SessionStoreTests.sample("A", "one"), SessionStoreTests.sample("B", "two")])
    #expect(try Self.schema(of: loaded) == fresh)
    let cancelled = try SessionStore()
    #expect(throws: CancellationError.self) {
      try cancelled.add([SessionStoreTests.sample("A", "one")], isCancelled: { true })
    }
    #expect(try Self.schema(of: cancelled) == fresh)
  }

  @Test func quotesLoadedIntoAnEmptySessionAreFoundThroughTheirIndexes() throws {
    let store = try SessionStore()
    var items: [AnalysedArticle] = []
    for (index, speaker) in ["Ana Lind", "Tomas Ekberg", "ana lind"].enumerated() {
      var item = SessionStoreTests.sample("T\(index)", "body \(index)")
      item.quotes[0].speaker = speaker
      item.quotes[0].role = index == 1 ? "Mayor" : nil
      items.append(item)
    }
    _ = try store.add(items)
    #expect(try store.quotes(speaker: "ANA LIND").map(\.id) == ["1.1", "3.1"])
    #expect(try store.quotes(speaker: "mayor").map(\.id) == ["2.1"])
    #expect(try store.quotes(articles: [2]).map(\.id) == ["2.1"])
    let plan = try store.queue.read { db in
      try Row.fetchAll(
        db, sql: "EXPLAIN QUERY PLAN SELECT id FROM quote WHERE speaker = 'x' COLLATE NOCASE"
      ).map { $0["detail"] as String }
    }
    #expect(plan.contains { $0.contains("quote_speaker") })
  }
}
