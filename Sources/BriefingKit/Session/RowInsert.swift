import GRDB
import GRDBSQLite

/// A cached insert statement whose values are bound one by one, then run: for the thousands of
/// rows of a load, building GRDB's `StatementArguments` for each (an array of boxed values,
/// checked against the statement) cost more than SQLite's own work.
///
/// Values are bound with GRDB's own `StatementBinding` conformances, so they are stored exactly
/// as `execute(arguments:)` stores them; every row binds every parameter, and the statement
/// still runs through GRDB (`execute()`), which keeps its checks and bookkeeping.
struct RowInsert {
  let statement: Statement

  /// Prepares (or takes from the cache) `sql`, which has `parameters` positional parameters.
  init(_ sql: String, parameters: Int, in db: Database) throws {
    statement = try db.cachedStatement(sql: sql)
    // Valid arguments once, so `execute()` runs with the bindings made below.
    try statement.setArguments(
      StatementArguments([DatabaseValue](repeating: .null, count: parameters)))
  }

  /// Binds `value` (NULL when nil) to the parameter at `index` (1-based).
  func bind(_ value: some StatementBinding, at index: Int32) throws {
    try check(value.bind(to: statement.sqliteStatement, at: index))
  }

  /// Binds a string as GRDB does (as a C string, so up to a NUL) but from the string's own
  /// bytes: GRDB's `String` binding copies the string into a C array first.
  func bind(_ text: String, at index: Int32) throws {
    try check(
      text.withCString { sqlite3_bind_text(statement.sqliteStatement, index, $0, -1, transient) })
  }

  /// Binds a string, or NULL when nil.
  func bind(_ text: String?, at index: Int32) throws {
    guard let text else { return try check(sqlite3_bind_null(statement.sqliteStatement, index)) }
    try bind(text, at: index)
  }

  /// Binds bytes as a blob, as GRDB binds `Data`.
  func bind(blob bytes: [UInt8], at index: Int32) throws {
    try check(
      bytes.withUnsafeBytes {
        sqlite3_bind_blob(
          statement.sqliteStatement, index, $0.baseAddress, Int32($0.count), transient)
      })
  }

  private func check(_ code: Int32) throws {
    guard code == SQLITE_OK else {
      throw DatabaseError(resultCode: ResultCode(rawValue: code), sql: statement.sql)
    }
  }

  /// Runs the statement with the values bound, then resets it for the next row's bindings.
  func run() throws {
    try statement.execute()
    let code = sqlite3_reset(statement.sqliteStatement)
    guard code == SQLITE_OK else {
      throw DatabaseError(resultCode: ResultCode(rawValue: code), sql: statement.sql)
    }
  }
}

/// SQLite copies what is bound with this destructor (`SQLITE_TRANSIENT`, a C macro).
private let transient = unsafeBitCast(
  OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
