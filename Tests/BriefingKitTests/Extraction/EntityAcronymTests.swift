import BriefingKit
import Testing

/// An acronym joins the name whose initials it spells, unless it is a known place or the name
/// is a person's.
struct EntityAcronymTests {
  func entities(_ text: String) -> [Entity] {
    EntityExtractor().entities(in: Article(title: "", language: "en", paragraphs: [text]))
  }

  @Test func aKnownPlaceIsNotTheInitialsOfAnotherName() {
    let found = entities(
      "Universal Studios lifted its profits. The US economy grew, and Universal Studios "
        + "hired more staff across the US.")
    let studios = found.first { $0.name == "Universal Studios" }
    #expect(studios?.aliases.contains("US") == false, "\(found.map { ($0.name, $0.aliases) })")
    #expect(found.contains { $0.name == "US" && $0.kind == .place })
  }

  @Test func aPersonsInitialsAreNoAcronymOfTheirs() {
    let found = entities(
      "Airlines face a new tax, said Ulrich Schmidt-Lange of the airline group. The AEA "
        + "spoke for Ulrich Schmidt-Lange and others. The Association of European Airlines "
        + "said AEA members would pay.")
    let person = found.first { $0.name == "Ulrich Schmidt-Lange" }
    #expect(person?.aliases.isEmpty == true, "\(found.map { ($0.name, $0.aliases) })")
    let association = found.first { $0.name == "Association of European Airlines" }
    #expect(association?.aliases.contains("AEA") == true, "\(found.map { ($0.name, $0.aliases) })")
  }
}
