import Foundation
import GRDB

extension SessionStore {
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
    let data = Data(encode(value))
    try write(changesContent: false) { db in
      try db.execute(
        sql: "INSERT OR REPLACE INTO cache (name, generation, value) VALUES (?, ?, ?)",
        arguments: [name, current, data])
    }
    return value
  }
}
