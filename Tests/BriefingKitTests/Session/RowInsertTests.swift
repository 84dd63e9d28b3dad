import Foundation
import GRDB
import Testing

@testable import BriefingKit

/// ``RowInsert`` binds strings and blobs from their own bytes while a row runs; each row must
/// store its own values, whatever the rows before it bound or whether they failed.
struct RowInsertTests {
  static let schema = "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, note TEXT, data BLOB)"
  static let insert = "INSERT INTO t (id, name, note, data) VALUES (?, ?, ?, ?)"

  static func rows(_ db: Database) throws -> [[DatabaseValue]] {
    try Row.fetchAll(db, sql: "SELECT id, name, note, data FROM t ORDER BY id").map {
      Array($0.databaseValues)
    }
  }

  @Test func eachRowStoresItsOwnStringsAndBlobs() throws {
    let long = String(repeating: "Très long texte “cité”. ", count: 200)
    let rows: [(Int, String, String?, [UInt8])] = [
      (1, "short", nil, [1, 2, 3]), (2, long, "é", []),
      (3, "", long + "!", [UInt8](repeating: 7, count: 5_000)),
      (4, "cut\u{0}here", "🙂", [0]),
    ]
    let queue = try DatabaseQueue()
    let stored = try queue.write { db in
      try db.execute(sql: Self.schema)
      let insert = try RowInsert(Self.insert, parameters: 4, in: db)
      for (id, name, note, data) in rows {
        try insert.bind(id, at: 1)
        try insert.bind(name, at: 2)
        try insert.bind(note, at: 3)
        try insert.bind(blob: data, at: 4)
        try insert.run()
      }
      return try Self.rows(db)
    }
    // A string is bound up to a NUL, as GRDB binds it.
    let names: [DatabaseValue] = ["short", long, "", "cut"].map(\.databaseValue)
    let notes: [DatabaseValue] = [
      .null, "é".databaseValue, (long + "!").databaseValue, "🙂".databaseValue,
    ]
    let data: [DatabaseValue] = [
      Data([1, 2, 3]).databaseValue, Data().databaseValue,
      Data(repeating: 7, count: 5_000).databaseValue,
      Data([0]).databaseValue,
    ]
    #expect(stored.map { $0[0] } == (1...4).map(\.databaseValue))
    #expect(stored.map { $0[1] } == names)
    #expect(stored.map { $0[2] } == notes)
    #expect(stored.map { $0[3] } == data)
  }

  /// Integers, missing integers and flags are stored as GRDB's own bindings store them.
  @Test func numbersAndFlagsAreStoredAsGRDBStoresThem() throws {
    let queue = try DatabaseQueue()
    let rows = try queue.write { db in
      try db.execute(sql: "CREATE TABLE numbers (a, b, c, d, e)")
      let sql = "INSERT INTO numbers VALUES (?,?,?,?,?)"
      let insert = try RowInsert(sql, parameters: 5, in: db)
      try insert.bind(Int.min, at: 1)
      try insert.bind(Int?.none, at: 2)
      try insert.bind(true, at: 3)
      try insert.bind(Int?(-7), at: 4)
      try insert.bind(false, at: 5)
      try insert.run()
      try db.execute(sql: sql, arguments: [Int.min, Int?.none, true, Int?(-7), false])
      return try Row.fetchAll(
        db,
        sql: "SELECT a, typeof(a), b, typeof(b), c, typeof(c), d, typeof(d), e FROM numbers")
    }
    #expect(rows.count == 2)
    #expect(rows.first == rows.last)
    let missing: String? = rows.first?[3]
    #expect(missing == "null")
  }

  /// A failed row ends its insert (the write it belongs to fails); the next insert of the
  /// same statement, which SQLite keeps, stores its own values.
  @Test func anInsertAfterAFailedRowStoresItsOwnValues() throws {
    let queue = try DatabaseQueue()
    let stored = try queue.write { db in
      try db.execute(sql: Self.schema)
      for (id, name) in [(1, "first row's name"), (1, "the same id again"), (2, "after it")] {
        let insert = try RowInsert(Self.insert, parameters: 4, in: db)
        try insert.bind(id, at: 1)
        try insert.bind(name, at: 2)
        try insert.bind(name + " note", at: 3)
        try insert.bind(blob: Array(name.utf8), at: 4)
        do { try insert.run() } catch let error as DatabaseError {
          #expect(error.resultCode == .SQLITE_CONSTRAINT)
        }
      }
      return try Self.rows(db)
    }
    #expect(stored.map { $0[1] } == ["first row's name", "after it"].map(\.databaseValue))
    #expect(stored.last?[2] == "after it note".databaseValue)
    #expect(stored.last?[3] == Data("after it".utf8).databaseValue)
  }
}
