import BriefingKit
import Testing

/// In a line written in title case (`Grocer Absorbs Cost Rises as Sales Slow`, a headline or
/// a body line without a full stop) a capital says nothing: only known given names, bodies and
/// places, acronyms and words written with a capital in running text make names there, and its
/// phrases are shown in lowercase.
struct EntityTitleCaseTests {
  func topics(title: String, _ paragraphs: [String]) -> [Topic] {
    let article = Article(title: title, language: "en", paragraphs: paragraphs)
    return TopicExtractor().topics(in: article, quotes: [])
  }

  @Test func aTitleCaseLineAloneMakesNoNamesOfItsWords() {
    let found = topics(title: "", ["Grocer Profit Misses Forecasts as Chain Absorbs Cost Rises"])
    let names = found.filter { $0.kind != .phrase }.map(\.name)
    #expect(names.isEmpty, "\(names)")
    let phrases = found.filter { $0.kind == .phrase }.map(\.name)
    #expect(phrases.contains("grocer") || phrases.contains("grocer profit"), "\(phrases)")
    #expect(!phrases.contains { $0 != $0.lowercased() }, "\(phrases)")
  }

  @Test func namesInATitleCaseHeadlineStayNames() throws {
    let found = topics(
      title: "Ada Vance Wins Harbour Prize as Sales Soar in Lisbon",
      [
        "The novelist Ada Vance won the Harbour Prize on Tuesday. Vance thanked her readers in "
          + "Lisbon, where sales of her books rose."
      ])
    // A name whose first word opens the headline counts that mention once, as a headline's.
    let vance = try #require(found.first { $0.name == "Ada Vance" })
    #expect(vance.kind != .phrase)
    #expect(vance.mentions == 3)
    #expect(!found.contains { $0.name.contains("Wins") || $0.name.contains("Soar") })
    #expect(found.contains { $0.name == "Lisbon" })
    #expect(found.contains { $0.name == "Harbour Prize" })
  }

  @Test func aSentenceOfCapitalisedNamesEndingInAFullStopIsNoTitleCaseLine() {
    let found = topics(
      title: "", ["The singer Ada Vance is at Northfield General Hospital in Dorset."])
    #expect(found.contains { $0.name == "Northfield General Hospital" }, "\(found.map(\.name))")
  }

  @Test func aSentenceCaseLineIsReadAsBefore() {
    let found = topics(title: "", ["Harbour Bank cut jobs in Lisbon on Monday, staff said."])
    #expect(found.contains { $0.name == "Harbour Bank" && $0.kind == .organisation })
  }
}
