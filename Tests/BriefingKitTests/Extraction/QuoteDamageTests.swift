import BriefingKit
import Testing

/// Damaged punctuation, quotes over several paragraphs, nesting, headlines, partial quotes and
/// things that look like quotes but are not.
struct QuoteDamageTests {
  @Test func closingMarkAfterTheCommaStillCloses() {
    let fixture = QuoteFixture(
      "“⟦This meeting is being prepared actively,⟧ “Ushakov noted. “⟦The date is close⟧,” he added."
    )
    #expect(fixture.quotes.count == 2)
    #expect(fixture.quotes.map(\.mention?.text) == ["Ushakov", "he"])
  }

  @Test func misplacedCloserBeforeAPronounCue() {
    let fixture = QuoteFixture(
      "Intro words here. “⟦We are ready to hold it when it suits them⟧, “he added.")
    #expect(fixture.found == fixture.expected)
    #expect(fixture.quotes.first?.cue == "added")
  }

  @Test func quoteOverSeveralParagraphsKeepsItsSpeaker() {
    let fixture = QuoteFixture([
      "Kemal Arda said: “⟦The first part of the plan is ready.",
      "“The second part will follow in the spring, when the money arrives.⟧”",
      "The council meets on Monday.",
    ])
    let quote = fixture.quotes.first
    #expect(fixture.quotes.count == 1)
    #expect(quote?.speaker == "Kemal Arda")
    #expect(quote.map { $0.start..<$0.end } == fixture.expected.first)
  }

  /// A speaker's next paragraph run into this one (its line break lost): the mark that opens it
  /// opens, even before a cue word (`reports`), when a mark later in the paragraph can only close.
  @Test func aParagraphRunIntoTheLastOpensAgainAndContinuesItsSpeaker() {
    let article = Article(
      title: "Fixture", language: "en",
      paragraphs: [
        "\"Rates are right,\" said Ada Lund, head of the Leeds Chamber. \"But we must be ready to act. "
          + "\"Gloomy reports from the shops are worrying, if they point to weaker spending.\"",
        "Mr Lund added: \"The outlook is uncertain. \"It is clear that prices will fall.\" "
          + "Economist Tom Weber said the economy had \"slowed in recent months\" after the rises.",
      ])
    let quotes = QuoteExtractor().quotes(in: article)
    #expect(
      quotes.map(\.text) == [
        "Rates are right … But we must be ready to act. Gloomy reports from the shops are "
          + "worrying, if they point to weaker spending.",
        "The outlook is uncertain. It is clear that prices will fall.",
        "the economy had “slowed in recent months” after the rises",
      ])
    #expect(quotes.map(\.speaker) == ["Ada Lund", "Ada Lund", "Tom Weber"])
  }

  /// A cue whose mark-free words never close (`. “He added` with no mark after) still marks a
  /// misplaced closer, as before.
  @Test func aMisplacedCloserBeforeACueStillClosesWithNoMarkAfterIt() {
    let fixture = QuoteFixture(
      "Intro words here. “⟦We are ready to hold it when it suits them.⟧ “Lund added on Friday.")
    #expect(fixture.found == fixture.expected)
    #expect(fixture.quotes.first?.mention?.text == "Lund")
  }

  @Test func germanQuoteNestedInTheSameMarksStaysWhole() {
    let fixture = QuoteFixture(
      "Die Sprecherin sagte: „⟦Wir haben „kleine Firmen“ als Kunden gewonnen⟧“.", language: "de")
    #expect(fixture.found == fixture.expected)
    #expect(fixture.quotes.first?.mention?.text == "Die Sprecherin")
  }

  @Test(
    arguments: [
      "“⟦We will not wait⟧,” Okafor said. “⟦The trains must run.⟧”",
      "“⟦We will not wait⟧,” said Okafor, “⟦the trains must run.⟧”",
      "“⟦We will not wait⟧,” Okafor told reporters on Monday. “⟦The trains must run.⟧”",
    ])
  func interruptedQuoteIsOneQuoteWithoutItsCue(_ paragraph: String) throws {
    let fixture = QuoteFixture(paragraph)
    let quote = try #require(fixture.quotes.first)
    #expect(fixture.quotes.count == 1)
    #expect(quote.segments == fixture.expected)
    #expect(quote.start == fixture.expected[0].lowerBound)
    #expect(quote.end == fixture.expected[1].upperBound)
    #expect(quote.text.hasPrefix("We will not wait ") && quote.text.hasSuffix("rains must run."))
    #expect(!quote.text.contains("Okafor"))
    #expect(quote.speaker == "Okafor")
  }

  @Test func markupAttributesAreNoQuotes() {
    // The attributes' values are no quotes; the post the markup holds is its author's.
    let fixture = QuoteFixture([
      "<tweet id=\"750366792\" author=\"@JoHale\" datetime=\"2016-07-05\">⟦The ferry runs at 9,"
        + " not 8.⟧ — Jo Hale (@JoHale) July 5, 2016</tweet>.",
      "“⟦We will not pay for the new ferry⟧,” Okafor said.",
    ])
    #expect(fixture.found == fixture.expected)
  }

  @Test func quoteRunningOverParagraphsHasOneSegmentEach() throws {
    let fixture = QuoteFixture([
      "Okafor said: “⟦The trains will run every ten minutes.⟧",
      "“⟦And the fares will not rise this year.⟧”",
    ])
    let quote = try #require(fixture.quotes.first)
    #expect(fixture.quotes.count == 1)
    #expect(quote.segments == fixture.expected)
    #expect(
      quote.text == "The trains will run every ten minutes. And the fares will not rise this year.")
  }

  @Test(
    arguments: [
      (
        ["“⟦Our patience has run out⟧,” Okafor said. “⟦Nobody wants a strike.⟧”"],
        "Our patience has run out … Nobody wants a strike."
      ),
      (
        ["“⟦We will not wait⟧,” said Okafor, “⟦the trains must run.⟧”"],
        "We will not wait … the trains must run."
      ),
      (
        ["„⟦Wir warten nicht⟧“, sagte Okafor. „⟦Die Züge müssen fahren.⟧“"],
        "Wir warten nicht … Die Züge müssen fahren."
      ),
    ])
  func quoteInterruptedByItsCueShowsTheGapAsAnEllipsis(paragraphs: [String], text: String)
    throws
  {
    let fixture = QuoteFixture(paragraphs, language: paragraphs[0].hasPrefix("„") ? "de" : "en")
    let quote = try #require(fixture.quotes.first)
    #expect(fixture.quotes.count == 1)
    #expect(quote.segments == fixture.expected)
    #expect(quote.text == text)
  }

  @Test func fragmentInTheWritersSentenceAfterTheCueIsItsOwnQuote() {
    let fixture = QuoteFixture(
      "“⟦The line is finished⟧,” Okafor said, calling the delay “⟦a lesson for every council⟧”.")
    #expect(fixture.quotes.flatMap(\.segments) == fixture.expected)
    #expect(fixture.quotes.last?.text == "the delay “a lesson for every council”")
  }

  @Test func unclosedQuoteEndsWithItsParagraph() {
    let fixture = QuoteFixture([
      "Lena Voss said: “⟦The bridge will stay closed until the inspectors are done⟧",
      "Traffic was diverted.",
    ])
    #expect(fixture.found == fixture.expected)
    #expect(fixture.quotes.first?.speaker == "Lena Voss")
  }

  @Test func unclosedQuoteOfAFewSentencesRunsToItsParagraphsEnd() {
    let fixture = QuoteFixture([
      "Lena Voss said: “⟦The bridge stays shut. The inspectors need a week. Then we will see.⟧",
      "Traffic was diverted.",
    ])
    #expect(fixture.found == fixture.expected)
  }

  @Test func quoteNeverClosedStopsAfterItsFirstSentence() throws {
    // Whole articles often come as one line (feeds, JSON bodies): a mark that never closes
    // would make the writer's own sentences the quote.
    let fixture = QuoteFixture([
      "The mayor said: “⟦We will not give in to pressure.⟧ Later the council met in the town hall."
        + " Mr. Hale, the opposition leader, called the vote a farce. Officials declined to"
        + " comment. The plan now goes to the regional board, where it faces a fight."
    ])
    let quote = try #require(fixture.quotes.first)
    #expect(fixture.found == fixture.expected)
    #expect(quote.mention?.text == "The mayor")
  }

  @Test func partialQuoteNeverClosedKeepsItsClauseToOneSentence() throws {
    let fixture = QuoteFixture([
      "The mayor said \"⟦we will not give in to pressure.⟧ Later the council met in the town hall."
        + " The opposition leader called the vote a farce. Officials declined to comment. The"
        + " plan now goes to the regional board."
    ])
    let quote = try #require(fixture.quotes.first)
    #expect(quote.segments == fixture.expected)
    #expect(quote.isPartial)
    #expect(!quote.text.contains("council"))
  }

  @Test func aDecimalPointEndsNoClause() throws {
    let fixture = QuoteFixture(
      "Okafor said the council was “⟦deeply worried⟧” about the £1.3bn cost of the line, which "
        + "doubled in a year.")
    let quote = try #require(fixture.quotes.first)
    #expect(quote.segments == fixture.expected)
    #expect(quote.text.contains("£1.3bn cost of the line"), "\(quote.text)")
  }

  @Test func quoteInAHeadlineWithAColon() {
    let fixture = QuoteFixture(["Okafor: ‘⟦We will build the line⟧’", "Body text follows."])
    #expect(fixture.found == fixture.expected)
    #expect(fixture.quotes.first?.mention?.text == "Okafor")
  }

  @Test func partialQuoteInsideASentenceIsMarkedPartial() throws {
    let fixture = QuoteFixture(
      "The minister said the government \"⟦will not be held hostage⟧\" by the strikers.")
    let quote = try #require(fixture.quotes.first)
    #expect(quote.segments == fixture.expected)
    #expect(quote.text == "the government “will not be held hostage” by the strikers")
    #expect(quote.isPartial)
    #expect(quote.mention?.text == "The minister")
  }

  @Test func fullSentenceQuoteIsNotPartial() throws {
    let fixture = QuoteFixture("She said: “⟦We leave at dawn and we return at dusk⟧.”")
    #expect(try #require(fixture.quotes.first).isPartial == false)
  }

  @Test(
    arguments: [
      "Critics dismissed the “reform” as more of the same.",
      "The so-called “peace dividend” never arrived for the towns.",
      "He reviewed the book “The Long Road Home” for the weekly paper.",
      "The report “Rivers In Decline” came out on Tuesday morning.",
      "The “experts” were nowhere to be seen at the hearing.",
      "The senator told the “Sunday Herald Tribune” that he would stay on.",
      "Sie sagte der „Berliner Zeitung“, sie bleibe im Amt.",
      "The new film, “Tales From the Harbour Crypt,” opens at the pier on Friday.",
    ])
  func scareQuotesAndTitlesAreNotQuotes(text: String) {
    #expect(QuoteFixture(text).quotes.isEmpty)
  }

  @Test func capitalisedQuoteWithACueAndItsCommaIsKept() {
    let fixture = QuoteFixture("“⟦But Pete Wilson Lost⟧,” the spokesman said.")
    #expect(fixture.found == fixture.expected)
  }

  @Test func shortQuoteWithACueIsKept() {
    let fixture = QuoteFixture("“⟦No comment⟧,” the spokesman said.")
    #expect(fixture.found == fixture.expected)
  }

  @Test func strayMarksGiveNoQuote() {
    #expect(QuoteFixture("” and then ” again, with “").quotes.isEmpty)
    #expect(QuoteFixture("\"").quotes.isEmpty)
    #expect(QuoteFixture("").quotes.isEmpty)
  }
}
