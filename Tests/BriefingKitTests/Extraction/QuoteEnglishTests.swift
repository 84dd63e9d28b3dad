import BriefingKit
import Testing

/// English attribution details: titles with dots, appositives, documents and statements as
/// sources, and a speaker introduced in the paragraph before the quote.
struct QuoteEnglishTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var paragraphs: [String]
    var mention: String
    var testDescription: String { paragraphs.joined(separator: " / ") }
  }

  @Test(
    arguments: [
      Case(
        paragraphs: ["“We are wasting our time here,” said Del. Ana Pereira of Guam."],
        mention: "Del. Ana Pereira"),
      Case(
        paragraphs: ["“The vote will hold,” Senate Leader Tom Vance, R-Ky., said Tuesday."],
        mention: "Senate Leader Tom Vance"),
      Case(
        paragraphs: [
          "“The ferry runs again on Monday,” Rep. Jo Hale (R-Ohio), a panel member, said."
        ],
        mention: "Rep. Jo Hale"),
      Case(
        paragraphs: ["Rep. Jo Hale (R-Ohio): “Who told you that the ferry was safe?”"],
        mention: "Rep. Jo Hale"),
      Case(
        paragraphs: ["“We hold the line,” the union’s new chief, Jo Hale, said on Monday."],
        mention: "Jo Hale"),
      Case(
        paragraphs: ["“We hold the line,” Jo Hale, the players’ union chief, said on Monday."],
        mention: "Jo Hale"),
      Case(
        paragraphs: ["“The harbour stays closed until the storm has passed,” it read."],
        mention: "it"),
      Case(
        paragraphs: ["“We regret the delay to all passengers,” read the statement."],
        mention: "the statement"),
      Case(
        paragraphs: [
          "Ana Pereira continued her remarks.",
          "“Twenty years ago the harbour was full of boats, and now it is empty.”",
        ],
        mention: "Ana Pereira"),
    ])
  func findsTheMention(_ item: Case) throws {
    let quote = try #require(QuoteFixture(item.paragraphs).quotes.first)
    #expect(quote.mention?.text == item.mention)
  }

  @Test(
    arguments: [
      "“It was a good night,” said conservative activist Bob Klaus, who is not affiliated.",
      "“It was a good night,” said master of ceremonies Bob Klaus, a ferry engineer.",
    ])
  func lowerCaseWordsAfterTheVerbDescribeTheNamedSpeaker(_ paragraph: String) throws {
    #expect(try #require(QuoteFixture(paragraph).quotes.first).speaker == "Bob Klaus")
  }

  @Test(arguments: ["blasted", "mocked", "chided", "challenged", "urged"])
  func objectAfterAnAttackVerbIsNoSpeaker(_ verb: String) throws {
    let fixture = QuoteFixture(
      "Hale, who has campaigned for Mayor Lena Ortiz since she left her own race, \(verb)"
        + " Okafor as a “disgrace” on Wednesday.")
    #expect(try #require(fixture.quotes.first).mention?.text == "Hale")
  }

  @Test func participleOpeningTheSentenceIsNoSpeaker() throws {
    let fixture = QuoteFixture(
      "Appearing before crowds on Monday, Lena Ortiz said it was early but added, “We will win.”")
    #expect(try #require(fixture.quotes.first).mention?.text == "Lena Ortiz")
  }

  @Test(
    arguments: [
      "Soon after collecting a glass trophy, a Volvo estate and a prize of $2.5m, Lena Ortiz"
        + " thanked the crowd and ended by saying “see you next year”.",
      "Collecting a medal, a Honda scooter and a cheque, Lena Ortiz thanked the crowd, saying"
        + " “see you next year”.",
    ])
  func listInTheOpeningPhraseIsNoSpeaker(_ paragraph: String) throws {
    #expect(try #require(QuoteFixture(paragraph).quotes.first).speaker == "Lena Ortiz")
  }

  @Test func aNameInTheClauseBeforeAQuoteIsNotThePronounAfterIt() throws {
    let fixture = QuoteFixture([
      "Speaking in court, Mr Ekberg denied that he pressured his deputy Ada Lund.",
      "Ms Lund “made the accounting decisions,” he told the court.",
      "Ms Lund, his deputy, added: “I kept the books,” she said.",
    ])
    let speakers = fixture.quotes.map(\.speaker)
    #expect(speakers.first == "Ekberg")
    // With a cue before the quote (`added:`), the name before it is the speaker.
    #expect(speakers.last == "Ada Lund")
  }

  @Test func subjectOfTheReportedClauseIsNoSpeaker() throws {
    let fixture = QuoteFixture([
      "Judge Ana Ruiz ruled on Monday.",
      "Idris Okafor spoke about Ruiz and said the judge had “an inherent conflict of interest.”",
    ])
    #expect(try #require(fixture.quotes.first).speaker == "Idris Okafor")
  }

  @Test(
    arguments: [
      ("“It was late,” said Detective Inspector Ada Lund.", "Detective Inspector"),
      ("“It was late,” said Clay County Sheriff Ada Lund.", "Clay County Sheriff"),
      ("“It was late,” said Colonel Ada Lund of the Fenland Regiment.", "Colonel"),
    ])
  func policeAndMilitaryRanksAreRoles(text: String, role: String) throws {
    let quote = try #require(QuoteFixture(text).quotes.first)
    #expect(quote.speaker == "Ada Lund")
    #expect(quote.role == role)
  }

  @Test func lowerCaseRoleBeforeANameIsTheRole() throws {
    let quote = try #require(
      QuoteFixture("“The island has waited ten years,” said board chair Ellen Voss.").quotes.first)
    #expect(quote.speaker == "Ellen Voss")
    #expect(quote.role == "board chair")
    #expect(quote.mention?.text == "board chair Ellen Voss")
  }

  @Test func nameBetweenCommasAfterADescriptionSpeaks() throws {
    let fixture = QuoteFixture(
      "His old partner at the yard, Lena B. Ortiz, praised the crew. “They never gave up.”")
    #expect(try #require(fixture.quotes.first).speaker == "Lena B. Ortiz")
  }

  @Test func pronounsAgreeWithThePersonsGender() {
    let fixture = QuoteFixture([
      "Ms. Ana Ruiz, the mayor, met Mr. Tom Bell on Monday. Ruiz said she would sign it.",
      "“The depot will close in March,” Bell said. “We have no other choice,” she added.",
    ])
    #expect(fixture.quotes.map(\.speaker) == ["Tom Bell", "Ana Ruiz"])
  }

  @Test func pronounWithNoPersonOfItsGenderGivesNil() {
    let fixture = QuoteFixture([
      "Mr. Tom Bell met reporters on Monday, and he spoke for an hour.",
      "“The depot will close in March,” Bell said. “We have no other choice,” she added.",
    ])
    #expect(fixture.quotes.map(\.speaker) == ["Tom Bell", nil])
  }

  @Test(
    arguments: [
      ["Idris Okafor opened the bridge on Monday.", "“It is done,” she said."],
      [
        "“It is done,” said Transport Secretary Dele Okafor at the bridge. He thanked the crews.",
        "“We start on the tunnel next,” she said.",
      ],
    ])
  func sheWithOnlyAManInTheArticleGivesNil(_ paragraphs: [String]) throws {
    let quote = try #require(QuoteFixture(paragraphs).quotes.last)
    #expect(quote.mention?.text == "she")
    #expect(quote.speaker == nil)
  }

  @Test func pronounNeverRefersToAPlace() throws {
    let fixture = QuoteFixture(["New Hampshire voted on Tuesday.", "“We lost the state,” he said."])
    #expect(try #require(fixture.quotes.first).speaker == nil)
  }

  @Test func sheGoesToTheWomanBesideAMan() {
    let fixture = QuoteFixture([
      "Idris Okafor and Lena Ortiz opened the bridge on Monday.",
      "“It is done,” Okafor said. “The tunnel is next,” she said.",
    ])
    #expect(fixture.quotes.map(\.speaker) == ["Idris Okafor", "Lena Ortiz"])
  }

  @Test(
    arguments: [
      "Mayor Lena Ortiz told a rally, saying Okafor would “close every depot by March.”",
      "Mayor Lena Ortiz wrote to the council on Monday, saying it was “a failure of planning.”",
      "“The depot stays,” said Idris Okafor, with Mayor Lena Ortiz calling it “a good day.”",
    ])
  func participleCueSpeaksForTheSubjectNotTheWordsAfterIt(_ paragraph: String) throws {
    let quote = try #require(QuoteFixture(paragraph).quotes.last)
    #expect(quote.speaker == "Lena Ortiz")
  }

  @Test func quoteAfterASentenceEndingInACueClauseGoesOnWithItsSpeaker() throws {
    let fixture = QuoteFixture(
      "Mayor Lena Ortiz may yet close the depot, union chief Jo Hale said. “We will not let her.”")
    #expect(try #require(fixture.quotes.first).speaker == "Jo Hale")
  }

  @Test(
    arguments: [
      (
        ["Mayor Lena Ortiz released the following statement:", "“The depot opens in May.”"],
        "Lena Ortiz"
      ),
      (["FERRY FARES FALL AGAIN - Jo Hale: “The fares will not rise this winter.”"], "Jo Hale"),
      (
        ["On Monday, Mayor Lena Ortiz was clear in her letter: “The depot opens in May.”"],
        "Lena Ortiz"
      ),
    ])
  func subjectOfASentenceEndingInAColonSpeaks(_ paragraphs: [String], _ speaker: String) throws {
    #expect(try #require(QuoteFixture(paragraphs).quotes.first).speaker == speaker)
  }

  @Test func colonAfterATopicIsNoSpeaker() {
    let fixture = QuoteFixture(
      "“We lost,” Jo Hale said. Of Mayor Lena Ortiz: “She never listened to the crews.”")
    #expect(fixture.quotes.last?.speaker != "Lena Ortiz")
  }

  @Test func paragraphBeforeWithoutACueGivesNoSpeaker() {
    let fixture = QuoteFixture([
      "Ana Pereira lives near the harbour.",
      "“Twenty years ago the harbour was full of boats, and now it is empty.”",
    ])
    #expect(fixture.quotes.first?.speaker == nil)
  }
}
