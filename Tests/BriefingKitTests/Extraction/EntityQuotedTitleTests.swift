import BriefingKit
import Testing

/// A run of capitalised words that quotation marks enclose whole is the title of a work (`in
/// "Maria Winter Roses."`), not a person, even when it opens with a given name.
struct EntityQuotedTitleTests {
  func entities(_ body: String) -> [Entity] {
    EntityExtractor().entities(in: Article(title: "", language: "en", paragraphs: [body]))
  }

  @Test(arguments: ["\"", "\u{201C}"])
  func aQuotedTitleIsNoPerson(mark: String) throws {
    let close = mark == "\"" ? "\"" : "\u{201D}"
    let found = entities(
      "The actress Ada Vance won an award for her role in \(mark)Maria Winter Roses.\(close) "
        + "The film was a hit, and critics said Maria Winter Roses told more about love than "
        + "any other film of the year.")
    let work = try #require(found.first { $0.name == "Maria Winter Roses" })
    #expect(work.kind != .person, "\(found.map { ($0.name, $0.kind) })")
    #expect(found.first { $0.name == "Ada Vance" }?.kind == .person)
  }

  @Test func aQuoteThatHoldsMoreThanANameKeepsItsPeople() {
    let found = entities(
      "\"I want to work with Ada Vance again,\" the director said, and the actress Ada "
        + "Vance said she agreed.")
    #expect(found.first { $0.name == "Ada Vance" }?.kind == .person)
  }
}
