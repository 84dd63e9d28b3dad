import BriefingKit
import Testing

/// German role nouns carry gender (`Bürgermeisterin`, `Bauleiter`), so `sie` finds the woman
/// even when neither given name tells it, and a description goes to the person whose role
/// ends in its noun (`der Ökonom` is the `IHS-Ökonom`).
struct QuoteGermanRoleGendersTests {
  @Test func aFeminineRoleTellsWhoSieIs() {
    let fixture = QuoteFixture(
      [
        "Die Bürgermeisterin Tjorven Olsen eröffnete die Brücke, der Bauleiter Eike Vogt "
          + "erklärte die Technik.",
        "„Die Brücke trägt zehn Tonnen“, sagte Vogt. „Wir sind stolz darauf“, sagte sie.",
      ], language: "de")
    #expect(fixture.quotes.map(\.speaker) == ["Eike Vogt", "Tjorven Olsen"])
  }

  @Test func theArticleBeforeAnAdjectiveNounTellsWhoErIs() {
    let fixture = QuoteFixture(
      "Der Vorsitzende Eike Vogt begrüßte die Vorsitzende Tjorven Olsen. „Wir verhandeln "
        + "weiter“, sagte Olsen. „Das dauert noch“, sagte er.", language: "de")
    #expect(fixture.quotes.map(\.speaker) == ["Tjorven Olsen", "Eike Vogt"])
  }

  @Test func aDescriptionGoesToTheRoleEndingInItsNoun() {
    let fixture = QuoteFixture(
      "Die Prognose ist gut. „Das ist schwer“, sagt IHS-Ökonom Helmut Hofer. „Prognosen "
        + "seien begrenzt“, so der Ökonom.", language: "de")
    #expect(fixture.quotes.map(\.speaker) == ["Helmut Hofer", "Helmut Hofer"])
  }
}
