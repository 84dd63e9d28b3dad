import BriefingKit
import Testing

/// The name set off by commas after a German description speaks even when the description
/// names its owner (`der Sprecher von Präsident Jan Olk, Timo Rast`) or a cause (`der
/// Beauftragte für Flüchtlinge, Jonas Sauer`).
struct QuoteGermanOwnedAppositionsTests {
  @Test func theNameAfterAnOwnersDescriptionSpeaks() {
    let fixture = QuoteFixture(
      "Der Kreml wies die Vorwürfe zurück. „Das ist absurd“, sagte der Sprecher von Präsident "
        + "Wladimir Orlow, Dmitri Petrow, am Freitag.", language: "de")
    #expect(fixture.quotes.map(\.speaker) == ["Dmitri Petrow"])
  }

  @Test func theNameAfterACauseSpeaks() {
    let fixture = QuoteFixture(
      "Das Lager ist voll. „Ein Dach ist ein Menschenrecht“, erklärte der Beauftragte für "
        + "Flüchtlinge, Jonas Sauer.", language: "de")
    #expect(fixture.quotes.map(\.speaker) == ["Jonas Sauer"])
  }
}
