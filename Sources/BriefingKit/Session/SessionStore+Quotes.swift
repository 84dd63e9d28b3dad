import GRDB

extension SessionStore {
  /// The insert ``insertQuotes(_:of:with:)`` runs, one row per quote.
  static let quoteInsert = (
    sql: """
    INSERT INTO quote (id, article_id, position, text, start, "end", speaker, role,
      mention, mention_start, mention_end, cue, partial, segments)
      VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)
    """,
    parameters: 14
  )

  /// Stores an article's quotes through `insert`, a ``RowInsert`` of ``quoteInsert``.
  func insertQuotes(_ quotes: [Quote], of articleID: Int, with insert: RowInsert) throws {
    // By index: taking each quote out of the array as a value copied and released its strings.
    for index in quotes.indices {
      let quote = quotes[index]
      try insert.bind(Self.quoteID(article: articleID, position: index + 1), at: 1)
      try insert.bind(articleID, at: 2)
      try insert.bind(index + 1, at: 3)
      try insert.bind(quote.text, at: 4)
      try insert.bind(quote.start, at: 5)
      try insert.bind(quote.end, at: 6)
      try insert.bind(quote.speaker, at: 7)
      try insert.bind(quote.role, at: 8)
      try insert.bind(quote.mention?.text, at: 9)
      try insert.bind(quote.mention?.start, at: 10)
      try insert.bind(quote.mention?.end, at: 11)
      try insert.bind(quote.cue, at: 12)
      try insert.bind(quote.isPartial, at: 13)
      try insert.bind(QuoteSegments.encode(quote), at: 14)
      try insert.run()
    }
  }

  /// The id of the quote at `position` (1-based) of an article, `3.2`, written as bytes: the
  /// interpolated string cost 1,500 instructions a quote of a load.
  private static func quoteID(article: Int, position: Int) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(24)
    JSONWriter.appendDecimal(article, to: &bytes)
    bytes.append(UInt8(ascii: "."))
    JSONWriter.appendDecimal(position, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Quotes in article order, optionally only of some articles or of one speaker.
  /// - Parameter speaker: matches any part of the resolved speaker's name or role, ignoring
  ///   case.
  public func quotes(articles: [Int] = [], speaker: String? = nil) throws -> [StoredQuote] {
    try quotePage(articles: articles, speaker: speaker, limit: nil).quotes
  }

  /// The first `limit` quotes (all when nil) that ``quotes(articles:speaker:)`` gives, and how
  /// many it gives in all, counted in the database rather than read.
  public func quotePage(articles: [Int] = [], speaker: String? = nil, limit: Int?) throws
    -> (quotes: [StoredQuote], total: Int)
  {
    let (filter, arguments) = try quoteFilter(articles: articles, speaker: speaker)
    return try read { db in
      let bound = limit.map { " LIMIT \(max(0, $0))" } ?? ""
      let quotes = try Self.storedQuotes(
        db,
        sql: "SELECT \(Self.quoteColumns) FROM quote \(filter) ORDER BY article_id, position"
          + bound,
        arguments: arguments)
      guard let limit, quotes.count >= limit else { return (quotes, quotes.count) }
      let total = try Int.fetchOne(
        db, sql: "SELECT count(*) FROM quote \(filter)", arguments: arguments)
      return (quotes, total ?? quotes.count)
    }
  }

  /// The `WHERE` clause (empty for none) and its arguments for the quotes of `articles` (all
  /// when empty) and of `speaker`.
  private func quoteFilter(articles: [Int], speaker: String?) throws
    -> (clause: String, arguments: StatementArguments)
  {
    let names = try speaker.map { try quoteNames(matching: $0) }
    var clauses: [String] = []
    var arguments: [any DatabaseValueConvertible] = []
    if !articles.isEmpty {
      clauses.append("article_id IN (\(articles.map { _ in "?" }.joined(separator: ",")))")
      arguments += articles
    }
    if let names {
      clauses.append(names.clause)
      arguments += names.values
    }
    let filter = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
    return (filter, StatementArguments(arguments))
  }

  /// The quotes ``quotes(articles:speaker:)`` gives, in its order, as rows read in place.
  struct QuoteRows {
    fileprivate let rows: RowCursor
    fileprivate let columns: RowColumns

    /// The next quote's fields, or nil after the last; its texts are valid until the next call.
    mutating func next() throws -> QuoteJSONFields<RowText>? {
      guard try rows.next() != nil else { return nil }
      return SessionStore.quoteFields(columns)
    }
  }

  /// Calls `body` with the quotes of `articles` (all when empty) and of `speaker` as
  /// ``QuoteRows``, within one read.
  func withQuoteRows<T>(
    articles: [Int], speaker: String?, _ body: (inout QuoteRows) throws -> T
  ) throws -> T {
    let (filter, arguments) = try quoteFilter(articles: articles, speaker: speaker)
    return try read { db in
      let statement = try db.makeStatement(
        sql: "SELECT \(Self.quoteColumns) FROM quote \(filter) ORDER BY article_id, position")
      var rows = QuoteRows(
        rows: try Row.fetchCursor(statement, arguments: arguments),
        columns: RowColumns(statement: statement))
      return try body(&rows)
    }
  }

  /// The filter for quotes whose speaker or role contains `text`, ignoring case. The names
  /// and roles that match are found first among the session's distinct ones, so the quotes
  /// themselves are read only when they match: a LIKE over every quote's speaker grew with
  /// the session (25 ms at 20,000 articles).
  private func quoteNames(matching text: String) throws
    -> (clause: String, values: [any DatabaseValueConvertible])
  {
    let wanted = text.lowercased()
    let known = try distinctQuoteNames()
    let names = known.speakers.filter { $0.lowercased().contains(wanted) }
    let roles = known.roles.filter { $0.lowercased().contains(wanted) }
    // A word in thousands of names (`a`) is answered by a scan, within SQLite's limits.
    guard names.count + roles.count <= 500 else {
      let pattern = "%" + Self.likeEscaped(text) + "%"
      return ("(speaker LIKE ? ESCAPE '\\' OR role LIKE ? ESCAPE '\\')", [pattern, pattern])
    }
    // An empty `IN ()` would make SQLite scan every quote instead of using the indexes.
    var tests: [String] = []
    for (column, values) in [("speaker", names), ("role", roles)] where !values.isEmpty {
      tests.append(
        "\(column) COLLATE NOCASE IN (\(values.map { _ in "?" }.joined(separator: ",")))")
    }
    return (tests.isEmpty ? "0" : "(" + tests.joined(separator: " OR ") + ")", names + roles)
  }

  /// The distinct speakers and roles of the session's quotes, kept until the session changes
  /// (in memory and in the file's cache).
  func distinctQuoteNames() throws -> QuoteNames {
    try cached("quote-names") {
      try fileCached(
        "quote-names", encode: { $0.encoded }, decode: QuoteNames.init(decoding:),
        compute: {
          try read { db in
            QuoteNames(
              speakers: try String.fetchAll(
                db, sql: "SELECT DISTINCT speaker FROM quote WHERE speaker IS NOT NULL"),
              roles: try String.fetchAll(
                db, sql: "SELECT DISTINCT role FROM quote WHERE role IS NOT NULL"))
          }
        })
    }
  }

  /// Calls `body` with every quote's id, article and the fields the memo ranks by, in article
  /// order, one row at a time: neither the rest of each quote nor the rows are kept, and the
  /// pass over the table holds a small page cache.
  func forEachQuoteRankingFields(_ body: (QuoteRankingFields) throws -> Void) throws {
    try read { db in
      try Self.withPageCache(kibibytes: Self.passPageCache, in: db) {
        let rows = try Row.fetchCursor(
          db,
          sql: """
            SELECT id, article_id, text, speaker, partial FROM quote
            ORDER BY article_id, position
            """)
        while let row = try rows.next() {
          try body(
            QuoteRankingFields(
              id: row[0], articleID: row[1], text: row[2], speaker: row[3], isPartial: row[4]))
        }
      }
    }
  }

  /// The article, speaker and role of every attributed quote, in article order, without
  /// reading the rest of each quote.
  func speakerRows() throws -> [(articleID: Int, speaker: String, role: String?)] {
    try read { db in
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT article_id, speaker, role FROM quote WHERE speaker IS NOT NULL
          ORDER BY article_id, position
          """)
      var found: [(articleID: Int, speaker: String, role: String?)] = []
      while let row = try rows.next() { found.append((row[0], row[1], row[2])) }
      return found
    }
  }

  /// Every quote's id (`3.2`), in article order.
  func quoteIDs() throws -> [String] {
    try read { db in
      try String.fetchAll(db, sql: "SELECT id FROM quote ORDER BY article_id, position")
    }
  }

  /// One quote by its id (`3.2`).
  public func quote(id: String) throws -> StoredQuote {
    let found = try read { db in
      try Self.storedQuotes(
        db, sql: "SELECT \(Self.quoteColumns) FROM quote WHERE id = ?", arguments: [id]
      ).first
    }
    guard let found else { throw SessionError.noQuote(id: id) }
    return found
  }

  /// The columns ``storedQuote(_:)`` reads, in its order.
  static let quoteColumns = """
    id, article_id, text, start, "end", speaker, role, mention, mention_start, mention_end, cue,
    partial, segments
    """

  /// The quotes a query of ``quoteColumns`` gives, in its order.
  static func storedQuotes(_ db: Database, sql: String, arguments: StatementArguments) throws
    -> [StoredQuote]
  {
    let statement = try db.makeStatement(sql: sql)
    let rows = try Row.fetchCursor(statement, arguments: arguments)
    let columns = RowColumns(statement: statement)
    var quotes: [StoredQuote] = []
    while try rows.next() != nil { quotes.append(storedQuote(columns)) }
    return quotes
  }

  /// A quote from the row `columns` is on, of ``quoteColumns`` read by position: looking
  /// columns up by name was a tenth of `quotes --json`, and GRDB's decoding of each a third.
  static func storedQuote(_ columns: RowColumns) -> StoredQuote {
    var mention: Mention?
    if let text = columns.optionalString(7), let start = columns.optionalInt(8),
      let end = columns.optionalInt(9)
    {
      mention = Mention(text: text, start: start, end: end)
    }
    let start = columns.int(3)
    let end = columns.int(4)
    let quote = Quote(
      text: columns.string(2), start: start, end: end, speaker: columns.optionalString(5),
      role: columns.optionalString(6), mention: mention, cue: columns.optionalString(10),
      isPartial: columns.bool(11),
      segments: QuoteSegments.decode(columns.optionalString(12), start: start, end: end))
    return StoredQuote(id: columns.string(0), articleID: columns.int(1), quote: quote)
  }

  /// The fields of the quote the row `columns` is on, of ``quoteColumns`` read by position as
  /// ``storedQuote(_:)`` reads them, its texts in place.
  static func quoteFields(_ columns: RowColumns) -> QuoteJSONFields<RowText> {
    var mention: (text: RowText, start: Int, end: Int)?
    if let text = columns.optionalText(7), let start = columns.optionalInt(8),
      let end = columns.optionalInt(9)
    {
      mention = (text, start, end)
    }
    let start = columns.int(3)
    let end = columns.int(4)
    return QuoteJSONFields(
      id: columns.text(0), articleID: columns.int(1), text: columns.text(2),
      speaker: columns.optionalText(5), role: columns.optionalText(6), mention: mention,
      cue: columns.optionalText(10), isPartial: columns.bool(11), start: start, end: end,
      segments: QuoteSegments.decode(
        utf8: columns.optionalText(12)?.utf8, start: start, end: end))
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
