import BriefingKit
import Testing

/// Words read on a placard, sign or page (`Auf dem Plakat stand: „…“`, `Darauf waren die
/// Worte zu lesen: „…“`): the place is the source, and no person is made up for it.
struct QuoteGermanInscriptionsTests {
  typealias Case = GermanMentionCase

  @Test(
    arguments: [
      Case(
        text: "Auf dem Banner war die Parole „Schluss mit dem Fluglärm jetzt“ zu lesen.",
        mention: "dem Banner"),
      Case(
        text: "Der Verein hatte ein Schild aufgestellt. Darauf waren die Worte zu lesen: „Unsere "
          + "Stadt steht für Freiheit.“",
        mention: "Darauf"),
      Case(
        text: "Auf dem Plakat stand: „Wir bleiben hier, bis alle gehen.“", mention: "dem Plakat"),
      Case(
        text: "Damals musste an jedem Radio ein Zettel kleben, auf dem geschrieben stand: „Feind "
          + "hört mit, also schweig.“",
        mention: "ein Zettel"),
    ])
  func placeTheWordsAreReadOn(_ item: Case) throws {
    try item.check(last: true)
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.last)
    #expect(quote.speaker == nil)
  }

  @Test func textThatSpeaksOfTheWords() throws {
    let text = "In dem Bericht der Kommission ist von „schweren Fehlern der Behörden“ die Rede."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.mention?.text == "dem Bericht der Kommission")
    #expect(quote.speaker == "Kommission")
  }

  @Test func placeThatIsNoTextDoesNotSpeak() throws {
    let text =
      "In der Stadt war am Abend von einer „ausgelassenen und fröhlichen Stimmung“ die Rede."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.mention == nil)
  }

  @Test func placeWithoutWrittenWordsIsNoSource() throws {
    let text = "In Berlin war die Stimmung am Abend „ausgelassen und fröhlich wie lange nicht“."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.mention == nil)
  }
}
