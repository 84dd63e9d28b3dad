import BriefingKit
import Testing

/// Speakers described rather than named, as a memo reader expects them: a spokesperson speaks
/// for the body named with them, a nationality is a person only when it points back to someone
/// the article introduced, and a description naming no one is kept as the role alone.
struct QuoteDescriptionTests {
  private struct Found: Equatable {
    var speaker: String?
    var role: String?
  }

  private func found(_ paragraphs: [String]) -> [Found] {
    let article = Article(title: "Fixture", language: "en", paragraphs: paragraphs)
    return QuoteExtractor().quotes(in: article).map { Found(speaker: $0.speaker, role: $0.role) }
  }

  @Test func spokespersonForABodyHasNoDanglingPreposition() {
    let result = found([
      "Ferries to the islands were cancelled on Tuesday.",
      "“Crews will be back at work tomorrow,” said a spokeswoman for Harbour Lines in Oban.",
    ])
    #expect(result == [Found(speaker: "Harbour Lines", role: "spokeswoman")])
  }

  @Test func bodyBeforeTheSpokespersonNounSpeaks() {
    let result = found([
      "“Winds will ease by noon,” a Coastal Weather Service spokesman said.",
      "“Pupils can learn at home,” a Brackley Council spokeswoman said.",
      "The series was dropped. “We thank every viewer,” a BBC spokesperson said.",
    ])
    #expect(
      result == [
        Found(speaker: "Coastal Weather Service", role: "spokesman"),
        Found(speaker: "Brackley Council", role: "spokeswoman"),
        Found(speaker: "BBC", role: "spokesperson"),
      ])
  }

  @Test func bodyNamedWithLinkingWordsOrInOneWordSpeaks() {
    let result = found([
      "“Colleges agreed,” a Department for Schools and Skills spokeswoman said.",
      "Rents fell. “The market has turned,” a spokesman for Ofrent said.",
    ])
    #expect(
      result == [
        Found(speaker: "Department for Schools and Skills", role: "spokeswoman"),
        Found(speaker: "Ofrent", role: "spokesman"),
      ])
  }

  @Test func spokespersonForAPersonGoesToTheirFullestName() {
    let result = found([
      "Marta Quell left the party on Monday.",
      "“She has no regrets,” a spokesman for Quell said.",
      "Her partner Ivo Dunmore went with her. “Nor does he,” a spokesman for Mr Dunmore said.",
    ])
    #expect(result.map(\.speaker) == ["Marta Quell", "Ivo Dunmore"])
    #expect(result.first?.role == "spokesman")
  }

  @Test func wordsThatAreNoDescriptionGiveNoRole() {
    let result = found([
      "Taxes went up. “Nobody warned us,” his message to the chancellor said.",
      "“Growth will slow,” Bank of England governor Clive Marlow said.",
    ])
    #expect(result.map(\.role).allSatisfy { $0 != "message to the chancellor" })
    #expect(result.last?.speaker == "Clive Marlow")
  }

  @Test func personBeforeOfSpeaksNotThePlaceAfterIt() {
    let result = found([
      "Taxes rose. “We will fight it,” Rep. Dana Holt of Nebraska said.",
      "“Prices will settle,” Pavel Lind of Norrbank said.",
    ])
    #expect(result == [Found(speaker: "Dana Holt", role: "Rep."), Found(speaker: "Pavel Lind")])
  }

  @Test func roleOfABodyEndsBeforeItsLinkingWords() {
    let result = found(["“Checks go on,” said the director of the Office of Fair Ports."])
    #expect(result == [Found(speaker: "Office of Fair Ports", role: "director")])
  }

  @Test func partyAdjectiveBeforeTheSpokespersonNounNamesNoOne() {
    let result = found(["The bill failed. “We will try again,” a Democratic spokesman said."])
    #expect(result.map(\.speaker) == [nil])
  }

  @Test func lowerCaseBodyIsKeptInTheRoleWithNoSpeaker() {
    let result = found([
      "The levy was doubled. “It will fund the new wards,” a spokesman for the ministry said.",
      "Exports fell. “Demand will return,” a trade official said.",
    ])
    #expect(
      result == [
        Found(speaker: nil, role: "spokesman for the ministry"),
        Found(speaker: nil, role: "trade official"),
      ])
  }

  @Test func nationalityNamingNoOneIsARoleNotASpeaker() {
    let result = found([
      "The match went to extra time. “My legs were gone,” the Australian said.",
      "The rain stopped play. “We will finish tomorrow,” the Briton said.",
    ])
    #expect(
      result == [Found(speaker: nil, role: "Australian"), Found(speaker: nil, role: "Briton")])
  }

  @Test func nationalityPointsBackToThePersonIntroducedWithThatCountry() {
    let result = found([
      "US envoy Carl Brennan flew to Geneva on Monday. Kenyan minister Ruth Achieng joined him.",
      "The two sides agreed on a timetable. “It is a first step,” the American said.",
      "“We want more,” the Kenyan said.",
    ])
    #expect(
      result == [
        Found(speaker: "Carl Brennan", role: "US envoy"),
        Found(speaker: "Ruth Achieng", role: "Kenyan minister"),
      ])
  }

  @Test func knownSpeakerDescribedAsABodysSpokespersonKeepsTheirName() {
    let result = found([
      "“Nothing is decided,” Ilse Varga said.",
      "“We will say more on Friday,” the Harbour Lines spokeswoman said.",
    ])
    #expect(result.map(\.speaker) == ["Ilse Varga", "Ilse Varga"])
  }

  @Test func definiteSpokespersonNamingNoOneBeforeGoesToTheBody() {
    let result = found(["Fares rose. “Costs went up,” the Harbour Lines spokeswoman said."])
    #expect(result == [Found(speaker: "Harbour Lines", role: "spokeswoman")])
  }

  @Test func nationalityIntroducedAfterTheQuoteDoesNotResolve() {
    let result = found([
      "Talks resumed. “It is a first step,” the Russian said.",
      "Russian envoy Oleg Marin arrived later.",
    ])
    #expect(result == [Found(speaker: nil, role: "Russian")])
  }

  @Test func descriptionIsNotALastSpeakerWhoseRoleSaysOtherwise() {
    let result = found([
      "Manager Dara Quinn picked a young side. “We will attack,” Quinn said.",
      "Leon Marsh scored twice. “It was a great night,” said the Harbour City striker.",
      "Home Secretary Cal Dorne defended the bill. “It is fair,” he said.",
      "“Abuse will be weeded out,” the prime minister told MPs.",
    ])
    #expect(result.map(\.speaker) == ["Dara Quinn", nil, "Cal Dorne", nil])
  }

  @Test func descriptionStillMeansALastSpeakerItFits() {
    let result = found([
      "“We will attack,” said Dara Quinn. “It was a great night,” the striker added.",
      "“Rents will fall,” said Mayor Ada Lund. “It is late,” the mayor added.",
    ])
    #expect(result.map(\.speaker) == ["Dara Quinn", "Dara Quinn", "Ada Lund", "Ada Lund"])
  }

  @Test func spokesmanOfAPersonIsNeitherThemNorTheLastSpeaker() {
    let result = found([
      "Prime Minister Ivo Brandt left for Brussels on Monday.",
      "Police chief Tom Weber said the march was peaceful. “Nobody was hurt,” Weber said.",
      "“The march was lawful,” the prime minister's official spokesman said.",
    ])
    #expect(result.map(\.speaker) == ["Tom Weber", nil])
  }

  @Test func nameSetOffAfterADescriptionIsTheSpeaker() {
    let result = found([
      "“We nearly cancelled,” said the festival's executive director, Ada Lund.",
      "Tom Weber, director of the sister fair, agreed. “We stayed calm,” Weber said.",
    ])
    #expect(result.map(\.speaker) == ["Ada Lund", "Tom Weber"])
  }

  @Test func descriptionIsNoHolderOfAnotherRankOrOffice() {
    let result = found([
      "Deputy Mayor Nia Gavron spoke first. “We are sorry,” Ms Gavron said.",
      "“No apology is due,” the mayor said.",
      "New Home Secretary Cal Dorne backed the bill. “It is fair,” Mr Dorne said.",
      "“The ruling is wrong,” the foreign secretary said.",
      "Shadow chancellor Ivo Lett attacked the budget. “It is reckless,” Mr Lett said.",
      "“It is prudent,” the chancellor said.",
    ])
    #expect(
      result == [
        Found(speaker: "Nia Gavron", role: "Deputy Mayor"), Found(speaker: nil, role: "mayor"),
        Found(speaker: "Cal Dorne", role: "new Home Secretary"),
        Found(speaker: nil, role: "foreign secretary"),
        Found(speaker: "Ivo Lett", role: "shadow chancellor"),
        Found(speaker: nil, role: "chancellor"),
      ])
  }

  @Test func descriptionIsNoLastSpeakerTheTextGaveAnotherOffice() {
    let result = found([
      "Ada Lund unveiled the police plans on Monday. The home secretary said every street "
        + "would have an officer.",
      "Ms Lund was joined by Ivo Brandt at a school. “It will work,” Ms Lund said.",
      "“The public must come first,” the prime minister said.",
    ])
    #expect(
      result == [
        Found(speaker: "Ada Lund", role: "home secretary"),
        Found(speaker: nil, role: "prime minister"),
      ])
  }

  @Test func descriptionTheTextGaveTheOnlyNamedPersonIsThem() {
    let result = found([
      "Jack Strand has attacked the court's decision.",
      "The foreign secretary said the judges were “simply wrong”.",
    ])
    #expect(result == [Found(speaker: "Jack Strand", role: "foreign secretary")])
    // An office someone else held first (`an aide`) is not the person named.
    let other = found([
      "Tom Weber was taken to hospital, said an aide to the band.",
      "“He is resting,” added the aide.",
    ])
    #expect(other.map(\.speaker) == [nil])
  }
}
