import BriefingKit
import Testing

/// German descriptions and names with their body: `Tomas Berglund von der Nordbank Kiel
/// kommentierte` is Berglund's quote, `der Volvo-Chef` long after `Volvo-Chef Hakan
/// Lindqvist` is Lindqvist (the one person whose role fits), and `der Volvo-Chef` is also
/// the `Volvo-CEO`.
struct QuoteGermanRoleOwnersTests {
  static let filler = String(
    repeating: "Die Branche wächst seit Jahren, und die Zahl der Modelle steigt weiter. ",
    count: 8)

  @Test func aNameBeforeItsBodySpeaks() {
    let fixture = QuoteFixture(
      "Der Markt fällt. Marktanalyst Tomas Berglund von der Nordbank Kiel kommentierte: „Die "
        + "Erwartungen waren zu hoch.“", language: "de")
    #expect(fixture.quotes.map(\.speaker) == ["Tomas Berglund"])
  }

  @Test(arguments: [
    ("Die Demokraten von US-Präsident Hannes Lork haben gewonnen.", "Lork", "US-Präsident"),
    ("Die Grünen von Parteichefin Anna Lang haben den Plan gestoppt.", "Lang", "Parteichefin"),
  ])
  func whatBelongsToAPersonIsNoPartOfTheRole(opening: String, surname: String, role: String) {
    let fixture = QuoteFixture(
      "Berlin – \(opening) „Das ist ein guter Tag“, sagte \(surname).", language: "de")
    #expect(fixture.quotes.first?.speaker?.hasSuffix(surname) == true)
    #expect(fixture.quotes.first?.role == role)
  }

  @Test(arguments: [
    ("Auch Volvo-Chef Hakan Lindqvist war vor Ort.", "der Volvo-Chef"),
    ("Auch Volvo-CEO Jonas Lindqvist war vor Ort.", "der Volvo-Chef"),
  ])
  func theOnePersonWhoseRoleFitsIsMeant(opening: String, description: String) {
    let fixture = QuoteFixture(
      "\(opening) \(Self.filler)„Wir sind offen für Neues“, sagte \(description).",
      language: "de")
    #expect(fixture.quotes.first?.speaker?.hasSuffix(" Lindqvist") == true)
  }

  @Test func aColleagueNamedJustBeforeBlocksTheGuess() {
    let fixture = QuoteFixture(
      "„Die Lage ist gut“, sagte Bank-Ökonom Walter Lind. \(Self.filler)„Die Stimmung ist "
        + "schlecht“, betonte sein Kollege Stefan Uhl. „Das liegt an der Steuer“, meinte der "
        + "Bank-Ökonom.", language: "de")
    #expect(fixture.quotes.count == 3)
    #expect(fixture.quotes.last?.speaker != "Walter Lind")
  }
}
