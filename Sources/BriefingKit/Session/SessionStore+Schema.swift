import Foundation
import GRDB

extension SessionStore {
  /// The full-text index's tokenizer: Porter stems of unicode61 words, accents removed.
  static let searchTokenizer = FTS5TokenizerDescriptor(
    components: ["porter", "unicode61", "remove_diacritics", "2"])

  /// The schema, one migration per version; a file with migrations this build lacks is refused.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
          INSERT INTO meta VALUES ('generation', 0);
          CREATE TABLE article (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            hash TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL, date TEXT, source TEXT, authors TEXT NOT NULL, url TEXT,
            language TEXT NOT NULL, tags TEXT NOT NULL, path TEXT,
            paragraphs TEXT NOT NULL, text TEXT NOT NULL, words INTEGER NOT NULL,
            summary TEXT NOT NULL, loaded_at TEXT NOT NULL);
          CREATE TABLE quote (
            id TEXT PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, speaker TEXT, role TEXT, mention TEXT,
            mention_start INTEGER, mention_end INTEGER, cue TEXT, partial INTEGER NOT NULL);
          CREATE INDEX quote_article ON quote(article_id, position);
          CREATE INDEX quote_speaker ON quote(speaker COLLATE NOCASE);
          CREATE TABLE topic (
            article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            position INTEGER NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
            score REAL NOT NULL, mentions INTEGER NOT NULL, aliases TEXT NOT NULL, role TEXT,
            PRIMARY KEY (article_id, position));
          CREATE TABLE field (name TEXT PRIMARY KEY, value TEXT NOT NULL);
          CREATE TABLE note (
            id INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT NOT NULL, confidence TEXT);
          CREATE TABLE pin (
            position INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, ref TEXT NOT NULL,
            UNIQUE (kind, ref));
          CREATE TABLE cache (name TEXT PRIMARY KEY, generation INTEGER NOT NULL,
            value BLOB NOT NULL);
          """)
      try db.create(virtualTable: "article_fts", using: FTS5()) { table in
        table.synchronize(withTable: "article")
        table.tokenizer = searchTokenizer
        table.column("title")
        table.column("text")
      }
    }
    // Listings read only the articles' metadata, which the table stores after the text (in
    // overflow pages): without this covering index, 'articles' read the whole file.
    migrator.registerMigration("v2") { db in
      try db.execute(
        sql: """
          CREATE INDEX article_listing ON article(
            id, title, date, source, authors, url, language, tags, path, words, summary)
          """)
    }
    // Topics as one value per article: a row per topic made loading and ranking slow.
    migrator.registerMigration("v3") { db in
      try db.execute(
        sql: """
          CREATE TABLE article_topics (
            article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
            value BLOB NOT NULL)
          """)
      let insert = try db.makeStatement(sql: "INSERT INTO article_topics VALUES (?, ?)")
      for (id, topics) in try rowTopics(in: db) {
        try insert.execute(arguments: [id, Data(ArticleTopicsCodec.encode(topics))])
      }
      try db.execute(sql: "DROP TABLE topic")
    }
    // The full-text index is brought up to date by the first search after a load, not by
    // every insert: it was a third of the cost of loading. `indexed` is the last article id
    // in it (ids only grow); deleting an indexed article still removes it from the index.
    migrator.registerMigration("v4") { db in
      try db.execute(
        sql: """
          DROP TRIGGER __article_fts_ai;
          DROP TRIGGER __article_fts_ad;
          DROP TRIGGER __article_fts_au;
          INSERT INTO meta VALUES ('indexed', (SELECT coalesce(max(id), 0) FROM article));
          CREATE TRIGGER article_fts_delete AFTER DELETE ON article
            WHEN old.id <= (SELECT value FROM meta WHERE key = 'indexed') BEGIN
              INSERT INTO article_fts (article_fts, rowid, title, text)
                VALUES ('delete', old.id, old.title, old.text);
            END;
          CREATE TRIGGER article_fts_update AFTER UPDATE OF title, text ON article
            WHEN old.id <= (SELECT value FROM meta WHERE key = 'indexed') BEGIN
              INSERT INTO article_fts (article_fts, rowid, title, text)
                VALUES ('delete', old.id, old.title, old.text);
              INSERT INTO article_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
            END;
          """)
    }
    // `quotes --speaker` finds matching roles in an index, as it does names.
    migrator.registerMigration("v5") { db in
      try db.execute(sql: "CREATE INDEX quote_role ON quote(role COLLATE NOCASE)")
    }
    // An interrupted quote (`“A,” she said. “B.”`) keeps its quoted parts; NULL is one part,
    // `start` to `end`, as every quote stored before was.
    migrator.registerMigration("v6") { db in
      try db.execute(sql: "ALTER TABLE quote ADD COLUMN segments TEXT")
    }
    return migrator
  }
}
