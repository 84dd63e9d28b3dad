import BriefingKit
import Testing

/// A word that describes a person opens a sentence with a capital (`Writer Ada Vance won`):
/// it is the person's role, not part of their name.
struct EntitySentenceRoleTests {
  func entities(_ text: String, title: String = "") -> [Entity] {
    EntityExtractor().entities(in: Article(title: title, language: "en", paragraphs: [text]))
  }

  @Test func aDescriptionOpeningASentenceBeforeAFullNameIsARole() throws {
    let found = entities(
      "Writer Ada Vance won the prize on Monday for her third book. The jury praised it, and "
        + "the prize was handed over by Ada Vance's publisher. Vance said she was surprised.")
    #expect(!found.contains { $0.name.hasPrefix("Writer") }, "\(found.map(\.name))")
    let vance = try #require(found.first { $0.name == "Ada Vance" })
    #expect(vance.role == "Writer")
    #expect(vance.kind == .person)
    #expect(!vance.aliases.contains { $0.hasPrefix("Writer") })
    let text = "Writer Ada Vance won"
    let span = try #require(vance.spans.first)
    #expect(span == 7..<16, "the span starts at the given name: \(text)")
  }

  @Test func aDescriptionBeforeAKnownGivenNameIsARole() throws {
    let found = entities("Sprinter Kelly Marsh won the 800m on Sunday in record time.")
    let marsh = try #require(found.first { $0.name == "Kelly Marsh" }, "\(found.map(\.name))")
    #expect(marsh.role == "Sprinter")
  }

  @Test func anUnknownGivenNameBeforeASurnameStaysInTheName() throws {
    let found = entities(
      "Tomas Verrill said the talks were over. Verrill told reporters the firm would not sell.")
    #expect(found.contains { $0.name == "Tomas Verrill" && $0.role == nil })
  }

  @Test func aPlaceOpeningTheNameStaysInIt() {
    let found = entities(
      "Leeds United Kelly Marsh? No: Leeds United beat Hull on Saturday. Leeds United said "
        + "the win was deserved.")
    #expect(found.contains { $0.name == "Leeds United" }, "\(found.map(\.name))")
  }
}
