import BriefingKit
import Testing

/// A title in quotation marks after a quote's cue names where the words appeared: it is no
/// quote of its own and no part of the quote before it, even with the writer's comma inside
/// the marks (US style).
struct QuoteTitleAfterCueTests {
  @Test(
    arguments: [
      "“⟦We will not change the plan⟧,” the coach told the magazine “Sports Weekly,” adding that "
        + "the squad was fit.",
      "“⟦The final is what matters⟧,” Dana Ruiz wrote in “The Players' Voice,” a fan website.",
      "“⟦We will not change the plan⟧,” the coach told the magazine “Sports Weekly”.",
      "\"\"⟦We never give up⟧,\"\" Ruiz told \"\"Good Morning Riverside,\"\" a breakfast show.",
    ])
  func titleAfterTheCueIsNoQuote(text: String) {
    let fixture = QuoteFixture(text)
    #expect(fixture.found == fixture.expected)
    #expect(fixture.quotes.allSatisfy { $0.segments.count == 1 })
  }

  @Test func quoteWithItsOwnCommaBeforeTheCueStays() {
    let fixture = QuoteFixture("“⟦Harbour Lights Forever⟧,” Dana Ruiz said of the old song.")
    #expect(fixture.found == fixture.expected)
    #expect(fixture.quotes.first?.speaker == "Dana Ruiz")
  }

  @Test func partialQuoteAfterTheCueStays() {
    let fixture = QuoteFixture(
      "Dana Ruiz said ⟦the plan was “a costly mistake, and a slow one,” for the club⟧.")
    #expect(fixture.found == fixture.expected)
  }
}
