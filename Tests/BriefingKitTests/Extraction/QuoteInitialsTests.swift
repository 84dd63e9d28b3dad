import BriefingKit
import Testing

/// Initials joined by dots (`J.T.`) open a name rather than end a sentence, and the speech
/// verbs of entertainment and sports copy are cues.
struct QuoteInitialsTests {
  private func quotes(_ paragraphs: [String]) -> [Quote] {
    QuoteExtractor().quotes(in: Article(title: "Fixture", language: "en", paragraphs: paragraphs))
  }

  @Test func initialsBeforeTheCueStartTheSpeakersName() {
    let found = quotes([
      "“The laptop stays the core of our trade,” R.J. Osei said in a statement.",
      "“We will sell phones too,” Osei added.",
    ])
    #expect(found.map(\.speaker) == ["R.J. Osei", "R.J. Osei"])
    #expect(found.first?.cue == "said")
  }

  @Test func abbreviationAtTheEndOfASentenceStillEndsIt() {
    let found = quotes(["Prices rose in the U.S. “It was a hard year,” said Mina Duval."])
    #expect(found.map(\.speaker) == ["Mina Duval"])
  }

  @Test(arguments: ["raved", "teased", "reasoned"])
  func celebrityCopyVerbsAreCues(verb: String) {
    let found = quotes(["Lena Voss starts filming soon. “It is the best part yet,” she \(verb)."])
    #expect(found.first?.speaker == "Lena Voss")
    #expect(found.first?.cue == verb)
  }
}
