import BriefingKit
import Testing

/// A German run of a role noun and two unknown names (`Titelverteidiger Arvo Kestilä`): the
/// last two words are the name when the article also writes the surname alone, and the words
/// before them the role; a name of three words stays whole.
struct QuoteGermanLoneSurnamesTests {
  @Test func aRoleBeforeAnUnknownNameIsSplitOff() {
    let fixture = QuoteFixture(
      "Der Titelverteidiger Arvo Kestilä gewann in fünf Sätzen. Im Viertelfinale wartet ein "
        + "schwerer Gegner auf Kestilä. „Das war hart“, sagte der Finne.", language: "de")
    #expect(fixture.quotes.map(\.speaker) == ["Arvo Kestilä"])
  }

  @Test func aCompoundRoleIsNoPartOfTheName() throws {
    let fixture = QuoteFixture(
      "„Die Daten sind eindeutig“, sagte Ko-Autor Anand Prasetyo. Prasetyo forscht in "
        + "Bangkok.", language: "de")
    let quote = try #require(fixture.quotes.first)
    #expect(quote.speaker == "Anand Prasetyo")
    #expect(quote.role == "Ko-Autor")
  }

  @Test func aNameOfThreeWordsStaysWhole() {
    let fixture = QuoteFixture(
      "Eirik Lund Hovda gewann die Abfahrt. „Ich wusste es“, sagte Hovda.", language: "de")
    #expect(fixture.quotes.map(\.speaker) == ["Eirik Lund Hovda"])
  }
}
