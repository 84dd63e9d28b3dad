import BriefingKit
import Testing

/// German people: `er` and a singular `sie` tell a person's gender, so that `sagte sie` goes
/// to the woman named before, not to the last man quoted; one name after a role is a person.
struct QuoteGermanPronounTests {
  @Test func sieGoesToTheWomanNotTheLastManQuoted() {
    let fixture = QuoteFixture(
      [
        "Ida Vogelsang leitet das Hafenamt, Tomas Berger die Werft. Vogelsang erklärte, sie "
          + "sei mit dem Jahr zufrieden.",
        "Berger sagte, er habe zu wenig Aufträge: „Das Jahr war schwach für uns alle.“",
        "„Das wird sich im Frühjahr ändern“, sagte sie.",
      ], language: "de")
    #expect(fixture.quotes.map(\.speaker) == ["Tomas Berger", "Ida Vogelsang"])
  }

  @Test func pluralSieTellsNoGender() {
    let fixture = QuoteFixture(
      [
        "Tomas Berger und Jan Hollerbeck leiten die Werft. Berger und Hollerbeck erklärten, sie "
          + "seien zufrieden.",
        "„Das Jahr war gut für uns alle“, sagte Berger.",
        "„Das bleibt auch im Frühjahr so“, sagte er.",
      ], language: "de")
    #expect(fixture.quotes.map(\.speaker) == ["Tomas Berger", "Tomas Berger"])
  }

  @Test func oneNameAfterARoleIsAPerson() throws {
    let fixture = QuoteFixture(
      "Bürgermeisterin Vogelsang eröffnete die Sitzung. „Wir bauen den Hafen aus“, sagte "
        + "Vogelsang der Zeitung.", language: "de")
    #expect(try #require(fixture.quotes.first).mention?.text == "Vogelsang")
  }
}
