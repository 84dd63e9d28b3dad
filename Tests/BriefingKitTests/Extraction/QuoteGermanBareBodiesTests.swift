import BriefingKit
import Testing

/// A German name the article wrote in full only at the end of a noun phrase (`Sitzung des
/// NRV`, `Wechsel von Thorsten Albers`) speaks under its own words, not the phrase's.
struct QuoteGermanBareBodiesTests {
  @Test func aBodyAfterAnArticleIsNotTheNounPhraseItEnds() {
    let fixture = QuoteFixture(
      "Die Sitzung des NRV dauerte bis in die Nacht. „Die Regatta findet statt“, hieß es "
        + "im NRV.", language: "de")
    #expect(fixture.quotes.map(\.speaker) == ["NRV"])
  }

  @Test func aFullNameAtTheEndOfAPhraseIsKept() {
    let fixture = QuoteFixture(
      "Der Wechsel von Thorsten Albers nach Linz ist fix. „Ich freue mich auf die neue "
        + "Aufgabe“, sagte Albers.", language: "de")
    #expect(fixture.quotes.map(\.speaker) == ["Thorsten Albers"])
  }

  @Test func aMentionThatIsItselfThePhraseKeepsIt() {
    let fixture = QuoteFixture(
      "Die Gegner des Kraftwerks sammelten Unterschriften. „Wir geben nicht auf“, erklärten "
        + "die Gegner des Kraftwerks.", language: "de")
    #expect(fixture.quotes.map(\.speaker) != ["Kraftwerks"])
  }
}
