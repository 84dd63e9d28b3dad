import GRDB

extension SessionStore {
  func insertQuotes(_ quotes: [Quote], of articleID: Int, in db: Database) throws {
    guard !quotes.isEmpty else { return }
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO quote (id, article_id, position, text, start, "end", speaker, role,
          mention, mention_start, mention_end, cue, partial) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
        """)
    for (index, quote) in quotes.enumerated() {
      try statement.execute(
        arguments: [
          "\(articleID).\(index + 1)", articleID, index + 1, quote.text, quote.start, quote.end,
          quote.speaker, quote.role, quote.mention?.text, quote.mention?.start,
          quote.mention?.end, quote.cue, quote.isPartial,
        ])
    }
  }

  /// Quotes in article order, optionally only of some articles or of one speaker.
  /// - Parameter speaker: matches any part of the resolved speaker's name or role, ignoring
  ///   case.
  public func quotes(articles: [Int] = [], speaker: String? = nil) throws -> [StoredQuote] {
    try read { db in
      var clauses: [String] = []
      var arguments: [any DatabaseValueConvertible] = []
      if !articles.isEmpty {
        clauses.append("article_id IN (\(articles.map { _ in "?" }.joined(separator: ",")))")
        arguments += articles
      }
      if let speaker {
        let (clause, values) = try Self.speakerClause(speaker, in: db)
        clauses.append(clause)
        arguments += values
      }
      let filter = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
      return try Row.fetchAll(
        db, sql: "SELECT \(Self.quoteColumns) FROM quote \(filter) ORDER BY article_id, position",
        arguments: StatementArguments(arguments)
      ).map(Self.storedQuote)
    }
  }

  /// The filter for quotes whose speaker or role contains `text`. The names and roles that
  /// match are found first in their indexes, so the quotes themselves are read only when
  /// they match: scanning every quote with LIKE took 25 ms at 20,000 articles.
  private static func speakerClause(_ text: String, in db: Database) throws
    -> (String, [any DatabaseValueConvertible])
  {
    let pattern = "%" + likeEscaped(text) + "%"
    let names = try String.fetchAll(
      db, sql: "SELECT DISTINCT speaker FROM quote WHERE speaker LIKE ? ESCAPE '\\'",
      arguments: [pattern])
    let roles = try String.fetchAll(
      db, sql: "SELECT DISTINCT role FROM quote WHERE role LIKE ? ESCAPE '\\'",
      arguments: [pattern])
    // A word in thousands of names (`a`) is answered by the scan, within SQLite's limits.
    guard names.count + roles.count <= 500 else {
      return ("(speaker LIKE ? ESCAPE '\\' OR role LIKE ? ESCAPE '\\')", [pattern, pattern])
    }
    let list = { (values: [String]) in values.map { _ in "?" }.joined(separator: ",") }
    return (
      "(speaker COLLATE NOCASE IN (\(list(names))) OR role COLLATE NOCASE IN (\(list(roles))))",
      names + roles
    )
  }

  /// Every quote's id, article and the fields the memo ranks by, in article order, without
  /// reading the rest of each quote.
  func quoteRankingFields() throws
    -> [(id: String, articleID: Int, text: String, hasSpeaker: Bool, isPartial: Bool)]
  {
    try read { db in
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT id, article_id, text, speaker IS NOT NULL, partial FROM quote
          ORDER BY article_id, position
          """)
      var fields: [(id: String, articleID: Int, text: String, hasSpeaker: Bool, isPartial: Bool)] =
        []
      while let row = try rows.next() {
        fields.append((row[0], row[1], row[2], row[3], row[4]))
      }
      return fields
    }
  }

  /// One quote by its id (`3.2`).
  public func quote(id: String) throws -> StoredQuote {
    let found = try read { db in
      try Row.fetchOne(
        db, sql: "SELECT \(Self.quoteColumns) FROM quote WHERE id = ?", arguments: [id]
      ).map(Self.storedQuote)
    }
    guard let found else { throw SessionError.noQuote(id: id) }
    return found
  }

  /// The columns ``storedQuote(_:)`` reads, in its order.
  static let quoteColumns = """
    id, article_id, text, start, "end", speaker, role, mention, mention_start, mention_end, cue,
    partial
    """

  /// A quote from a row of ``quoteColumns``, read by position: looking columns up by name
  /// was a tenth of `quotes --json`.
  static func storedQuote(_ row: Row) -> StoredQuote {
    var mention: Mention?
    if let text: String = row[7], let start: Int = row[8], let end: Int = row[9] {
      mention = Mention(text: text, start: start, end: end)
    }
    let quote = Quote(
      text: row[2], start: row[3], end: row[4], speaker: row[5], role: row[6], mention: mention,
      cue: row[10], isPartial: row[11])
    return StoredQuote(id: row[0], articleID: row[1], quote: quote)
  }

  /// `text` with LIKE's wildcards escaped by backslashes.
  static func likeEscaped(_ text: String) -> String {
    var escaped = ""
    for character in text {
      if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped
  }
}
