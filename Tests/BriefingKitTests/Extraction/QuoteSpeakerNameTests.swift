import BriefingKit
import Testing

/// How a speaker is named: surnames that are also role nouns, group descriptions and opening
/// adverbs that are no names, peers' titles, owners spelt in capitals or joined by `and`.
struct QuoteSpeakerNameTests {
  private func quotes(_ paragraphs: [String]) -> [Quote] {
    QuoteExtractor().quotes(in: Article(title: "Fixture", language: "en", paragraphs: paragraphs))
  }

  @Test func roleNounIsASurnameWhenTheArticleWritesItAfterATitle() {
    let found = quotes([
      "The singer Morwenna King was at the party. Ms King said the guest was “angry and loud”.",
      "“I left at once,” she said.",
    ])
    #expect(found.map(\.speaker) == ["Morwenna King", "Morwenna King"])
  }

  @Test func aBodyRenamedForAnEraIsNoOneAHeCouldBe() {
    // `New Labour` is the party, so the `he` is someone else (here no one the article names).
    let found = quotes([
      "Rhodri Vance's speech opened the campaign. The leader spelt out what New Labour stood "
        + "for, and that New Labour does stand for something - that it is, as he said, more "
        + "than “a vote machine”."
    ])
    #expect(found.count == 1)
    #expect(found.first?.speaker != "New Labour")
  }

  @Test func givenNameAloneIsThePersonItStarts() {
    let found = quotes([
      "Rowan Pike has revealed how the film changed him. Rowan said: “Every day was a test.”",
      "“It was a long shoot,” Tess said. Tess Amani and Tess Moreau had small parts.",
    ])
    #expect(found.map(\.speaker) == ["Rowan Pike", "Tess"])
    // A titled one-word name is its own person: the prince, not the party leader.
    let royal = quotes([
      "Prince Rowan and Ada Vale are to marry. Prince Rowan, 56, hosted a dinner. Rowan said "
        + "he was “absolutely delighted”.",
      "Party leader Rowan Pike said he was pleased.",
    ])
    #expect(royal.first?.speaker != "Rowan Pike", "\(royal)")
  }

  @Test func sportsAndScienceRolesAreRolesAndDescribeTheLastSpeaker() {
    let found = quotes([
      "“We wanted it more,” said Jonah Price, who opened the rally. “Nobody quit,” the "
        + "shortstop said.",
      "Demographer Elsa Marr says the figures are new. “Families change,” Marr said.",
    ])
    #expect(found.map(\.speaker) == ["Jonah Price", "Jonah Price", "Elsa Marr"])
    #expect(found.last?.role == "Demographer")
  }

  @Test func participleOpeningTheSentenceIsNoSpeaker() {
    let found = quotes([
      "Based on its review of studies, the agency at this point said “no link was shown.”",
      "Reached by phone, Ada Lund said she was “very tired” of the dispute.",
    ])
    #expect(found.map(\.speaker) == [nil, "Ada Lund"])
    #expect(found.first?.mention?.text == "the agency")
  }

  @Test func roleNounAfterACapitalisedWordStaysARoleWithoutThatEvidence() {
    let found = quotes(["“We will appeal,” said Harbour King Tomas Weber."])
    #expect(found.map(\.speaker) == ["Tomas Weber"])
  }

  @Test func groupDescriptionKeepsItsMentionButNamesNoSpeaker() {
    let found = quotes([
      "Analysts say the merger is “a bold bet”. Critics said: “It will cost jobs.”"
    ])
    #expect(found.map(\.speaker) == [nil, nil])
    #expect(found.map { $0.mention?.text } == ["Analysts", "Critics"])
  }

  @Test func shortPluralAndOpeningAdverbNameNoSpeaker() {
    let found = quotes([
      "The new rules are “so poorly drafted” no one can follow them, MPs say.",
      "Only last year she had doubts, but Ada Lund admitted: “I did not know my own body.”",
    ])
    #expect(found.first?.speaker == nil)
    #expect(found.last?.speaker != "Only")
  }

  @Test func pronounOpeningASentenceIsNoOnesName() {
    let found = quotes([
      "“The bill is late,” said Tomas Weber. They said the vote was “a farce and a disgrace”.",
      "“It is over,” he said.",
    ])
    #expect(!found.contains { $0.speaker == "They" })
    #expect(found.last?.speaker == "Tomas Weber")
  }

  @Test func groupDescriptionEndingAnOrganisationNameStillNamesIt() {
    let found = quotes([
      "The National Union of Students said fees were “a tax on learning”."
    ])
    #expect(found.first?.speaker == "National Union of Students")
  }

  @Test func openingAdverbIsNoSpeaker() {
    let found = quotes([
      "Ultimately, there will be, says Ada Lund, no place for anyone “computer illiterate”."
    ])
    #expect(found.first?.speaker != "Ultimately")
  }

  @Test func personNamedOnlyWithATitleIsWhomAPronounMeans() {
    let found = quotes([
      "A spokesman for Harbour Builders, Dr Vancheshwar, told reporters the deal was good.",
      "He said buyers would get “better homes for less”.",
    ])
    #expect(found.first?.speaker == "Vancheshwar")
  }

  @Test func peerKeepsTheTitleAndTheRoleDropsIt() {
    let found = quotes([
      "“The bill is flawed,” said Lord Chancellor Lord Ashdown.",
      "“It will be rewritten,” Lord Ashdown added.",
    ])
    #expect(found.map(\.speaker) == ["Lord Ashdown", "Lord Ashdown"])
    #expect(found.first?.role == "Lord Chancellor")
  }

  @Test func courtesyTitleIsNoPartOfTheRoleBeforeTheName() {
    let found = quotes(["“Sales fell,” said Harbour Bank chairman Sir Tomas Weber."])
    #expect(found.first?.speaker == "Tomas Weber")
    #expect(found.first?.role == "Harbour Bank chairman")
  }

  @Test func ownerInCapitalsOrJoinedByAndIsTheWholeRole() {
    let found = quotes([
      "“Markets will calm,” said ABN Harbour's Lena Ortiz.",
      "“Prices will rise,” said Weber and Lund's Tomas Okafor.",
    ])
    #expect(found.map(\.speaker) == ["Lena Ortiz", "Tomas Okafor"])
    #expect(found.map(\.role) == ["ABN Harbour", "Weber and Lund"])
  }

  @Test func nameSetOffAfterACapitalisedDescriptionIsTheSpeaker() {
    let found = quotes([
      "The Shadow Secretary of State for Transport, Ada Lund, said: “The plan is late.”"
    ])
    #expect(found.first?.speaker == "Ada Lund")
  }

  @Test func capitalisedLinkAfterARoleIsAGivenName() {
    let found = quotes([
      "Last year immigration minister Des Browne said: “Our aim is to stop abuse.”",
      "Immigration Minister Des Lund said: “The rules are fair.”",
    ])
    #expect(found.map(\.speaker) == ["Des Browne", "Des Lund"])
    #expect(found.last?.role == "Immigration Minister")
  }

  @Test func questionOpeningAHeadlineStartsNoName() {
    let found = quotes([
      "Can Kestrel win the next decade?",
      "Ivo Brandt liked the plan. Kestrel's first move was a mistake. “They were busy,” he said.",
    ])
    #expect(found.map(\.speaker) == ["Ivo Brandt"])
  }

  @Test func aLowerCaseRoleBeforeDesIsKept() {
    let found = quotes([
      "Last year immigration minister Des Browne said: “Our aim is to stop abuse.”",
      "Then transport minister Ada Lund said: “The rules are fair.”",
    ])
    #expect(found.map(\.speaker) == ["Des Browne", "Ada Lund"])
    #expect(found.map(\.role) == ["immigration minister", "transport minister"])
  }

  @Test func aPlaceIsNotTheVenueNamedAfterIt() {
    let found = quotes([
      "Portugal play at the Stade de Portugal on Saturday.",
      "Portugal said in a statement that the match was “sold out weeks ago”.",
      "The insurer Lloyds of London said its losses would be “limited to a few resorts”.",
    ])
    #expect(found.map(\.speaker) == ["Portugal", "Lloyds of London"], "\(found)")
  }

  @Test func theObjectOfAPrepositionAfterAQuoteIsNoSpeaker() {
    let found = quotes([
      "I'm redefining 'best' in my own head now to mean 'most often played at weddings "
        + "because people think it is deep'."
    ])
    #expect(found.count == 1)
    #expect(found.first?.mention?.text != "my own head")
    #expect(found.first?.role == nil)
  }
}
