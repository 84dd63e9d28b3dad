import BriefingKit
import Testing

/// Roles written after the speaker's name as an apposition, and what stays out of them.
struct QuoteAppositiveRoleTests {
  private func roles(_ paragraphs: [String]) -> [String?] {
    let article = Article(title: "Fixture", language: "en", paragraphs: paragraphs)
    return QuoteExtractor().quotes(in: article).map(\.role)
  }

  private func speakers(_ paragraphs: [String]) -> [String?] {
    let article = Article(title: "Fixture", language: "en", paragraphs: paragraphs)
    return QuoteExtractor().quotes(in: article).map(\.speaker)
  }

  @Test func roleWithoutArticleEndingAtAFullStop() {
    let found = roles([
      "“Orders are up again,” said Rosa Pell, senior vice-president at Dunmore Tools."
    ])
    #expect(found == ["senior vice-president at Dunmore Tools"])
  }

  @Test func twoOfficesJoinedByAnd() {
    let found = roles([
      "Ivo Brandt, president and CEO of the Pasta Makers Guild, said that “prices will hold.”"
    ])
    #expect(found == ["president and CEO of the Pasta Makers Guild"])
  }

  @Test func aRoleWithAPlaceAfterIt() {
    let found = roles([
      "“I know every family,” said Dr. Noor Hale, a family physician in Dover, who opened a clinic."
    ])
    #expect(found == ["family physician in Dover"])
  }

  @Test func anOwnerBeforeTheRoleAndAnOfficeAfterAnd() {
    let found = roles([
      "Kai Moreno, Brightline’s founder and a board member, said “we grew too fast.”"
    ])
    #expect(found == ["Brightline’s founder and a board member"])
  }

  @Test func aCapitalisedAgencyBeforeTheRole() {
    let found = roles(["“Labels help,” says Lars Obi, FDA deputy commissioner for food."])
    #expect(found == ["FDA deputy commissioner for food"])
  }

  @Test func aParticipleAfterTheRoleNounAndATurnWithBut() {
    let found = roles([
      "“He knew nothing,” Jo Grant, a lawyer representing the coach, said.",
      "We called Ben Alder, a travel consultant and freelance writer but, above all, a fan. “Go early,” Alder said.",
    ])
    #expect(
      found == [
        "lawyer representing the coach", "travel consultant and freelance writer",
      ])
  }

  @Test func aRelativeClauseIsNoRole() {
    let found = roles([
      "Mira Tull, who runs a bakery in Hull, said “flour costs too much.”",
      "Ben Ash, who’s taking over as chief executive, said “we will stay.”",
    ])
    #expect(found == [nil, nil])
  }

  @Test func anAgeAndAPlaceAreNoRole() {
    let found = roles(["Mira Tull, 45, of Hull, said “flour costs too much.”"])
    #expect(found == [nil])
  }

  @Test func moreNamesAreNoRole() {
    let found = roles([
      "Mira Tull, Ben Ash and the mayor of Hull signed it. “It is done,” Tull said."
    ])
    #expect(found == [nil])
  }

  @Test func aDescriptionWithItsOwnVerbIsNoRole() {
    let found = roles([
      "After lunch with Mira Tull, the mayor flew home. “It went well,” Tull said."
    ])
    #expect(found == [nil])
  }

  @Test func theRoleStaysWithTheSpeakerLaterOn() {
    let paragraphs = [
      "Omar Sand, a policy expert at the Lakeside Institute, doubted it.",
      "“Nobody will pay for that,” Sand said.",
    ]
    #expect(speakers(paragraphs) == ["Omar Sand"])
    #expect(roles(paragraphs) == ["policy expert at the Lakeside Institute"])
  }

  @Test func aHyphenatedRoleBeforeANameIsNoPartOfIt() {
    let paragraphs = [
      "Film-maker Ada Vance praised the jury. “It is a brave choice,” Vance said.",
      "Fly-half Tom Reyes kicked four goals. “We were patient,” said Reyes.",
      "Jean-Luc Marot disagreed. “It was luck,” Marot said.",
      "Tea-loving Ben Ilves runs the shop. “We sell it all,” Ilves said.",
    ]
    #expect(speakers(paragraphs) == ["Ada Vance", "Tom Reyes", "Jean-Luc Marot", "Ben Ilves"])
    // A participle describes the person: no role.
    #expect(roles(paragraphs) == ["Film-maker", "Fly-half", nil, nil])
  }

  @Test func aWordOpeningTheSentenceBeforeAGivenNameIsNoRole() {
    let paragraphs = [
      "Yet Evan Ilves, an analyst at Ostend Bank, was calm. “It will pass,” Ilves said.",
      "Writer Tony Marsh agreed. “It will pass,” Marsh said.",
    ]
    #expect(speakers(paragraphs) == ["Evan Ilves", "Tony Marsh"])
    #expect(roles(paragraphs).first == "analyst at Ostend Bank")
    #expect(roles(paragraphs).last == "writer")
  }
}
