import BriefingKit
import Testing

/// German quotes followed by a view the speaker holds (`„…“, ist sich Huber sicher`, `„…“
/// Davon ist Huber überzeugt.`): the person after the copula is the speaker.
struct QuoteGermanAttitudesTests {
  typealias Case = GermanMentionCase

  @Test(
    arguments: [
      Case(
        text: "„Wir finden den Täter“, ist sich Polizeichef Karl Huber sicher.",
        mention: "Polizeichef Karl Huber"),
      Case(
        text: "„Wir finden den Täter.“ Davon ist Polizeichef Karl Huber überzeugt.",
        mention: "Polizeichef Karl Huber"),
      Case(
        text: "„Wir finden den Täter“, war Polizeichef Karl Huber am Montag zuversichtlich.",
        mention: "Polizeichef Karl Huber"),
      Case(
        text: "„Wir finden den Täter“ – da ist sich die Polizei sicher.",
        mention: "die Polizei"),
      Case(
        text: "„Wir finden den Täter“, sind sich die Ermittler einig.",
        mention: "die Ermittler"),
    ])
  func speakerAfterTheCopula(_ item: Case) throws {
    try item.check()
  }

  @Test(
    arguments: [
      "„Wir finden den Täter“, ist das Motto der Polizei.",
      "„Wir finden den Täter“, ist Karl Huber sicher nicht.",
    ])
  func noViewNoSpeaker(_ text: String) throws {
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.mention == nil)
  }
}
