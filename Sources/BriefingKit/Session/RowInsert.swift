import GRDB
import GRDBSQLite

/// A cached insert statement whose values are bound one by one, then run: for the thousands of
/// rows of a load, building GRDB's `StatementArguments` for each (an array of boxed values,
/// checked against the statement) cost more than SQLite's own work.
///
/// Values are bound with GRDB's own `StatementBinding` conformances, so they are stored exactly
/// as `execute(arguments:)` stores them; every row binds every parameter. The statement is
/// stepped by SQLite directly: GRDB's `execute()` resets the statement again and prepares its
/// database observation, region tracking and suspension checks on every row (1,500
/// instructions a row, a tenth of storing a quote), none of which a session uses. A failure
/// still throws GRDB's `DatabaseError`, with SQLite's message, as `execute()` would.
///
/// Strings and blobs are not copied: each is kept until ``run()``, which binds it from its own
/// bytes for as long as the statement runs (`SQLITE_STATIC`, as GRDB's `execute(arguments:)`
/// does), then clears the bindings. Copied (`SQLITE_TRANSIENT`), every quote's strings and
/// every article's whole text went through an allocation and a copy in SQLite.
struct RowInsert {
  let statement: Statement
  /// The connection the statement runs on, for SQLite's error messages.
  private let database: Database
  /// The strings and blobs of the row being built, bound by ``run()``.
  private let pending = PendingValues()

  /// Prepares (or takes from the cache) `sql`, which has `parameters` positional parameters.
  init(_ sql: String, parameters: Int, in db: Database) throws {
    statement = try db.cachedStatement(sql: sql)
    database = db
    // Valid arguments once, so that GRDB accepts the statement as bound if it runs it again.
    try statement.setArguments(
      StatementArguments([DatabaseValue](repeating: .null, count: parameters)))
  }

  /// Binds an integer to the parameter at `index` (1-based) as GRDB's `Int` binding does
  /// (`sqlite3_bind_int64`), without going through the protocol's witness (90 instructions
  /// a value; an optional's, 240).
  func bind(_ value: Int, at index: Int32) throws {
    try check(sqlite3_bind_int64(statement.sqliteStatement, index, Int64(value)))
  }

  /// Binds an integer, or NULL when nil.
  func bind(_ value: Int?, at index: Int32) throws {
    guard let value else { return try check(sqlite3_bind_null(statement.sqliteStatement, index)) }
    try bind(value, at: index)
  }

  /// Binds a flag as GRDB's `Bool` binding does: the integer 1 or 0.
  func bind(_ value: Bool, at index: Int32) throws {
    try bind(value ? 1 : 0, at: index)
  }

  /// Binds a string as GRDB does (as a C string, so up to a NUL) but from the string's own
  /// bytes: GRDB's `String` binding copies the string into a C array first.
  func bind(_ text: String, at index: Int32) throws {
    pending.values.pointee.append(.init(index: index, value: .text(text)))
  }

  /// Binds a string, or NULL when nil.
  func bind(_ text: String?, at index: Int32) throws {
    guard let text else { return try check(sqlite3_bind_null(statement.sqliteStatement, index)) }
    try bind(text, at: index)
  }

  /// Binds bytes as a blob, as GRDB binds `Data`.
  func bind(blob bytes: [UInt8], at index: Int32) throws {
    pending.values.pointee.append(.init(index: index, value: .blob(bytes)))
  }

  private func check(_ code: Int32) throws {
    guard code == SQLITE_OK else {
      throw DatabaseError(resultCode: ResultCode(rawValue: code), sql: statement.sql)
    }
  }

  /// Runs the statement with the values bound, then resets it for the next row's bindings.
  func run() throws {
    // Cleared before the values go, even when a binding or the step failed, so the statement
    // never points at freed memory.
    defer {
      sqlite3_clear_bindings(statement.sqliteStatement)
      pending.values.pointee.removeAll(keepingCapacity: true)
    }
    try run(binding: 0, of: pending.values.pointee)
  }

  /// Binds the pending value at `position` from its own bytes, and the ones after it inside
  /// that, then runs the statement while all of them are alive.
  private func run(binding position: Int, of values: [PendingValues.Binding]) throws {
    guard position < values.count else {
      // An insert or update returns no rows: one step runs it.
      var code = sqlite3_step(statement.sqliteStatement)
      if code == SQLITE_DONE { code = sqlite3_reset(statement.sqliteStatement) }
      guard code == SQLITE_OK else {
        let message = database.lastErrorMessage
        // Reset after a failure too, so the statement can run again.
        sqlite3_reset(statement.sqliteStatement)
        throw DatabaseError(
          resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
      }
      return
    }
    let index = values[position].index
    switch values[position].value {
    case .text(let text):
      try text.withCString {
        try check(sqlite3_bind_text(statement.sqliteStatement, index, $0, -1, nil))
        try run(binding: position + 1, of: values)
      }
    case .blob(let bytes):
      try bytes.withUnsafeBytes {
        try check(
          sqlite3_bind_blob(
            statement.sqliteStatement, index, $0.baseAddress, Int32($0.count), nil))
        try run(binding: position + 1, of: values)
      }
    }
  }
}

/// The strings and blobs bound to a ``RowInsert`` until it runs. A class because a
/// `RowInsert` is passed by value to the code that binds its values, and ``RowInsert/run()``
/// must see the values bound through every copy. They are reached through a pointer: a class's
/// stored `var` is checked for exclusive access at run time on every append (175 instructions,
/// more than the copy it saves), and only a `RowInsert` running on one connection uses them.
private final class PendingValues {
  enum Value {
    case text(String)
    case blob([UInt8])
  }

  struct Binding {
    var index: Int32
    var value: Value
  }

  let values = UnsafeMutablePointer<[Binding]>.allocate(capacity: 1)

  init() { values.initialize(to: []) }

  deinit {
    values.deinitialize(count: 1)
    values.deallocate()
  }
}
