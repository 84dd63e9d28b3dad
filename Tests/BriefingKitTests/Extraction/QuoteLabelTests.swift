import BriefingKit
import Testing

/// A name printed before a quote as a label, with no verb, is its speaker: features that
/// gather many voices set them so.
struct QuoteLabelTests {
  private func quotes(_ paragraphs: [String]) -> [Quote] {
    QuoteExtractor().quotes(in: Article(title: "Fixture", language: "en", paragraphs: paragraphs))
  }

  @Test func nameBeforeTheQuoteIsItsSpeaker() {
    let found = quotes([
      "Parties grew bigger. Rob Van Dorn “My first big wedding went on for four days.” Then "
        + "the crash came. Oona Marsh “The first months were quiet. Nobody spent money.”"
    ])
    #expect(found.map(\.speaker) == ["Rob Van Dorn", "Oona Marsh"])
  }

  @Test func labelRightAfterTheLastQuoteStartsANewSpeaker() {
    let found = quotes([
      "Tessa Blum, florist “Flowers became a luxury.” Oona Marsh “Cakes grew taller every year.”",
      "Oona Marsh runs a bakery.",
    ])
    #expect(found.map(\.speaker) == ["Tessa Blum", "Oona Marsh"])
  }

  @Test func capitalisedWordsInTheWritersSentenceAreNoLabel() {
    let found = quotes(["The fans of Harbour Town “Never Stop” cheered. “We won,” said Ada Lund."])
    #expect(found.map(\.speaker) == ["Ada Lund"])
  }

  @Test func lowerCaseQuoteAfterANameIsNoLabelledQuote() {
    let found = quotes(["Critics called Rob Van Dorn “a born showman” last year."])
    #expect(found.allSatisfy { $0.speaker == nil })
  }
}
