import BriefingKit
import Testing

/// German phrases of capitalised nouns that are nobody: a date, a count, a place noun before
/// a place, or a noun before a surname the article gave in full are no antecedent for `er`.
struct QuoteGermanPhrasesTests {
  @Test(arguments: [
    "Bereits Ende Dezember hatte er im Radio gesagt: „Ich bleibe bis zum Sommer hier.“",
    "Zwei Matchbälle wehrte er im letzten Satz ab. „Ich bleibe bis zum Sommer hier“, sagte er.",
    "Im Ferienort Grado sagte er vor Anhängern: „Ich bleibe bis zum Sommer hier.“",
    "Am Montag Abend sagte er im Radio: „Ich bleibe bis zum Sommer hier.“",
  ])
  func aPhraseOpeningTheSentenceIsNoOneToReferTo(text: String) {
    let fixture = QuoteFixture(
      "Jan Hollerbeck spielt seit drei Jahren für den Verein. " + text, language: "de")
    #expect(fixture.quotes.map(\.speaker) == ["Jan Hollerbeck"])
  }

  @Test func aNounBeforeAKnownSurnameIsNoNewPerson() {
    let fixture = QuoteFixture(
      "Sultan Omar Lindqvist hat keine Kinder. Den Erben nennt ein Brief, dessen Inhalt "
        + "Lindqvist allein kennt, wie er selbst sagte: „Niemand sonst hat ihn gelesen.“",
      language: "de")
    #expect(fixture.quotes.map(\.speaker) == ["Omar Lindqvist"])
  }
}
