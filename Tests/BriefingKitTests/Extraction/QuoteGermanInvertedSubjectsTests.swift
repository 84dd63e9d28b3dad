import BriefingKit
import Testing

/// German puts the finite verb second, so a subject may follow it (`Den Ball hat sich
/// Hollerbeck gesichert`); such a subject, like one that opens its sentence, is what `er` and
/// `der 47-Jährige` refer to rather than a name further on or the last speaker.
struct QuoteGermanInvertedSubjectsTests {
  @Test func aSubjectAfterTheVerbIsWhomErMeans() {
    let fixture = QuoteFixture(
      [
        "Tomas Berger lobte die Mannschaft. „Das war stark“, sagte Berger.",
        "Den Spielball hat sich Jan Hollerbeck als Andenken gesichert. „Das war mein bestes "
          + "Spiel“, sagte er.",
      ], language: "de")
    #expect(fixture.quotes.map(\.speaker) == ["Tomas Berger", "Jan Hollerbeck"])
  }

  @Test func anAgeGoesToTheSubjectNotTheLastNameBeforeIt() {
    let fixture = QuoteFixture(
      "Jan Hollerbeck, der fünf Jahre mit Tomas Berger arbeitete, sieht Parallelen. „Beide "
        + "geben nie auf“, sagt der 47-Jährige.", language: "de")
    #expect(fixture.quotes.map(\.speaker) == ["Jan Hollerbeck"])
  }
}
