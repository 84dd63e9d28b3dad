import BriefingKit
import Testing

/// A partial quote with a speech cue in its sentence reports the writer's clause that carries
/// it (`⟦…⟧` marks the clause); its segments stay the verbatim quoted words.
struct QuoteClauseTests {
  @Test(
    arguments: [
      (
        "Ada Lund said ⟦the new depot was “a costly mistake” for the town⟧. Work starts soon.",
        "the new depot was “a costly mistake” for the town", "a costly mistake"
      ),
      (
        "Ada Lund told reporters on Monday that ⟦the depot was “a costly mistake”⟧.",
        "the depot was “a costly mistake”", "a costly mistake"
      ),
      (
        "Ada Lund called ⟦the depot “a costly mistake”⟧.", "the depot “a costly mistake”",
        "a costly mistake"
      ),
      (
        "Ada Lund told the BBC's Today programme that ⟦the depot was “a costly mistake”⟧.",
        "the depot was “a costly mistake”", "a costly mistake"
      ),
      (
        "Ada Lund said ⟦the plan was “a costly mistake” and the tax sometimes called a "
          + "levy should go⟧.",
        "the plan was “a costly mistake” and the tax sometimes called a levy should go",
        "a costly mistake"
      ),
      (
        "Ada Lund said ⟦the new depot was \"\"a costly mistake\"\" for the town⟧. Work starts.",
        "the new depot was “a costly mistake” for the town", "a costly mistake"
      ),
      (
        "Ada Lund told Harbour Radio 24 ⟦the depot was “a costly mistake”⟧.",
        "the depot was “a costly mistake”", "a costly mistake"
      ),
      (
        "According to Ada Lund, ⟦the depot is “a costly mistake” for the town⟧.",
        "the depot is “a costly mistake” for the town", "a costly mistake"
      ),
      (
        "Ada Lund condemned ⟦what she called a “reckless gamble” with public money⟧.",
        "what she called a “reckless gamble” with public money", "reckless gamble"
      ),
    ])
  func clauseAfterTheCueRunsToTheSentenceEnd(text: String, clause: String, words: String) throws {
    let fixture = QuoteFixture(text)
    let quote = try #require(fixture.quotes.first)
    #expect(fixture.found == fixture.expected)
    #expect(quote.text == clause)
    #expect(quote.isPartial)
    #expect(quote.speaker == "Ada Lund")
    #expect(quote.segments.map(fixture.slice) == [words])
  }

  @Test(
    arguments: [
      ("⟦The depot is \"a costly mistake,\"⟧ Ada Lund said.", "The depot is “a costly mistake,”"),
      ("⟦The depot is “a costly mistake”⟧, said Ada Lund.", "The depot is “a costly mistake”"),
      (
        "Rents rose. ⟦The depot is ‘a costly mistake’ for us⟧, Ada Lund said on Monday.",
        "The depot is “a costly mistake” for us"
      ),
    ])
  func clauseBeforeTheCueRunsFromTheSentenceStart(text: String, clause: String) throws {
    let fixture = QuoteFixture(text)
    let quote = try #require(fixture.quotes.first)
    #expect(fixture.found == fixture.expected)
    #expect(quote.text == clause)
    #expect(quote.speaker == "Ada Lund")
    #expect(quote.cue == "said")
    #expect(quote.segments.map(fixture.slice) == ["a costly mistake"])
  }

  @Test func clauseStopsBeforeASecondReportedClause() {
    let fixture = QuoteFixture(
      "Ada Lund said ⟦the depot was “a costly mistake” for a town of ten thousand people and "
        + "their many children⟧, but Tom Weber argued ⟦it “will pay for itself”⟧.")
    #expect(fixture.found == fixture.expected)
    #expect(fixture.quotes.map(\.speaker) == ["Ada Lund", "Tom Weber"])
    #expect(fixture.quotes.last?.text == "it “will pay for itself”")
  }

  @Test func clauseFollowsTheFirstCueOfItsRun() {
    let fixture = QuoteFixture(
      "Ada Lund says ⟦the tweets accusing Tom Weber of fraud are “lies and smears”⟧.")
    #expect(fixture.found == fixture.expected)
    #expect(
      fixture.quotes.first?.text == "the tweets accusing Tom Weber of fraud are “lies and smears”")
  }

  @Test func wordsRunningOnAfterTheQuoteBelongToTheClauseOfTheFirstCue() {
    let fixture = QuoteFixture(
      "Ada Lund said ⟦she was “firmly on the fence” until Tom Weber said he was running⟧.")
    #expect(fixture.found == fixture.expected)
    #expect(fixture.quotes.first?.segments.map(fixture.slice) == ["firmly on the fence"])
  }

  @Test func theObjectOfTheCueIsNotPartOfTheClause() {
    let fixture = QuoteFixture(
      "Sooner or later, Ada Lund told reporters, ⟦“it starts to pay off”⟧.")
    #expect(fixture.found == fixture.expected)
    #expect(fixture.quotes.first?.text == "“it starts to pay off”")
  }

  @Test(
    arguments: [
      "Ada Lund told reporters ⟦the depot was “a costly mistake”⟧.",
      "Ada Lund told the Daily Courier ⟦the depot was “a costly mistake”⟧.",
      "Ada Lund warned them ⟦the depot was “a costly mistake”⟧.",
    ])
  func theAudienceOfATellingVerbIsNotPartOfTheClause(text: String) {
    let fixture = QuoteFixture(text)
    #expect(fixture.found == fixture.expected)
    #expect(fixture.quotes.first?.text == "the depot was “a costly mistake”")
  }

  @Test func clauseStopsAtTheSentenceEndInsideTheMarks() {
    let fixture = QuoteFixture("Ada Lund said ⟦it was “a costly mistake.”⟧ Tom Weber disagreed.")
    #expect(fixture.found == fixture.expected)
    #expect(fixture.quotes.first?.text == "it was “a costly mistake.”")
    let aside = QuoteFixture("Ada Lund said ⟦it was “a costly mistake.”⟧ (Work starts soon.)")
    #expect(aside.found == aside.expected)
  }

  @Test func fragmentsOfOneClauseBecomeOneQuote() throws {
    let fixture = QuoteFixture(
      "Ada Lund said ⟦the plan was \"reckless\" and \"a waste of money\"⟧. Tom Weber agreed.")
    #expect(fixture.found == fixture.expected)
    let quote = try #require(fixture.quotes.first)
    #expect(quote.text == "the plan was “reckless” and “a waste of money”")
    #expect(quote.segments.map(fixture.slice) == ["reckless", "a waste of money"])
    #expect(quote.speaker == "Ada Lund")
  }

  /// A partial quote that runs on into full sentences of the same speaker shows each piece
  /// between curly marks, also where the writer typed straight ones or left a piece open.
  @Test func piecesJoinedIntoTheClauseShowTheirOwnMarks() throws {
    let fixture = QuoteFixture(
      "Ada Lund described the depot as \"a costly mistake\". \"This comes from an insider. "
        + "\"It is the worst plan I can remember.\"")
    let quote = try #require(fixture.quotes.first)
    #expect(
      quote.text
        == "the depot as “a costly mistake”. “This comes from an insider. “It is the worst plan "
        + "I can remember.”")
    #expect(
      quote.segments.map(fixture.slice) == [
        "a costly mistake", "This comes from an insider.", "It is the worst plan I can remember.",
      ])
  }

  @Test func partialQuoteWithoutACueKeepsItsWords() throws {
    let fixture = QuoteFixture("The “⟦temporary measure for the whole region⟧” lasted ten years.")
    #expect(fixture.found == fixture.expected)
    let quote = try #require(fixture.quotes.first)
    #expect(quote.isPartial)
    #expect(quote.cue == nil)
    #expect(quote.text == "temporary measure for the whole region")
  }

  @Test func germanPartialQuoteKeepsItsWords() {
    let fixture = QuoteFixture(
      "Müller sagte, der Plan sei „⟦ein teurer Fehler⟧“ für die Stadt.", language: "de")
    #expect(fixture.found == fixture.expected)
    #expect(fixture.quotes.first?.text == "ein teurer Fehler")
  }

  @Test(
    arguments: [
      "Ada Lund said the plan was 'reckless' and «a waste of money». Weber agreed.",
      "The plan is “a disaster” and \"a con,\" Weber said, adding it was “unfair to us”.",
      "Weber said that \n the plan was “a disaster”, and Lund told him it was “a con”",
      "Weber said the plan was \"\"a disaster\"\" and ''a con'', and Lund called it ``a mess''.",
      "“We will win,” Lund said, calling the vote “a test for the whole city”.",
    ])
  func textIsTheClauseWithItsMarksNormalised(text: String) {
    let article = Article(title: "Fixture", language: "en", paragraphs: [text])
    let scalars = Array(article.text.unicodeScalars)
    for quote in QuoteExtractor().quotes(in: article) {
      #expect(0 <= quote.start && quote.start < quote.end && quote.end <= scalars.count)
      guard 0 <= quote.start, quote.start < quote.end, quote.end <= scalars.count else { continue }
      #expect(
        quote.segments.allSatisfy { quote.start <= $0.lowerBound && $0.upperBound <= quote.end })
      guard quote.isPartial, quote.cue != nil else { continue }
      #expect(
        Self.marksNormalised(scalars[quote.start..<quote.end])
          == Self.marksNormalised(quote.text.unicodeScalars))
    }
  }

  /// The scalars with every quotation mark made `"`, a mark typed as two (`''`, `""`) as one.
  static func marksNormalised(_ scalars: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar] {
    QuotePropertyTests.pairsJoined(scalars).map {
      $0.properties.isQuotationMark || $0.value == 0x60 ? "\"" : $0
    }
  }
}
