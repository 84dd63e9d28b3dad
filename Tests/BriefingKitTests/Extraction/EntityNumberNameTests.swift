import BriefingKit
import Testing

/// A number word capitalised inside a sentence opens a name (`the Six Nations`, `the Three
/// Gorges Dam`); at a sentence's start it is only a number.
struct EntityNumberNameTests {
  func entities(_ text: String) -> [Entity] {
    EntityExtractor().entities(in: Article(title: "", language: "en", paragraphs: [text]))
  }

  @Test func aCapitalisedNumberInsideASentenceOpensTheName() throws {
    let found = entities(
      "Wales beat Italy in the 2005 Six Nations. The Six Nations resumes next month.")
    let event = try #require(found.first { $0.name == "Six Nations" }, "\(found.map(\.name))")
    #expect(event.kind == .other)
    #expect(!found.contains { $0.name == "Nations" }, "\(found.map(\.name))")
  }

  @Test func aNumberOpeningASentenceStaysANumber() {
    let names = entities("Three Britons were hurt in the crash near Lyon.").map(\.name)
    #expect(!names.contains { $0.hasPrefix("Three") }, "\(names)")
  }

  @Test func aNumberNameAfterAConnectorIsANameOfItsOwn() {
    let names = entities(
      "Robinson picked the squad to face Ireland and France for the Six Nations in February."
    ).map(\.name)
    #expect(names.contains("Six Nations"), "\(names)")
    #expect(!names.contains { $0.contains("for the") }, "\(names)")
  }
}
