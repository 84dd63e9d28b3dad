import BriefingKit
import Testing

/// Sports results name countries by their Olympic codes (`Pfaller (AUT)`): places, which join
/// the country's name in the same text.
struct EntityCountryCodeTests {
  func entities(_ text: String, language: String) -> [Entity] {
    EntityExtractor().entities(in: Article(title: "", language: language, paragraphs: [text]))
  }

  @Test func aCountryCodeInAResultIsAPlace() throws {
    let found = entities(
      "Den Slalom gewann Ortwin Pfaller (AUT) vor Sven Aalberg (NOR) und Jon Fiske (NOR). "
        + "Pfaller sagte, der Hang sei hart gewesen.", language: "de")
    #expect(found.first { $0.name == "NOR" }?.kind == .place, "\(found.map(\.name))")
    #expect(found.first { $0.name == "AUT" }?.kind == .place)
  }

  @Test func aCodeJoinsTheCountryNamedInTheSameText() throws {
    let found = entities(
      "Norwegen feierte: Sven Aalberg (NOR) siegte, und Norwegen führt nun. In Norwegen war "
        + "das Rennen live zu sehen.", language: "de")
    let country = try #require(found.first { $0.name == "Norwegen" }, "\(found.map(\.name))")
    #expect(country.aliases.contains("NOR"))
  }

  @Test func greatBritainsCodeIsNoOnesInitials() {
    let found = entities(
      "The GB team won gold on Friday. Gelda Brant said the GB squad had trained for years, "
        + "and Gelda Brant said GB would defend the title.", language: "en")
    #expect(found.first { $0.name == "Gelda Brant" }?.aliases.contains("GB") == false)
    #expect(found.first { $0.name == "GB" }?.kind == .place, "\(found.map(\.name))")
  }
}
