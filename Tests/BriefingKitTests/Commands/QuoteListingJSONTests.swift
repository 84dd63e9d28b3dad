import Testing

@testable import BriefingKit

/// `quotes --json` is written straight to bytes; it must match the `JSONValue` rendering.
struct QuoteListingJSONTests {
  static let quotes = [
    StoredQuote(
      id: "1.1", articleID: 1,
      quote: Quote(
        text: "We will \"win\" \\ the vote\n", start: 10, end: 36, speaker: "Ana Lind",
        role: "Minister", mention: Mention(text: "Ana Lind", start: 40, end: 48), cue: "said",
        segments: [10..<20, 26..<36])),
    StoredQuote(
      id: "1.2", articleID: 1,
      quote: Quote(text: "Très bien\u{2028}ça", start: 0, end: 12, isPartial: true)),
    StoredQuote(
      id: "12.3", articleID: 12,
      quote: Quote(
        text: "", start: 5, end: 5, speaker: nil, role: "", cue: nil,
        segments: [])),
  ]

  /// The definition: each quote as a `JSONValue` object, keys in this order.
  static func reference(_ stored: StoredQuote) -> JSONValue {
    let quote = stored.quote
    let mention: JSONValue =
      quote.mention.map { mention in
        .object([
          ("text", .string(mention.text)), ("start", .int(mention.start)),
          ("end", .int(mention.end)),
        ])
      } ?? .null
    return .object([
      ("id", .string(stored.id)), ("article", .int(stored.articleID)),
      ("text", .string(quote.text)),
      ("speaker", .string(quote.speaker)), ("role", .string(quote.role)), ("mention", mention),
      ("cue", .string(quote.cue)), ("partial", .bool(quote.isPartial)),
      ("start", .int(quote.start)), ("end", .int(quote.end)),
      (
        "segments",
        .array(quote.segments.map { .array([.int($0.lowerBound), .int($0.upperBound)]) })
      ),
    ])
  }

  @Test func bytesMatchTheJSONValueRendering() {
    for count in 0...Self.quotes.count {
      let quotes = Array(Self.quotes.prefix(count))
      let expected = JSONValue.array(quotes.map(Self.reference)).rendered()
      #expect(QuoteListing.jsonArray(quotes) == expected)
    }
  }

  /// Scalars that are not ASCII, alone or in runs, at either end of a text and at every offset
  /// of an eight-byte word, come out as the `JSONValue` rendering writes them.
  @Test func textBeyondASCIIAtAnyOffsetMatchesTheJSONValueRendering() {
    var quotes: [StoredQuote] = []
    for offset in 0..<9 {
      for piece in ["“", "…", "£", "é", "日本", "🙂"] {
        let text =
          piece + String(repeating: "a", count: offset) + piece + piece
          + String(repeating: "b", count: 17 - offset) + piece
        quotes.append(
          StoredQuote(
            id: "1.\(quotes.count + 1)", articleID: 1,
            quote: Quote(text: text, start: 0, end: text.unicodeScalars.count)))
      }
    }
    let expected = JSONValue.array(quotes.map(Self.reference)).rendered()
    #expect(QuoteListing.jsonArray(quotes) == expected)
  }

  @Test func nullsAndEscapesAreWrittenAsJSON() {
    let text = QuoteListing.jsonArray(Array(Self.quotes.suffix(2)))
    #expect(text.contains(#""speaker":null,"role":null,"mention":null,"cue":null"#))
    #expect(text.contains(#""text":"Très bien\u2028ça""#))
    #expect(text.contains(#""partial":true"#))
    #expect(text.hasSuffix(#""segments":[[5,5]]}]"#))
  }

  /// A session holding `quotes` (as the quotes of articles 1 and 2).
  static func store(with quotes: [Quote]) throws -> SessionStore {
    let store = try SessionStore()
    _ = try store.add(
      [("A", Array(quotes.prefix(2))), ("B", Array(quotes.dropFirst(2)))].map { title, quotes in
        AnalysedArticle(
          article: Article(title: title, paragraphs: ["Text of \(title)."]), quotes: quotes,
          topics: [], summary: "")
      })
    return store
  }

  /// `quotes --json` reads each quote's texts from its row in place; the document must be the
  /// one the stored quotes give, filtered or not.
  @Test(arguments: [([], nil), ([2], nil), ([], "lind"), ([1], "minister"), ([], "nobody")])
  func rowsGiveTheDocumentOfTheStoredQuotes(articles: [Int], speaker: String?) throws {
    let store = try Self.store(with: Self.quotes.map(\.quote))
    let stored = try store.quotes(articles: articles, speaker: speaker)
    let fromRows = try QuoteListing.jsonArray(articles: articles, speaker: speaker, in: store)
    #expect(fromRows == QuoteListing.jsonArray(stored))
    if articles.isEmpty && speaker == nil {
      #expect(fromRows.contains(#""text":"We will \"win\" \\ the vote\n""#))
      #expect(fromRows.contains(#""segments":[[10,20],[26,36]]"#))
    }
  }
}
