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
    let code = value.bind(to: statement.sqliteStatement, at: index)
    guard code == ResultCode.SQLITE_OK.rawValue else {
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
