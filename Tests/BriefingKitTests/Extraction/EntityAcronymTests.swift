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

  /// Each acronym reads the names for its own initials: a second acronym of the same article
  /// finds its own name, not the first one's.
  @Test func twoAcronymsJoinTheirNames() {
    let found = entities(
      "The Northern Rail Workers Association called a strike. The NRWA said pay had fallen. "
        + "The Coastal Fisheries Board disagreed, and the CFB said the strike would hurt trade.")
    let workers = found.first { $0.name == "Northern Rail Workers Association" }
    #expect(workers?.aliases.contains("NRWA") == true, "\(found.map { ($0.name, $0.aliases) })")
    let board = found.first { $0.name == "Coastal Fisheries Board" }
    #expect(board?.aliases.contains("CFB") == true, "\(found.map { ($0.name, $0.aliases) })")
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
