import BriefingKit
import Testing

/// Offices joined by `of` before a name are the role whole (`Secretary of Trade`), and a place
/// after a full name (`of Vermont`) says where the person is from.
struct QuoteOfficeTests {
  private func quotes(_ paragraphs: [String]) -> [Quote] {
    QuoteExtractor().quotes(in: Article(title: "Fixture", language: "en", paragraphs: paragraphs))
  }

  @Test func officeWithOfIsTheRoleBeforeAnInitialledName() {
    let found = quotes(["“The tariffs stay,” Secretary of Trade Maren O. Vasquez said on Monday."])
    #expect(found.map(\.speaker) == ["Maren O. Vasquez"])
    #expect(found.map(\.role) == ["Secretary of Trade"])
  }

  @Test func officeOfSeveralCapitalisedWordsEndsBeforeTheLastTwoWords() {
    let found = quotes(["“Roads come first,” said Director of Public Works Quillon Brayfield."])
    #expect(found.map(\.speaker) == ["Quillon Brayfield"])
    #expect(found.map(\.role) == ["Director of Public Works"])
  }

  @Test func officeWithOfTheAndASecondOfStaysWhole() {
    let found = quotes([
      "“Rates will rise,” Governor of the Bank of Wexmoor Tobias Renn told reporters."
    ])
    #expect(found.map(\.speaker) == ["Tobias Renn"])
    #expect(found.map(\.role) == ["Governor of the Bank of Wexmoor"])
  }

  @Test func placeAfterAFullNameIsWhereThePersonIsFrom() {
    let found = quotes([
      "“Not this year,” said Idris K. Okafor of Vermont.",
      "“We will vote,” Speaker of the House Lena B. Ortiz of Ohio said.",
    ])
    #expect(found.map(\.speaker) == ["Idris K. Okafor", "Lena B. Ortiz"])
    #expect(found.last?.role == "Speaker of the House")
  }

  @Test func nameBeforeOfStaysTheSpeakerWithItsOwnRole() {
    let found = quotes(["“Prices will fall,” Rep. Tomas Weber of Leeds said."])
    #expect(found.map(\.speaker) == ["Tomas Weber"])
    #expect(found.map(\.role) == ["Rep."])
  }
}
