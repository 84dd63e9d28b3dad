import Foundation
import GRDB

extension SessionStore {
  /// The size of SQLite's page cache, in KiB, for a read or a build that passes over many
  /// pages once (SQLite's default is 2,000 KiB, which stays held once filled).
  static let passPageCache = 256

  /// The page cache, in KiB, while a load inserts its rows.
  static let loadPageCache = 512

  /// Runs `body` with the page cache of the connection limited to `kibibytes`, freeing the
  /// pages it holds before and after, then restores the limit it had.
  static func withPageCache<T>(
    kibibytes: Int, in db: Database, _ body: () throws -> T
  ) throws -> T {
    let size = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
    db.releaseMemory()
    try db.execute(sql: "PRAGMA cache_size = -\(kibibytes)")
    defer {
      try? db.execute(sql: "PRAGMA cache_size = \(size)")
      db.releaseMemory()
    }
    return try body()
  }

  /// The value kept in the file's `cache` table under `name` when it was computed at the
  /// current generation, else `compute`'s, stored there for the next process (only the value
  /// at the current generation is kept). Undecodable bytes (an older form, damage) count as
  /// missing.
  func fileCached<T>(
    _ name: String, encode: (T) -> [UInt8], decode: ([UInt8]) -> T?, compute: () throws -> T
  ) throws -> T {
    let current = try generation()
    if let row = try read({ db in
      try Row.fetchOne(
        db, sql: "SELECT generation, value FROM cache WHERE name = ?", arguments: [name])
    }), row["generation"] == current, let data = row["value"] as Data?,
      let value = decode([UInt8](data))
    {
      return value
    }
    let value = try compute()
    let bytes = encode(value)
    // Bound from the encoded bytes themselves: a `Data` copy of them was 0.5 MB more at the
    // peak of the first ranking of 1,000 BBC articles.
    try write(changesContent: false) { db in
      let insert = try RowInsert(
        "INSERT OR REPLACE INTO cache (name, generation, value) VALUES (?, ?, ?)", parameters: 3,
        in: db)
      try insert.bind(name, at: 1)
      try insert.bind(current, at: 2)
      try insert.bind(blob: bytes, at: 3)
      try insert.run()
    }
    return value
  }
}
