import BriefingKit
import Testing

/// Who speaks when the cue names them indirectly: pronouns after a new sentence subject,
/// descriptions between the name and the verb, subjects before earlier quotes, headlines.
struct QuoteSpeakerTests {
  private func speakers(_ paragraphs: [String], title: String = "Fixture") -> [String?] {
    let article = Article(title: title, language: "en", paragraphs: paragraphs)
    return QuoteExtractor().quotes(in: article).map(\.speaker)
  }

  @Test func pronounGoesToTheSubjectNamedSinceTheLastSpeaker() {
    let found = speakers([
      "“The plant will reopen in May,” said Piet Okafor, the works manager.",
      "Tomas Weber, the union leader, doubted the date. “Nobody has seen a contract yet,” he said.",
    ])
    #expect(found == ["Piet Okafor", "Tomas Weber"])
  }

  @Test func aPrepositionOpeningTheSentenceIsNoPartOfTheName() {
    let found = speakers([
      "For Ada Lund, who won the prize, the past month was hard. Of Tomas De Witt, little is known.",
      "“I felt so privileged,” Lund said. “It was a long wait,” said De Witt.",
    ])
    #expect(found == ["Ada Lund", "Tomas De Witt"])
  }

  @Test func aFullNameInThePossessiveNamesThePerson() {
    let found = speakers([
      "Mike Dunn's film Lost Harbour leads the nominations. Ada Brennan was nominated for best "
        + "actress, while Dunn got a nod for best director.",
      "Dunn, who was nominated twice before, told the radio the news was \"amazing\". He said: "
        + "\"We hoped that Ada would get a nomination.\"",
    ])
    #expect(found == ["Mike Dunn", "Mike Dunn"])
    // Another person with the surname keeps the possessive from taking the short name.
    let shared = speakers([
      "Nora Vale spoke in Ohio. Tom Vale's record came up. \"He knows how,\" Mrs. Vale said."
    ])
    #expect(shared == ["Nora Vale"])
  }

  @Test func pronounStaysWithTheLastSpeakerWhenNoOneElseIsSubject() {
    let found = speakers([
      "“The plant will reopen in May,” said Piet Okafor, the works manager.",
      "The date depends on the insurers. “We expect their answer soon,” he added.",
    ])
    #expect(found == ["Piet Okafor", "Piet Okafor"])
  }

  @Test func possessiveAfterANameIsNoEvidenceOfItsGender() {
    let found = speakers([
      "“We will win the vote,” said Lena Ortiz.",
      "Tomas Weber, her rival, disagreed. “It will be very close,” he said.",
    ])
    #expect(found == ["Lena Ortiz", "Tomas Weber"])
  }

  @Test func ownerInThePossessiveIsTheRoleNotPartOfTheName() {
    let article = Article(
      title: "Fixture", language: "en",
      paragraphs: [
        "“The film will win,” said Harbour Weekly's Lena Ortiz. “Nobody doubts it,” she added.",
        "“The deal is done,” Norland Bank's Piet Okafor said.",
      ])
    let quotes = QuoteExtractor().quotes(in: article)
    #expect(quotes.map(\.speaker) == ["Lena Ortiz", "Lena Ortiz", "Piet Okafor"])
    #expect(quotes.map(\.role) == ["Harbour Weekly", "Harbour Weekly", "Norland Bank"])
  }

  @Test func roleNounAfterATitleOrGivenNameIsASurname() {
    let found = speakers([
      "“We will appeal,” said Paul King, the firm's lawyer.",
      "“The ruling is wrong,” Mr. King said. “It ignores the contract,” Ms Bishop said.",
    ])
    #expect(found == ["Paul King", "Paul King", "Bishop"])
  }

  @Test func thingOwnedByAPersonIsNoSpeaker() {
    let found = speakers([
      "Ada Lund's Budget was attacked by Piet Okafor. “It is a trick,” he said."
    ])
    #expect(found == ["Piet Okafor"])
  }

  @Test func participleAfterAQuoteSpeaksForThatQuotesSpeaker() {
    let found = speakers([
      "“Let them decide,” said Mayor Lena Ortiz, urging the council to “give it a month.”",
      "Piet Okafor praised the plan as “a sound piece of work,” telling the board that it was “the best yet.”",
      "“It is late,” said Ada Lund. Saying “we will wait” would not do, the paper wrote.",
    ])
    #expect(found == ["Lena Ortiz", "Lena Ortiz", "Piet Okafor", "Piet Okafor", "Ada Lund", nil])
  }

  @Test func loneSurnameBeforeASpeechVerbIsAPerson() {
    let found = speakers([
      "Okafor said the talks would go on through the night. “We are close,” he added."
    ])
    #expect(found == ["Okafor"])
  }

  @Test func descriptionBetweenTheNameAndTheVerb() throws {
    let article = Article(
      title: "Fixture", language: "en",
      paragraphs: [
        "“The bridge is safe to use,” Harry Quill, 52, an engineer from Leeds who inspected it "
          + "last year, said on Monday."
      ])
    let quote = try #require(QuoteExtractor().quotes(in: article).first)
    #expect(quote.speaker == "Harry Quill")
    #expect(quote.mention?.text == "Harry Quill")
    #expect(quote.cue == "said")
  }

  @Test func statementAsTheSubjectOfTheCue() throws {
    let article = Article(
      title: "Fixture", language: "en",
      paragraphs: ["“We regret the delay and apologise to our passengers,” the statement said."])
    let quote = try #require(QuoteExtractor().quotes(in: article).first)
    #expect(quote.mention?.text == "the statement")
    #expect(quote.speaker == nil)
  }

  @Test func subjectBeforeAnEarlierQuoteOfTheSentence() {
    let found = speakers([
      "Adaeze Nwosu attacked the plan, calling it “reckless and rushed” and warning that it "
        + "would “hurt every family in the valley.”"
    ])
    #expect(found == ["Adaeze Nwosu", "Adaeze Nwosu"])
  }

  @Test func sentenceMayOpenWithAConjunctionBeforeItsSubject() {
    let found = speakers([
      "But Senator Ada Lund refused to comment, responding that she was “not going to discuss "
        + "the campaign today.”"
    ])
    #expect(found == ["Ada Lund"])
  }

  @Test func headlineInTitleCaseNamesNoOne() {
    let found = speakers([
      "Voters Back Lena Ortiz Over Weber",
      "Lena Ortiz won by a wide margin. “It is a good day for the valley,” Ortiz said.",
    ])
    #expect(found == ["Lena Ortiz"])
  }

  @Test func givenNameTellsTheGenderWhenTheTextDoesNot() {
    let found = speakers([
      "“We are ready for this,” said Hillary Jones. “We are not ready at all,” said Donald Smith. "
        + "“Maybe we will be by Monday,” she added."
    ])
    #expect(found == ["Hillary Jones", "Donald Smith", "Hillary Jones"])
  }

  @Test(
    arguments: [
      "Okafor told MSNBC’s “Morning Joe” that the line would open on time.",
      "Okafor said on “Face the Nation,” that the line would open on time.",
      "Okafor wrote in “The Long Road North.” that the line was his idea.",
    ])
  func showAndBookTitlesAreNoQuotes(_ text: String) {
    let article = Article(title: "Fixture", language: "en", paragraphs: [text])
    #expect(QuoteExtractor().quotes(in: article).isEmpty)
  }

  @Test func middleInitialThatSpellsAStopWordStaysInTheName() {
    let found = speakers([
      "Leonard E. Burman is an economist in Boston.",
      "“The plan will not raise enough money,” Burman said.",
    ])
    #expect(found == ["Leonard E. Burman"])
  }

  @Test func partyAndFormerBeforeANameAreItsRole() throws {
    let article = Article(
      title: "Fixture", language: "en",
      paragraphs: ["“We will not back down,” said Republican Dana Lund."])
    let quote = try #require(QuoteExtractor().quotes(in: article).first)
    #expect(quote.speaker == "Dana Lund")
    #expect(quote.role == "Republican")
  }

  @Test func transcriptLinesSpeakForTheNameBeforeTheirColon() {
    let found = speakers([
      "Partial transcript of the interview of Mike Pence by Chris Wallace:",
      "\"WALLACE: Will she be at the debate tomorrow night?\"",
      "\"PENCE: She will not be attending the debate.\"",
    ])
    #expect(found == ["Chris Wallace", "Mike Pence"])
  }

  /// The host named only by the label (and `Chris` in passing) was no one, and the line before
  /// the transcript (`Partial transcript as follows:`) became its speaker `Partial`.
  @Test func aCapitalLabelOpeningSeveralLinesIsTheirSpeaker() {
    let found = speakers([
      "Gov. Mike Pence spoke to the host on Sunday. Partial transcript as follows:",
      "\"WALLACE: Will she be at the debate tomorrow night?",
      "\"PENCE: She will not be attending the debate, Chris.",
      "\"WALLACE: Do you really see those two as equivalent?",
      "\"PENCE: Well, look, I do.\"",
    ])
    #expect(found == ["WALLACE", "Mike Pence", "WALLACE", "Mike Pence"])
  }

  /// A capitalised word that only opens a sentence, and is lower case elsewhere, names no one:
  /// the speaker was `Neutrino` and `Sleeper`; a body named by a common noun still speaks.
  @Test func aCommonWordOpeningASentenceIsNoSpeaker() {
    let found = speakers([
      "Neutrino experiments keep calling it “the standard model”. Every neutrino has a mass.",
      "Police say they have “adequate resources” for the summit. The police will close roads.",
    ])
    #expect(found == [nil, "Police"])
  }

  /// `He’s claiming …` is a pronoun and its verb: the speaker was `He`.
  @Test func aContractedPronounPointsBackToItsMan() {
    let found = speakers([
      "Piet Okafor spoke at a rally in Leeds on Friday.",
      "He’s claiming that the vote is “a big, big problem for the town”.",
    ])
    #expect(found == ["Piet Okafor"])
  }

  /// `Here's what they had to say` gave the speaker `Here`, and an advert's label left inline in
  /// copied text (`Advertisement accusing …`) the speaker `Advertisement`.
  @Test func aWordAndItsVerbOrAnAdvertLabelIsNoSpeaker() {
    let found = speakers([
      "The critics guessed early. Here's what they had to say: “Rise of the Drones” will be a flop.",
      "Advertisement accusing Ada Lund of “turning into her rival” ran on Monday.",
    ])
    #expect(found == [nil, nil])
  }

  /// `A spokesman for Michael Lund` speaks for him, but he was given the role `spokesman`.
  @Test func aPersonsSpokesmanGivesThePersonNoSpokesmansRole() {
    let article = Article(
      title: "Fixture", language: "en",
      paragraphs: [
        "Michael Lund spoke in Leeds on Friday.",
        "A spokesman for Michael Lund said the plan was “dead in the water”.",
      ])
    let quotes = QuoteExtractor().quotes(in: article)
    #expect(quotes.map(\.speaker) == ["Michael Lund"])
    #expect(quotes.map(\.role) == [nil])
  }

  /// `said EEF chief economist, Steve Radley`: a role without a determiner, the name set off
  /// by a comma after it.
  @Test func aNameSetOffAfterARoleWithoutDeterminerIsTheSpeaker() {
    let article = Article(
      title: "Fixture", language: "en",
      paragraphs: ["\"Rates will fall,\" said Acme chief economist, Steve Radley."])
    let quotes = QuoteExtractor().quotes(in: article)
    #expect(quotes.map(\.speaker) == ["Steve Radley"])
    #expect(quotes.map(\.role) == ["Acme chief economist"])
  }

  /// `"…." Economist Tom Weber said the economy had "slowed"`: a new sentence whose cue reports
  /// words of its own (quoted in part or not) does not name the speaker of the quote before.
  @Test func aCueReportingItsOwnClauseInTheNextSentenceIsNotTheQuotesSpeaker() {
    let found = speakers([
      "Ada Lund spoke first.",
      "\"Nothing has changed since the spring.\" Economist Tom Weber said the economy had "
        + "\"slowed\" a lot.",
    ])
    #expect(found.count == 2 && found[0] == nil)
    // Where and when it was said is no statement of its own.
    let placed = speakers([
      "\"New video of the players working out. Good.\" Ada Lund wrote from the park on Thursday."
    ])
    #expect(placed == ["Ada Lund"])
  }

  @Test func aLabelBeforeAColonInsideTheQuoteIsNoSpeaker() {
    let found = speakers([
      "Mike Pence spoke on Sunday.",
      "\"UPDATE: The debate will start at nine in the evening.\"",
    ])
    #expect(found == [nil])
  }

  @Test func abbreviatedTitleIsTheRoleADescriptionPointsBackTo() {
    let found = speakers([
      "“We are ready for the vote,” said Sen. Ada Lund of Ohio.",
      "Tom Weber, a lobbyist, disagreed. “We will win the vote anyway,” the senator said.",
    ])
    #expect(found == ["Ada Lund", "Ada Lund"])
  }

  @Test func firstPersonPossessiveStartsADescription() throws {
    let article = Article(
      title: "Fixture", language: "en",
      paragraphs: ["“We live in hard times,” my father often said."])
    let quote = try #require(QuoteExtractor().quotes(in: article).first)
    #expect(quote.mention?.text == "my father")
  }

  @Test func speechNounAfterAnArticleIsNoCue() throws {
    let article = Article(
      title: "Fixture", language: "en",
      paragraphs: ["Few believed the claim that “the bridge is perfectly safe for trucks”."])
    let quote = try #require(QuoteExtractor().quotes(in: article).first)
    #expect(quote.cue == nil)
    #expect(quote.mention == nil)
  }

  @Test func roleAfterTheNameBetweenCommas() {
    let article = Article(
      title: "Fixture", language: "en",
      paragraphs: [
        "“We will win,” said Ada Lund, the mayor of Leeds. “It is late,” the mayor added.",
        "According to Tom Weber, the spokesman for the council, “the vote is off for now.”",
      ])
    let quotes = QuoteExtractor().quotes(in: article)
    #expect(quotes.map(\.speaker) == ["Ada Lund", "Ada Lund", "Tom Weber"])
    #expect(
      quotes.map(\.role) == ["mayor of Leeds", "mayor of Leeds", "spokesman for the council"])
  }

  @Test func militaryTitlesAreTheRoleNotTheName() throws {
    let article = Article(
      title: "Fixture", language: "en",
      paragraphs: ["“We will hold the line,” said Retired Lt. Gen. Mike Flint."])
    let quote = try #require(QuoteExtractor().quotes(in: article).first)
    #expect(quote.speaker == "Mike Flint")
    #expect(quote.role == "retired Lt. Gen.")
  }

  @Test func placeBeforeAClauseGetsNoRole() {
    let article = Article(
      title: "Fixture", language: "en",
      paragraphs: [
        "Mayor Ada Lund toured the valley on Saturday.",
        "Storms hit Dale Brook, the mayor said on Sunday. “Nobody was hurt,” the mayor added.",
      ])
    #expect(QuoteExtractor().quotes(in: article).map(\.speaker) == ["Ada Lund"])
  }

  @Test func ageAndDescriptionBetweenTheNameAndAVerbBeforeTheQuote() {
    let found = speakers([
      "Lena Ortiz, 52, a nurse from Leeds who has worked there since 1999, said the ward "
        + "“is badly understaffed and tired.”"
    ])
    #expect(found == ["Lena Ortiz"])
  }

  @Test func possessiveDescriptionIsSomeoneElse() {
    let found = speakers([
      "“It is not over,” said Piet Okafor. Okafor was not alone.",
      "“We stand with him all the way,” his deputy said.",
    ])
    #expect(found == ["Piet Okafor", nil])
  }

  @Test func closedQuoteAndTheNextParagraphsQuoteStayTwoQuotes() {
    let article = Article(
      title: "Fixture", language: "en",
      paragraphs: [
        "Piet Okafor spoke first. “We will not pay for the new line this year.”",
        "“Nor will we pay for it next year.”",
      ])
    let quotes = QuoteExtractor().quotes(in: article)
    #expect(
      quotes.map(\.text) == [
        "We will not pay for the new line this year.", "Nor will we pay for it next year.",
      ])
    #expect(quotes.map(\.speaker) == ["Piet Okafor", "Piet Okafor"])
  }

  @Test func accusingCuesTheAccusersWords() throws {
    let article = Article(
      title: "Fixture", language: "en", paragraphs: ["Ada Lund accused Tom Weber of “lying”."])
    let quote = try #require(QuoteExtractor().quotes(in: article).first)
    #expect(quote.text == "Tom Weber of “lying”")
    #expect(quote.speaker == "Ada Lund")
    #expect(quote.cue == "accused")
  }

  @Test func aPronounOnceResolvedTeachesThePersonsGender() {
    let found = speakers([
      "“We are ready for the vote,” said Lena Ortiz. “Truly ready,” she added.",
      "“It will not be easy,” he said.",
    ])
    #expect(found == ["Lena Ortiz", "Lena Ortiz", nil])
  }

  @Test func possessiveNameResolvesToThePerson() {
    let found = speakers([
      "Donald Trump spoke in Ohio on Monday.",
      "Fact checkers examined Trump’s claim that there were “thousands of shootings” there.",
      "Critics rejected Weber’s claim that “nobody was hurt at all.”",
    ])
    #expect(found == ["Donald Trump", "Weber"])
  }

  @Test func objectAfterAVerbBeforeTheQuoteIsNoSpeaker() {
    let found = speakers([
      "Senator Ada Lund spoke after the vote.",
      "She refused to say the words “a done deal” at any point of the evening.",
    ])
    #expect(found == ["Ada Lund"])
  }

  @Test func aForFrameMakesItsPersonTheOneAPronounMeans() {
    let found = speakers([
      "“Prices will fall,” said Tom Weber. But for Piet Okafor, an analyst at Lund Capital and "
        + "a critic of the deal, the outlook is bright. “Demand is strong,” he said.",
      "For Harbour analyst Ida Renko, the merger came too late. “They waited,” she said.",
    ])
    #expect(found == ["Tom Weber", "Piet Okafor", "Ida Renko"])
  }

  @Test func aSubjectAfterADayOpeningIsTheOneAPronounMeans() {
    let found = speakers([
      "Mr Weber told jurors he had warned his boss about the accounts. However during the "
        + "hearing on Tuesday Mr Okafor denied the claims. “I was never told of anything "
        + "wrong,” he told the court.",
      "On Friday Ida Renko rejected the offer. “It is far too low,” she said.",
    ])
    #expect(found == ["Okafor", "Ida Renko"])
  }

  @Test func aForPhraseAboutAPlaceFramesNoOne() {
    let found = speakers([
      "“Rents keep rising,” said Ida Renko. For example in West Harbour, rents doubled.",
      "“Nobody expected it,” she said.",
    ])
    #expect(found == ["Ida Renko", "Ida Renko"])
  }
}
