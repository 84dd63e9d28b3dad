import BriefingKit
import Testing

struct QuoteStyleTests {
  @Test(
    arguments: [
      "“⟦We will win the vote tomorrow⟧,” Okafor said.",
      "\"⟦We will win the vote tomorrow⟧,\" Okafor said.",
      "‘⟦We will win the vote tomorrow⟧,’ Okafor said.",
      "'⟦We will win the vote tomorrow⟧,' Okafor said.",
      "«⟦We will win the vote tomorrow⟧», Okafor said.",
      "« ⟦We will win the vote tomorrow⟧ », Okafor said.",
      "„⟦We will win the vote tomorrow⟧“, Okafor said.",
      "‚⟦We will win the vote tomorrow⟧‘, Okafor said.",
      "「⟦We will win the vote tomorrow⟧」, Okafor said.",
      "''⟦We will win the vote tomorrow⟧,'' Okafor said.",
      "\"\"⟦We will win the vote tomorrow⟧,\"\" Okafor said.",
      "»⟦We will win the vote tomorrow⟧«, Okafor said.",
    ])
  func findsEveryQuotationStyle(text: String) {
    let fixture = QuoteFixture(text)
    #expect(fixture.found == fixture.expected)
    #expect(fixture.quotes.first?.mention?.text == "Okafor")
    #expect(fixture.quotes.first?.cue == "said")
  }

  @Test func apostrophesAreNotQuotes() {
    let fixture = QuoteFixture(
      "It's the growers' union, not the dealers' board, that runs the Smiths' farm, he said.")
    #expect(fixture.quotes.isEmpty)
  }

  @Test func apostrophesInsideAQuoteDoNotEndIt() {
    let fixture = QuoteFixture(
      "“⟦It's the growers' turn and we don't intend to wait⟧,” said Mara Lind.")
    #expect(fixture.found == fixture.expected)
    #expect(fixture.quotes.first?.speaker == "Mara Lind")
  }

  @Test func inchMarksAndDecadesAreNotQuotes() {
    let fixture = QuoteFixture(
      "The 12\" pipe and a 5'11\" frame date from the '90s, according to the catalogue.")
    #expect(fixture.quotes.isEmpty)
  }

  @Test(
    arguments: [
      "The bank said the odds were \"⟦no better than 50/50⟧\". Either way, costs must fall.",
      "Shares \"⟦will climb toward 9,000⟧\", predicted Ada Lund, a broker, on Monday.",
      "She wants \"⟦a vote before the end of 2027⟧\" and no delay, Ada Lund said.",
    ])
  func straightMarkAfterADigitClosesTheOpenQuote(text: String) {
    let fixture = QuoteFixture(text)
    #expect(fixture.quotes.flatMap(\.segments) == fixture.expected)
    #expect(!fixture.quotes.contains { $0.text.contains("\"") })
  }

  @Test func singleQuotesInsideDoubleQuotesStayInside() {
    let fixture = QuoteFixture(
      "“⟦They called it ‘a ruinous plan’ and left the room early⟧,” Okafor said.")
    #expect(fixture.found == fixture.expected)
  }

  @Test func quoteTextIsTheArticleSlice() throws {
    let fixture = QuoteFixture(["Budget row", "“⟦Nobody will pay more tax this year⟧,” he said."])
    let quote = try #require(fixture.quotes.first)
    #expect(quote.text == fixture.slice(quote.start..<quote.end))
    #expect(quote.text == "Nobody will pay more tax this year")
  }
}
