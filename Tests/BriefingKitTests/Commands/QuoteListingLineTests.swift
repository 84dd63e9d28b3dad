import Testing

@testable import BriefingKit

struct QuoteListingLineTests {
  @Test func aWholeQuoteIsShownInMarksWithItsSpeakerAndRole() {
    let stored = StoredQuote(
      id: "1.2", articleID: 1,
      quote: Quote(
        text: "The trains must run.", start: 10, end: 30, speaker: "Idris Okafor",
        role: "Transport Secretary", cue: "said"))
    #expect(
      QuoteListing.line(stored)
        == "[1.2] “The trains must run.” — Idris Okafor (Transport Secretary)")
  }

  @Test func aPartialQuoteIsTheClauseWithItsOwnMarksAndNoOuterOnes() {
    let stored = StoredQuote(
      id: "2.1", articleID: 2,
      quote: Quote(
        text: "the city “cannot wait”", start: 40, end: 62, cue: "said", isPartial: true,
        segments: [50..<61]))
    #expect(QuoteListing.line(stored) == "[2.1] the city “cannot wait” — unattributed [partial]")
  }
}
