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

  @Test func bytesMatchTheJSONValueRendering() {
    for count in 0...Self.quotes.count {
      let quotes = Array(Self.quotes.prefix(count))
      let expected = JSONValue.array(quotes.map(QuoteListing.json)).rendered()
      #expect(QuoteListing.jsonArray(quotes) == expected)
    }
  }

  @Test func nullsAndEscapesAreWrittenAsJSON() {
    let text = QuoteListing.jsonArray(Array(Self.quotes.suffix(2)))
    #expect(text.contains(#""speaker":null,"role":null,"mention":null,"cue":null"#))
    #expect(text.contains(#""text":"Très bien\u2028ça""#))
    #expect(text.contains(#""partial":true"#))
    #expect(text.hasSuffix(#""segments":[[5,5]]}]"#))
  }
}
