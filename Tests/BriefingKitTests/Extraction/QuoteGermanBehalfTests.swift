import BriefingKit
import Testing

/// `hieß es seitens der Kammer`: the body after `seitens` is the source of a `heißt es`, also
/// past a time (`am Freitag`) or another preposition (`auf Anfrage`) before it.
struct QuoteGermanBehalfTests {
  @Test(arguments: [
    ("hieß es am Freitag seitens des Katastrophenstabs Kärnten.", "Katastrophenstabs Kärnten"),
    ("hieß es auf Anfrage seitens der Handelskammer Tirol.", "Handelskammer Tirol"),
  ])
  func theBodyAfterSeitensSpeaks(cue: String, speaker: String) {
    let fixture = QuoteFixture(
      "Die Schäden sind groß. „Die Hilfe dauert noch“, \(cue) Mehr wurde nicht gesagt.",
      language: "de")
    #expect(fixture.quotes.map(\.speaker) == [speaker])
  }
}
