import BriefingKit
import Testing

/// A byline runs into the dateline after it (`By Tom Reid LISBON (Wire) -`): a place written
/// in capitals after a name is the dateline, not part of the name, and is named as the place
/// is written in running text.
struct EntityDatelineTests {
  func entities(_ body: String) -> [Entity] {
    EntityExtractor().entities(in: Article(title: "", language: "en", paragraphs: [body]))
  }

  @Test func aDatelineInCapitalsEndsTheBylineName() throws {
    let found = entities(
      "By Ana Costa and Tom Reid LISBON (Wire) - Shares of Corvex fell on Monday after the "
        + "firm cut its forecast. Corvex said demand was weak.")
    let names = found.map(\.name)
    #expect(!names.contains { $0.contains("Reid") && $0.count > "Tom Reid".count }, "\(names)")
    #expect(names.contains("Tom Reid"), "\(names)")
    let place = try #require(found.first { $0.name.lowercased() == "lisbon" })
    #expect(place.kind == .place)
  }

  @Test func aDatelinePlaceInCapitalsIsNamedAsWrittenInText() throws {
    let found = entities(
      "BUENOS AIRES (Wire) - The port reopened on Monday after a strike, officials said. "
        + "Ships waited for a week.")
    let place = try #require(found.first { $0.name.lowercased() == "buenos aires" })
    #expect(place.name == "Buenos Aires")
    #expect(place.kind == .place)
  }

  @Test func acronymsAfterANameStayAsWritten() {
    let found = entities(
      "Glencore International AG said profit rose. The US said on Friday that trade with "
        + "the UK grew, and Glencore International AG agreed.")
    let names = found.map(\.name)
    #expect(names.contains("US"), "\(names)")
    #expect(names.contains("UK"), "\(names)")
    #expect(names.contains { $0.hasPrefix("Glencore International") }, "\(names)")
  }
}
