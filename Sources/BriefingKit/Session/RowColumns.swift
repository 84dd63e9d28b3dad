import GRDB
import GRDBSQLite

#if canImport(Glibc)
  import Glibc
#endif

/// Reads the columns of the row a statement is on straight from SQLite, decoding each value as
/// GRDB's `Row` subscripts do: for the thousands of quotes of `quotes --json`, GRDB's generic
/// decoding (a metadata look-up per optional column) cost more than SQLite's own work.
///
/// Only for a statement whose cursor was just advanced to a row; a column index past the
/// statement's columns reads as NULL.
struct RowColumns {
  let statement: Statement

  private var sqlite: SQLiteStatement { statement.sqliteStatement }

  /// Whether the column at `index` is NULL.
  func isNull(_ index: Int32) -> Bool {
    sqlite3_column_type(sqlite, index) == SQLITE_NULL
  }

  /// The integer at `index` (0 for NULL).
  func int(_ index: Int32) -> Int {
    Int(sqlite3_column_int64(sqlite, index))
  }

  /// The integer at `index`, or nil for NULL.
  func optionalInt(_ index: Int32) -> Int? {
    isNull(index) ? nil : int(index)
  }

  /// Whether the integer at `index` is not zero.
  func bool(_ index: Int32) -> Bool {
    sqlite3_column_int64(sqlite, index) != 0
  }

  /// The text at `index`, up to a NUL, as GRDB reads it (empty for NULL).
  func string(_ index: Int32) -> String {
    guard let text = sqlite3_column_text(sqlite, index) else { return "" }
    return String(cString: text)
  }

  /// The text at `index`, or nil for NULL.
  func optionalString(_ index: Int32) -> String? {
    isNull(index) ? nil : string(index)
  }

  /// The bytes of the text at `index` up to a NUL, as ``string(_:)`` reads them, in place:
  /// valid until the statement moves on (empty for NULL).
  func text(_ index: Int32) -> RowText {
    guard let text = sqlite3_column_text(sqlite, index) else {
      return RowText(utf8: UnsafeBufferPointer(start: nil, count: 0))
    }
    return RowText(utf8: UnsafeBufferPointer(start: text, count: strlen(text)))
  }

  /// The text at `index` in place, or nil for NULL.
  func optionalText(_ index: Int32) -> RowText? {
    isNull(index) ? nil : text(index)
  }
}

/// A text value of the row a statement is on, read in place (``RowColumns/text(_:)``).
struct RowText: QuoteJSONText {
  let utf8: UnsafeBufferPointer<UInt8>

  /// Written as ``RowColumns/string(_:)``'s `String` would be: invalid UTF-8, which that
  /// string repairs, is left for the whole document's decoding to repair the same way (an
  /// escape is ASCII, so it ends a bad sequence where the closing quote would).
  var utf8Count: Int { utf8.count }

  func writeQuoted(to writer: inout JSONByteWriter) { writer.quoted(utf8) }
}
