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
}
