import BriefingKit
import Testing

/// A German speech verb's participle used as an adjective before a quote (`nicht näher
/// bezeichnete „…“`) is no cue, and the source before `zufolge` stays the source.
struct QuoteGermanAttributivesTests {
  @Test func participleBeforeQuoteLeavesTheSourceItsCue() throws {
    let text =
      "Ursache der Sperrung am Berg waren der Polizei zufolge nicht näher bezeichnete „Schäden "
      + "an der alten Seilbahn“."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.cue == "zufolge")
    #expect(quote.mention?.text == "der Polizei")
  }

  @Test func relativeClauseVerbStillCues() throws {
    let text = "Im Saal saß auch Karl Huber, der erklärte: „Wir werden gegen den Plan klagen.“"
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.cue == "erklärte")
    #expect(quote.speaker == "Karl Huber")
  }
}
