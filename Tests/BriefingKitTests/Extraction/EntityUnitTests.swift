import BriefingKit
import Testing

/// Capitals written only after numbers are units, not names.
struct EntityUnitTests {
  func names(_ body: String) -> [String] {
    EntityExtractor().entities(in: Article(title: "", language: "en", paragraphs: [body]))
      .map(\.name)
  }

  @Test func anAcronymOnlyAfterNumbersIsAUnit() {
    let found = names(
      "Polls close at 22:00 GMT on Thursday, and the count starts at 23:00 GMT. The plant "
        + "makes 200 MW.")
    #expect(!found.contains("GMT") && !found.contains("MW"), "\(found)")
  }

  @Test func aUnitMayFollowTheNumberAfterOneWord() {
    let found = EntityExtractor().entities(
      in: Article(
        title: "", language: "de",
        paragraphs: ["Der Start war um 16:03 Uhr MESZ, die Landung um 18:10 Uhr MESZ."])
    ).map(\.name)
    #expect(!found.contains("MESZ"), "\(found)")
  }

  @Test func anAcronymAlsoWrittenElsewhereIsAName() {
    let found = names(
      "The 30 NATO members met in Brussels. NATO said the talks went well, and NATO will meet "
        + "again.")
    #expect(found.contains("NATO"), "\(found)")
  }
}
