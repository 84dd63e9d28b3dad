import BriefingKit
import Testing

/// Who speaks a partial quote reported with its clause (`⟦…⟧` marks the clause): the cue of
/// the clause that carries the quoted words, not one of a later clause of the sentence, and in
/// a report inside a report the one who told them.
struct QuoteClauseSpeakerTests {
  @Test(
    arguments: [
      "Ada Lund said ⟦the depot was “a costly mistake”⟧, but Tom Weber argued it was fine.",
      "Ada Lund said ⟦the depot was “a costly mistake”⟧ while Tom Weber says it will pay.",
      "Ada Lund called ⟦the depot “a costly mistake”⟧ and said the council must act.",
      "Ada Lund accuses ⟦Tom Weber of “wasting public money”⟧, and Weber insists he did not.",
    ])
  func laterClauseWithItsOwnCueLeavesTheSpeaker(text: String) throws {
    let fixture = QuoteFixture(text)
    let quote = try #require(fixture.quotes.first)
    #expect(fixture.found == fixture.expected)
    #expect(quote.speaker == "Ada Lund")
    #expect(quote.isPartial)
  }

  @Test func cueAfterTheQuoteStillSpeaksForItsOwnClause() throws {
    let fixture = QuoteFixture("⟦The depot is “a costly mistake” for the town⟧, Ada Lund said.")
    let quote = try #require(fixture.quotes.first)
    #expect(fixture.found == fixture.expected)
    #expect(quote.speaker == "Ada Lund")
  }

  @Test(
    arguments: [
      ("The council has always claimed ⟦the plan is “a costly mistake for all”⟧.", "The council"),
      ("Tom Weber has already said ⟦the plan is “a costly mistake for all”⟧.", "Tom Weber"),
    ])
  func adverbBeforeTheCueIsNoMention(text: String, mention: String) throws {
    let fixture = QuoteFixture(["Ada Lund spoke.", text])
    let quote = try #require(fixture.quotes.first)
    #expect(fixture.found == fixture.expected)
    #expect(quote.mention?.text == mention)
  }

  @Test(
    arguments: [
      ("Ada Lund predicted ⟦voters “will be uneasy about the depot”⟧.", "Ada Lund"),
      ("Tom Weber said ⟦Ada Lund's plan was “a costly mistake for all”⟧.", "Tom Weber"),
    ])
  func subjectOfTheReportedClauseIsNoSpeaker(text: String, speaker: String) throws {
    let fixture = QuoteFixture(text)
    let quote = try #require(fixture.quotes.first)
    #expect(fixture.found == fixture.expected)
    #expect(quote.speaker == speaker)
  }

  /// A report inside a report: the words quoted after `Weber told him` are Weber's.
  @Test(
    arguments: [
      "Ada Lund said that Tom Weber told him ⟦the plan was “a reckless waste of money”⟧.",
      "Ada Lund says Tom Weber warned reporters ⟦the plan was “a reckless waste of money”⟧.",
    ])
  func tellingVerbWithANamedSubjectOpensTheClause(text: String) throws {
    let fixture = QuoteFixture(text)
    let quote = try #require(fixture.quotes.first)
    #expect(fixture.found == fixture.expected)
    #expect(quote.speaker == "Tom Weber")
  }

  @Test func pronounAfterTheFirstCueLeavesTheWholeReport() throws {
    let fixture = QuoteFixture(
      "Ada Lund said ⟦she told the council the plan was “a reckless waste of money”⟧.")
    let quote = try #require(fixture.quotes.first)
    #expect(fixture.found == fixture.expected)
    #expect(quote.speaker == "Ada Lund")
  }
}
