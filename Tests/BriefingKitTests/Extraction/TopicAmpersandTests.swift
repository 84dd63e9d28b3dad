import BriefingKit
import Testing

/// An ampersand between capitals is part of a name (`AT&T`, `M&S`, `R&B`); written between
/// spaced words it still separates them.
struct TopicAmpersandTests {
  func topics(_ body: String) -> [Topic] {
    TopicExtractor().topics(
      in: Article(title: "Results day", language: "en", paragraphs: [body]), quotes: [])
  }

  @Test func anAmpersandBetweenCapitalsStaysInTheName() {
    let found = topics(
      "AT&T cut its prices on Monday. Shares in M&S rose after AT&T reported, and the R&B "
        + "singer Mara Quell praised M&S for its stores.")
    let names = found.map(\.name)
    #expect(names.contains("AT&T"), "\(names)")
    #expect(names.contains("M&S"), "\(names)")
    #expect(!names.contains { $0 == "AT" || $0 == "B singer" || $0.hasPrefix("S ") }, "\(names)")
  }

  @Test func aSpacedAmpersandStillEndsAWord() {
    let names = topics("Tea & biscuits were served to the board on Monday.").map(\.name)
    #expect(!names.contains { $0.contains("&") }, "\(names)")
  }
}
