import Foundation
import GRDB
import Synchronization

/// The session's storage: one SQLite database, in memory or in a file, with a versioned schema.
///
/// A `final class` because it owns one database connection (identity matters); everything it
/// hands out is a value. Every method that changes the session runs in one write transaction,
/// so a failed, cancelled or killed command leaves the session as it was.
public final class SessionStore: Sendable {
  /// The file behind the session, or nil in memory.
  public let path: String?
  let queue: DatabaseQueue
  /// Session-wide rankings, keyed by the change counter they were computed at.
  let cache = Mutex<[String: (generation: Int, value: any Sendable)]>([:])
  /// Articles stored without their summary, in id order (``summarizePending()``).
  let pendingSummaries = Mutex<[Int]>([])

  /// Opens (or creates) a session file, or an in-memory session when `path` is nil.
  public init(path: String? = nil) throws(SessionError) {
    self.path = path
    let label = path ?? ":memory:"
    do {
      var configuration = Configuration()
      configuration.busyMode = .timeout(2)
      if let path {
        queue = try DatabaseQueue(path: path, configuration: configuration)
      } else {
        queue = try DatabaseQueue(configuration: configuration)
      }
    } catch {
      throw Self.openingError(error, label: label)
    }
    try migrate(label: label)
  }

  private func migrate(label: String) throws(SessionError) {
    let migrator = Self.migrator
    do {
      try queue.writeWithoutTransaction { db in
        let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        let appID = try Int.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if tables > 0 && appID != Self.applicationID { throw SessionError.notASession(path: label) }
        if try migrator.hasBeenSuperseded(db) { throw SessionError.newerSchema(path: label) }
        if tables == 0 {
          // Before the first write, which fixes the page size. In memory, an article (2 KB of
          // text on average) filled a 4 KB page alone: 8 KB pages hold three, splitting fewer
          // pages as a load inserts (7 M instructions of the BBC pipeline) in a tenth less
          // memory. A session file keeps SQLite's 4 KB: with 8 KB pages, the commands read
          // more bytes a page, and their peak over a 1,000-article file rose by 0.3 MB.
          if path == nil { try db.execute(sql: "PRAGMA page_size = \(Self.memoryPageSize)") }
          try db.execute(sql: "PRAGMA application_id = \(Self.applicationID)")
        }
      }
      try migrator.migrate(queue)
    } catch {
      throw Self.openingError(error, label: label)
    }
  }

  private static func openingError(_ error: any Error, label: String) -> SessionError {
    if let error = error as? SessionError { return error }
    if let error = error as? DatabaseError,
      error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT
    {
      return .notASession(path: label)
    }
    return .database(path: label, message: message(of: error))
  }

  /// `BRIF`: marks a SQLite file as a briefing session.
  static let applicationID = 0x4252_4946

  /// The page size of a session in memory, in bytes (SQLite's default, which a new session
  /// file has, is 4,096). A file keeps the size it was made with (`save` copies an in-memory
  /// session's), and every SQLite reads any.
  static let memoryPageSize = 8192

  /// A user-facing sentence for a database error.
  static func message(of error: any Error) -> String {
    if let error = error as? DatabaseError {
      return error.message ?? "SQLite error \(error.resultCode.rawValue)"
    }
    return "\(error)"
  }

  /// Runs `body` in one write transaction, mapping database errors to ``SessionError``.
  /// - Parameter changesContent: false for derived data (the search index, cached rankings),
  ///   which leaves the change counter, and so the caches keyed by it, as they are.
  /// - Parameter checksForeignKeys: false for rows that refer only to rows the same
  ///   transaction adds (a load's quotes and topics to their article): SQLite's look-up of
  ///   the article for every row was 7% of storing the BBC set.
  func write<T>(
    changesContent: Bool = true, checksForeignKeys: Bool = true, _ body: (Database) throws -> T
  ) throws -> T {
    func transaction(_ db: Database) throws -> T {
      let value = try body(db)
      if changesContent {
        try db.execute(sql: "UPDATE meta SET value = value + 1 WHERE key = 'generation'")
      }
      return value
    }
    do {
      guard !checksForeignKeys else { return try queue.write(transaction) }
      return try queue.writeWithoutTransaction { db in
        // Outside the transaction: SQLite ignores the pragma inside one.
        try db.execute(sql: "PRAGMA foreign_keys = OFF")
        defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
        var result: Result<T, any Error> = .failure(CancellationError())
        try db.inTransaction {
          result = .success(try transaction(db))
          return .commit
        }
        return try result.get()
      }
    } catch let error as DatabaseError {
      throw SessionError.database(path: path ?? ":memory:", message: Self.message(of: error))
    }
  }

  /// Runs `body` in a read, mapping database errors to ``SessionError``.
  func read<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try queue.read(body)
    } catch let error as DatabaseError {
      throw SessionError.database(path: path ?? ":memory:", message: Self.message(of: error))
    }
  }

  /// The value `compute` gives, kept in memory under `name` until the session changes (its
  /// generation moves on), so repeated commands reuse it.
  func cached<T: Sendable>(_ name: String, _ compute: () throws -> T) throws -> T {
    let current = try generation()
    if let value = cache.withLock({ $0[name] }).flatMap({ entry in
      entry.generation == current ? entry.value as? T : nil
    }) {
      return value
    }
    let value = try compute()
    cache.withLock { $0[name] = (current, value) }
    return value
  }

  /// Counts changes to the session; caches compare it to know they are current.
  public func generation() throws -> Int {
    try read { db in
      try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") ?? 0
    }
  }

  /// Writes a copy of the whole session to `path` (SQLite's online backup), replacing the file
  /// only once the copy is complete.
  public func save(to path: String) throws {
    try summarizePending()
    TemporaryFiles.removeStale(besides: path)
    let temporary = TemporaryFiles.path(for: path)
    do {
      let target = try DatabaseQueue(path: temporary)
      try queue.backup(to: target)
      try target.close()
      if rename(temporary, path) != 0 {
        unlink(temporary)
        throw SessionError.database(path: path, message: String(cString: strerror(errno)))
      }
    } catch let error as SessionError {
      throw error
    } catch {
      unlink(temporary)
      throw SessionError.database(path: path, message: Self.message(of: error))
    }
  }
}
