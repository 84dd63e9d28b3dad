import BriefingKit
import Testing

/// English sentences whose subject comes after an opening phrase, and descriptions that open
/// with capitalised words before their role and name.
struct QuoteOpenerTests {
  private func quotes(_ paragraphs: [String]) -> [Quote] {
    QuoteExtractor().quotes(in: Article(title: "Fixture", language: "en", paragraphs: paragraphs))
  }

  @Test func subjectAfterAnOpeningPhraseSpeaks() {
    let found = quotes([
      "Ada Lund spoke on the radio. In a television interview later that day, Tomas Weber went "
        + "further: “The plan is dead.”"
    ])
    #expect(found.first?.speaker == "Tomas Weber")
  }

  @Test func dateWithItsYearIsPartOfTheOpeningPhrase() {
    let found = quotes([
      "On July 6, 2015, Ada Lund made the following comment: “We will win this race and win "
        + "it well.”"
    ])
    #expect(found.first?.speaker == "Ada Lund")
  }

  @Test func cityAndStateArePartOfTheOpeningPhrase() {
    let found = quotes([
      "At a rally in Leeds, Alabama, Ada Lund made one thing clear: “We will not stop.”"
    ])
    #expect(found.first?.speaker == "Ada Lund")
  }

  @Test func adverbOpeningASentenceIsNoSubject() {
    let found = quotes([
      "Ada Lund had promised a decision. Shortly after the meeting, the Harbour Party sent a "
        + "statement: “We will appeal.”"
    ])
    #expect(found.first?.speaker != "Shortly")
  }

  @Test func capitalisedWordsThenARoleThenANameAreOneDescription() {
    let found = quotes([
      "“Asia must act,” said French finance minister Tomas Weber.",
      "Former Harbour party leader Ada Lund told the paper: “It was a mistake.”",
    ])
    #expect(found.map(\.speaker) == ["Tomas Weber", "Ada Lund"])
    #expect(found.first?.role == "French finance minister")
  }

  @Test func capitalisedWordsWithoutARoleDoNotRunIntoAName() {
    let found = quotes(["“It is late,” said Harbour fans Tomas Weber and Ada Lund."])
    #expect(found.first?.mention?.text != "Harbour fans Tomas Weber")
  }

  @Test func cueInAnOpeningClauseIsNotTheQuotesSpeaker() {
    let found = quotes([
      "After former governor Tomas Weber criticized the plan during a debate, Ada Lund shot "
        + "back, “I chose to build the bridge, and I would build it again.”"
    ])
    #expect(found.first?.speaker == "Ada Lund")
  }

  @Test func placeAfterAPrepositionIsWhereTheSpeakerWasNotWho() {
    let found = quotes([
      "Ada Lund, during a town hall meeting in Leeds, Yorkshire, said she was “going to close "
        + "every one of the old mines”."
    ])
    #expect(found.first?.speaker == "Ada Lund")
  }

  @Test func sentenceAdverbBeforeACommaIsNoSpeaker() {
    let found = quotes([
      "Likewise, a paper from the Harbour Institute had this to say about the plan: “Families "
        + "at the top would gain the most from it.”"
    ])
    #expect(found.first?.mention?.text != "Likewise")
  }

  @Test func cueReportingItsOwnClauseAfterAFinishedQuoteIsNotItsSpeaker() {
    let found = quotes([
      "“It was a sad day,” Ada Lund told reporters. “This is the consequence of a bad "
        + "campaign.” Tomas Weber said he would have fired the manager at once."
    ])
    // The second quote continues the first: one interrupted quote, all Ada Lund's.
    #expect(found.map(\.speaker) == ["Ada Lund"])
    #expect(found.last?.text.hasSuffix("consequence of a bad campaign.") == true)
  }

  @Test func cueAfterAQuestionStillAttributesIt() {
    let found = quotes([
      "Ada Lund spoke first. “Who knows what the voters will do next year?” Tomas Weber told "
        + "the Harbour Times in an interview."
    ])
    #expect(found.first?.speaker == "Tomas Weber")
  }

  @Test func partyTagBetweenSubjectAndVerbKeepsTheSubject() {
    let found = quotes([
      "Gov. Ada Lund (R) blamed the court's “four liberal justices who blocked our sensible "
        + "voter laws”."
    ])
    #expect(found.first?.speaker == "Ada Lund")
  }

  @Test func presentTenseAgreementIsASpeechCue() {
    let found = quotes([
      "“Our ideas of success are different now,” agrees Ada Lund, 30, of Leeds."
    ])
    #expect(found.first?.speaker == "Ada Lund")
  }

  @Test func relativeTimeOpensAPhraseBeforeTheSubject() {
    let found = quotes([
      "Ada Lund praised him. Hours later, Tomas Weber returned the compliment, telling the "
        + "paper, “She is an amazing woman and a good friend of mine.”"
    ])
    #expect(found.first?.speaker == "Tomas Weber")
  }

  @Test func quantifierOpeningASentenceIsNoSpeaker() {
    let found = quotes([
      "Much of Lund's anger was directed at Weber, whom Lund on Monday called “a horrible "
        + "and despicable man”."
    ])
    #expect(found.first?.speaker != "Much")
  }

  @Test func placeAfterAPrepositionBeforeTheVerbIsNotTheSubject() {
    let found = quotes([
      "Protesters marching through the streets chanted “What curfew?” at midnight."
    ])
    #expect(found.first?.mention?.text == "Protesters")
  }
}
