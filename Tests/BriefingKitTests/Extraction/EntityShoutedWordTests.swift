import BriefingKit
import Testing

/// A word of five letters or more written in capitals that the text also writes in lowercase,
/// or that is a general word, is a label or a subheading (`UPDATE`, `CORNERSTONE INVESTORS`),
/// not an acronym, which is never written in lowercase.
struct EntityShoutedWordTests {
  func entities(_ body: String) -> [Entity] {
    EntityExtractor().entities(in: Article(title: "", language: "en", paragraphs: [body]))
  }

  @Test func aSubheadingInCapitalsIsNoName() {
    let found = entities(
      "Corvex plans to list its shares in Lisbon. HARBOUR INVESTORS Corvex has met several "
        + "investors, and the harbour fund said it would buy shares.")
    let names = found.map(\.name)
    #expect(!names.contains { $0.contains("INVESTORS") || $0.contains("HARBOUR") }, "\(names)")
    #expect(names.contains("Corvex"), "\(names)")
  }

  @Test func anAcronymNeverWrittenInLowercaseStaysAName() {
    let found = entities(
      "Engineers at UNISTAR said the probe was ready. UNISTAR will launch it in June, and "
        + "the agency said the launch window was short.")
    #expect(found.contains { $0.name == "UNISTAR" }, "\(found.map(\.name))")
  }
}
