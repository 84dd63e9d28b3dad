import Testing

@testable import BriefingKit

/// Quote text is spelled from the article's scalars.
struct QuoteScalarTests {
  /// Runs of ASCII long enough for the eight-at-a-time path, broken by scalars of two, three
  /// and four bytes at every offset.
  @Test(arguments: [
    "“Wir schaffen das”, sagte Merkel am Montag in Berlin, „ganz sicher“.",
    "plain ASCII text that runs well past eight scalars, twice over and more",
    "é", "日本語のテキストと English words mixed 🙂 together 🙂🙂 end",
    "abcdefg\u{80}abcdefgh\u{7F}\u{800}\u{FFFF}\u{10000}\u{10FFFF}zzzzzzzzzzzzzzzzz",
  ])
  func stringSpellsEveryRangeOfScalars(text: String) {
    let scalars = Array(text.unicodeScalars)
    for lower in 0...scalars.count {
      for upper in lower...scalars.count {
        let expected = String(String.UnicodeScalarView(scalars[lower..<upper]))
        guard QuoteScalar.string(scalars, lower..<upper) == expected else {
          Issue.record("\(lower)..<\(upper) of \(text)")
          return
        }
      }
    }
  }

  @Test func stringClampsItsRangeToTheScalars() {
    let scalars = Array("Ada Lund said so.".unicodeScalars)
    #expect(QuoteScalar.string(scalars, 4..<100) == "Lund said so.")
    #expect(QuoteScalar.string(scalars, -5..<3) == "Ada")
    #expect(QuoteScalar.string(scalars, 50..<60) == "")
  }
}
