import BriefingKit
import Testing

/// A knight or peer called by title and given name is the person the article names in full,
/// even when an office stands before the title.
struct EntityStyledAliasTests {
  func entities(_ body: String) -> [Entity] {
    EntityExtractor().entities(in: Article(title: "", language: "en", paragraphs: [body]))
  }

  @Test(
    arguments: [
      "Harbour Police Commissioner Sir Alan Reeve opened the inquiry. Sir Alan said it would "
        + "report in May.",
      "Sir Alan Reeve, the chairman of the board, opened the inquiry. Sir Alan said it would "
        + "report in May.",
    ])
  func aStyledGivenNameIsThePersonNamedInFull(text: String) throws {
    let found = entities(text)
    let reeve = try #require(found.first { $0.name == "Alan Reeve" }, "\(found.map(\.name))")
    #expect(reeve.mentions == 2)
    #expect(!found.contains { $0.name == "Alan" }, "\(found.map(\.name))")
  }

  @Test func aTitleTheFullNameNeverHasStaysSomeoneElse() {
    let found = entities(
      "Charles Kennedy spoke first. Prince Charles spoke later. Prince Charles left early.")
    #expect(found.contains { $0.name == "Charles Kennedy" }, "\(found.map(\.name))")
    #expect(found.contains { $0.name == "Charles" }, "\(found.map(\.name))")
  }
}
