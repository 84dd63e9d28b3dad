import BriefingKit
import Testing

/// A German text and the words its quote's speaker mention must be, shared by the German
/// attribution tests.
struct GermanMentionCase: Sendable, CustomTestStringConvertible {
  var text: String
  var mention: String
  var testDescription: String { text }

  /// Checks the mention of the first quote of the text, or of the last with `last`.
  func check(last: Bool = false) throws {
    let quotes = QuoteFixture(text, language: "de").quotes
    let quote = try #require(last ? quotes.last : quotes.first)
    #expect(quote.mention?.text == mention)
  }
}
