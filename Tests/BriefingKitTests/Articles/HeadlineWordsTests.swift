import Testing

@testable import BriefingKit

/// Counting a line's space-separated words, as the headline check does.
struct HeadlineWordsTests {
  @Test func countAgreesWithSplittingOnSpaces() {
    let lines = [
      "", " ", "   ", "Ad sales boost profits", "  two  spaces  ", "one", "tab\tis a word",
      "line\r\nbreak here", "Café owners protest", "a \u{301}b c", "x \u{600}y", "ends with ",
      String(repeating: "w ", count: 30),
    ]
    for line in lines {
      #expect(
        PlainTextReader.spaceSeparatedCount(line) == line.split(separator: " ").count,
        "\(line.debugDescription)")
    }
  }

  @Test func aLongLineIsNoHeadline() {
    let long = Array(repeating: "word", count: 26).joined(separator: " ")
    #expect(!PlainTextReader.isHeadline(long, before: "Body text follows."))
    #expect(PlainTextReader.isHeadline("Ad sales boost profits", before: "Body text follows."))
  }

  @Test func scalarCountAgreesWithTheScalarView() {
    let texts = ["", "a", "Café au lait", "日本語のテキスト", "👍🏽 ok", "e\u{301}te\u{301}", "Привет, мир"]
    for text in texts {
      for limit in [0, 1, 2, 5, 100] {
        #expect(
          PlainTextReader.scalarCount(text, limit: limit)
            == min(text.unicodeScalars.count, limit), "\(text.debugDescription) \(limit)")
      }
    }
  }

  @Test func aHeadlineWithAPeriodIsShorterThanWhatFollows() {
    let title = "Ölpreis steigt."
    #expect(PlainTextReader.isHeadline(title, before: "Der Ölpreis stieg am Montag weiter an."))
    // As many scalars as the headline, or fewer, after it: not a headline.
    #expect(!PlainTextReader.isHeadline(title, before: "Börse schließt."))
    #expect(!PlainTextReader.isHeadline(title, before: "Kurz."))
    let long = String(repeating: "é", count: 151)
    #expect(!PlainTextReader.isHeadline(long, before: "Body text follows."))
    #expect(PlainTextReader.isHeadline(String(long.dropFirst()), before: "Body text follows."))
  }
}
