import GRDB
import Synchronization

/// Summaries written when first read rather than at load, in memory only.
///
/// A summary is shown by `articles`, `show` and `memo`, and nothing else reads it; a load into
/// an in-memory session followed only by `quotes`, `topics` or `search` never needs one. So such
/// a load stores each article with an empty summary and notes its id, and the first read of an
/// article record (or `save`, whose file must carry them) writes every noted summary, from the
/// stored text and language, as the load would have. A session file is summarized at load:
/// another process may read it.
extension SessionStore {
  /// Whether a load may leave its articles' summaries to ``summarizePending()``.
  var defersSummaries: Bool { path == nil }

  /// Notes articles stored with an empty summary in place of their own.
  func summarizeLater(_ ids: [Int]) {
    guard !ids.isEmpty else { return }
    pendingSummaries.withLock { $0 += ids }
  }

  /// Writes the summary of every article noted by ``summarizeLater(_:)`` (those dropped since
  /// are passed over), in one transaction that leaves the change counter as it is.
  func summarizePending() throws {
    let ids = pendingSummaries.withLock { $0 }
    guard !ids.isEmpty else { return }
    try write(changesContent: false) { db in
      let select = try db.cachedStatement(sql: "SELECT text, language FROM article WHERE id = ?")
      let update = try RowInsert(
        "UPDATE article SET summary = ? WHERE id = ?", parameters: 2, in: db)
      let summarizer = Summarizer()
      for id in ids {
        guard let row = try Row.fetchOne(select, arguments: [id]) else { continue }
        let text: String = row[0]
        let language: String = row[1]
        try update.bind(summarizer.summary(ofText: text, language: language), at: 1)
        try update.bind(id, at: 2)
        try update.run()
      }
    }
    pendingSummaries.withLock { $0.removeFirst(min(ids.count, $0.count)) }
  }
}
