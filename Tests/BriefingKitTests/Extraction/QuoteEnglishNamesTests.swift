import BriefingKit
import Testing

/// English speaker names against the words around them: clubs and companies that no `he`
/// means, moves between two clubs that are no name, letters after a name and words before it
/// that belong to the role.
struct QuoteEnglishNamesTests {
  private func quotes(_ paragraphs: [String]) -> [Quote] {
    QuoteExtractor().quotes(in: Article(title: "Fixture", language: "en", paragraphs: paragraphs))
  }

  @Test func aPronounNeverMeansAKnownClubOrCompany() {
    let found = quotes([
      "Piet Okafor joined the club in May. “I am glad to be here,” Okafor said. He has lost "
        + "form as his side fell behind Manchester United. “We have to keep going,” he added.",
      "The firm has lost ground to Google. “It was a hard year,” she said.",
    ])
    #expect(found.map(\.speaker) == ["Piet Okafor", "Piet Okafor", nil])
  }

  @Test func aMoveBetweenTwoClubsIsNoName() {
    let found = quotes([
      "Piet Okafor is linked with a move from Arsenal to Real Madrid after a good season.",
      "Okafor released a statement through Arsenal calling the reports “flattering”. “I am happy "
        + "here,” he said.",
    ])
    #expect(found.map(\.speaker) == ["Piet Okafor", "Piet Okafor"])
    #expect(!found.contains { $0.speaker?.contains(" to ") == true })
  }

  @Test(arguments: [
    ("The chairman of the Bar, Tomas Vale QC warned of “a real risk”.", "Tomas Vale", "QC"),
    ("“It is a fine result,” said Ada Lund FRS.", "Ada Lund", "FRS"),
    ("“We will vote against,” said Piet Okafor MP.", "Piet Okafor", "MP"),
  ])
  func lettersAfterANameAreTheRole(sentence: String, name: String, role: String) {
    let found = quotes([sentence])
    #expect(found.map(\.speaker) == [name])
    #expect(found.first?.role?.hasSuffix(role) == true, "\(found)")
  }

  @Test func wordsBeforeAGivenNameAreTheRoleNotTheName() {
    let found = quotes([
      "Writer Tony Vale is starting a prize. “Nobody should give up,” he said.",
      "“I am through,” said top-seeded Americans Andy Lund.",
      "Irish PM Enda Kenny called it “heinous”. Tour guide Lee Roy Moss said it was “sad”.",
    ])
    #expect(found.map(\.speaker) == ["Tony Vale", "Andy Lund", "Enda Kenny", "Lee Roy Moss"])
    #expect(found.first?.role == "writer")
  }

  @Test func bothBeforeATitleIsNoPartOfTheRole() {
    let found = quotes([
      "Both Culture Secretary Ada Lund and Health Secretary Tomas Vale were there. “We will "
        + "win,” Ada Lund said."
    ])
    #expect(found.map(\.speaker) == ["Ada Lund"])
    #expect(found.first?.role == "Culture Secretary", "\(found)")
  }

  @Test func theNamesakeTheTextDescribesIsTheOneItIsAbout() {
    let found = quotes([
      "A search for new authors has begun with the help of the brother of Simon Vale.",
      "Writer Tony Vale is behind the prize. “Nobody should give up,” said Vale, 54.",
    ])
    #expect(found.map(\.speaker) == ["Tony Vale"])
  }
}

/// Age descriptions (`the 21-year-old`) as speakers.
struct QuoteAgeDescriptionTests {
  private func speakers(_ paragraphs: [String]) -> [String?] {
    QuoteExtractor().quotes(in: Article(title: "Fixture", language: "en", paragraphs: paragraphs))
      .map(\.speaker)
  }

  @Test func anAgeMeansThePersonTheStoryIsAbout() {
    let found = speakers([
      "Piet Okafor is linked with a move to Lyon. The striker thought he was talking to director Ada Lund. “I "
        + "wish I was playing there,” the 21-year-old told Radio Uno. He has lost form this "
        + "season. “I have to carry on,” he added."
    ])
    #expect(found == ["Piet Okafor", "Piet Okafor"])
  }

  @Test func anAgeAfterTwoPeopleNamedAndNoSubjectIsNoOne() {
    let found = speakers([
      "A letter from Piet Okafor reached Ada Lund. “It is over,” the 30-year-old told Radio Uno."
    ])
    #expect(found == [nil])
  }

  @Test(
    arguments: [
      ("“It is quite good,” said Nick Van den Brul of Ostend Bank.", "Nick Van den Brul"),
      ("“It is fine,” said Oona van der Berg, an analyst.", "Oona van der Berg"),
      ("“It is fine,” said Fernando De la Cruz, the envoy.", "Fernando De la Cruz"),
      ("“It is fine,” said Piet de Vries of Ostend Bank.", "Piet de Vries"),
    ])
  func particlesStayInTheSpeakersName(text: String, speaker: String) throws {
    #expect(try #require(QuoteFixture(text).quotes.first).speaker == speaker)
  }
}
