import BriefingKit
import Testing

struct SentenceSplitterTests {
  /// The sentences of `text` as strings, cut at the splitter's scalar offsets.
  func split(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return SentenceSplitter().sentences(in: text).map {
      String(String.UnicodeScalarView(scalars[$0]))
    }
  }

  @Test(arguments: [
    ("The council met. It voted no.", ["The council met.", "It voted no."]),
    (
      "Dr. Smith met Mr. Jones today. They talked.",
      ["Dr. Smith met Mr. Jones today.", "They talked."]
    ),
    ("J. R. R. Tolkien wrote it. Fans agree.", ["J. R. R. Tolkien wrote it.", "Fans agree."]),
    (
      "Growth was 3.5 percent. Costs rose by 1,000 euros.",
      ["Growth was 3.5 percent.", "Costs rose by 1,000 euros."]
    ),
    (
      "The vote is on Dec. 3 in Washington. Nobody knows.",
      ["The vote is on Dec. 3 in Washington.", "Nobody knows."]
    ),
    (
      "U.S. officials agreed. The talks end in the U.S. The end.",
      ["U.S. officials agreed.", "The talks end in the U.S.", "The end."]
    ),
    ("“We will win,” he said. “Soon.”", ["“We will win,” he said.", "“Soon.”"]),
    ("\"Is it over?\" she asked. Nobody knew!", ["\"Is it over?\" she asked.", "Nobody knew!"]),
    ("He paused... Then he left.", ["He paused...", "Then he left."]),
    (
      "See e.g. Section 4 of the law. It is clear.",
      ["See e.g. Section 4 of the law.", "It is clear."]
    ),
    ("Visit example.com today. Bye.", ["Visit example.com today.", "Bye."]),
    ("Am 9. September 2026 kam er. Sie ging.", ["Am 9. September 2026 kam er.", "Sie ging."]),
    ("Он сказал: «Да». Потом ушёл.", ["Он сказал: «Да».", "Потом ушёл."]),
    (
      "Apple Inc. Chief Tim Cook spoke. Shares rose (slightly.) Then fell.",
      [
        "Apple Inc. Chief Tim Cook spoke.", "Shares rose (slightly.)", "Then fell.",
      ]
    ),
    ("会议结束了。他走了。", ["会议结束了。", "他走了。"]),
    ("It may go well. ” Also, he left.", ["It may go well. ”", "Also, he left."]),
    ("He met Malcolm X. The crowd cheered.", ["He met Malcolm X.", "The crowd cheered."]),
    ("Es gibt z. B. Äpfel. Gut.", ["Es gibt z. B. Äpfel.", "Gut."]),
    ("It ended. . Then more.", ["It ended. .", "Then more."]),
  ])
  func splitsSentences(text: String, expected: [String]) {
    #expect(split(text) == expected)
  }

  @Test func germanOrdinalsBeforeNounsWithALanguageHint() {
    let text = "Das Tor fiel in der 68. Minute. Die Fans jubelten bis zum 3. Oktober."
    let german = SentenceSplitter(language: "de").sentences(in: text)
    #expect(german == [0..<31, 32..<69])
    // Without the hint a number before a capitalised word ends the sentence, as in English.
    #expect(SentenceSplitter().sentences(in: "Arsenal won 2-1. Henry scored.").count == 2)
  }

  @Test func paragraphsAndLinesBreakSentences() {
    let text = "Headline without stop\n\nFirst paragraph ends\n  \nSecond one\ncontinues here. Done"
    #expect(
      split(text) == [
        "Headline without stop", "First paragraph ends", "Second one\ncontinues here.", "Done",
      ])
  }

  @Test func rangesAreScalarOffsetsTrimmedOfSpaces() {
    let text = "  Café “ünïcode” 👍🏽 here.   Next one.  "
    let ranges = SentenceSplitter().sentences(in: text)
    #expect(ranges == [2..<25, 28..<37])
  }

  @Test(arguments: ["", "   ", "\n\n\n", ".", "...", "“", "a.b.c.", "Mr.", "1.", "\r\n\r\n"])
  func oddTextNeverTraps(text: String) {
    let ranges = SentenceSplitter().sentences(in: text)
    let count = text.unicodeScalars.count
    for range in ranges {
      #expect(range.lowerBound >= 0 && range.upperBound <= count && !range.isEmpty)
    }
  }

  @Test func chunkedSplittingMatchesTheWholeText() {
    let paragraph = "Der Rat tagte. „Gut“, sagte Dr. Ümit Kaya 👍🏽. Next one\nwraps here… Fin.\n \n"
    let text = String(repeating: paragraph, count: 2_000) + "Tail without end"
    let whole = SentenceSplitter().sentences(in: Array(text.unicodeScalars))
    #expect(SentenceSplitter().sentences(in: text) == whole)
    #expect(whole.count == 2_000 * 4 + 1)
  }

  @Test func rangesAreOrderedAndDisjoint() {
    let text = String(repeating: "Mr. A. B. said “yes.” Then? No! U.S. Inc. 3. Dec. ", count: 50)
    let ranges = SentenceSplitter().sentences(in: text)
    #expect(!ranges.isEmpty)
    for (earlier, later) in zip(ranges, ranges.dropFirst()) {
      #expect(earlier.upperBound <= later.lowerBound)
    }
  }
}
