import BriefingKit
import Testing

/// A noun of speech with its owner before a quote (`her remark that “…”`, `Lund’s claim that
/// …`) is the quote's cue, and the owner its speaker; `⟦…⟧` marks the reported clause.
struct QuoteStatementNounTests {
  @Test(
    arguments: [
      (
        ["Tom Weber rejected Ada Lund’s claim that ⟦the depot was “a costly mistake”⟧."],
        "claim", "Ada Lund’s"
      ),
      (
        [
          "Ada Lund spoke on Monday.",
          "Tom Weber mocked her remark that ⟦the depot was “a "
            + "costly mistake”⟧.",
        ],
        "remark", "her"
      ),
      (
        [
          "Ada Lund spoke on Monday.",
          "Tom Weber backed her call for ⟦“a vote before the "
            + "summer”⟧.",
        ],
        "call", "her"
      ),
      (
        [
          "Tom Weber quoted Ada Lund's warning during the debate that ⟦the depot would be “a "
            + "costly mistake”⟧."
        ],
        "warning", "Ada Lund's"
      ),
    ])
  func ownerOfTheNounSpeaks(paragraphs: [String], cue: String, mention: String) throws {
    let fixture = QuoteFixture(paragraphs)
    let quote = try #require(fixture.quotes.first)
    #expect(fixture.found == fixture.expected)
    #expect(quote.speaker == "Ada Lund")
    #expect(quote.cue == cue)
    #expect(quote.mention?.text == mention)
  }

  @Test(
    arguments: [
      "Tom Weber said ⟦her comment “has no place in this town”⟧.",
      "Tom Weber said ⟦his comments were twisted and that he was “never against the depot”⟧.",
    ])
  func nounThatIsTheSubjectOfTheReportIsNoCue(text: String) throws {
    let fixture = QuoteFixture(["Ada Lund spoke on Monday.", text])
    let quote = try #require(fixture.quotes.first)
    #expect(fixture.found == fixture.expected)
    #expect(quote.speaker == "Tom Weber")
    #expect(quote.cue == "said")
  }

  @Test func ownerNamedInPassingLeavesTheSpeakerOfTheSentence() throws {
    let fixture = QuoteFixture([
      "Ada Lund, a councillor, spoke on Monday.",
      "The councillor blasted Tom Weber’s call for ⟦“a second depot”⟧, calling ⟦it “absurd”⟧.",
    ])
    #expect(fixture.found == fixture.expected)
    #expect(fixture.quotes.map(\.speaker) == ["Tom Weber", "Ada Lund"])
  }
}
