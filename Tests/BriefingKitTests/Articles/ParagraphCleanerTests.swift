import Testing

@testable import BriefingKit

struct ParagraphCleanerTests {
  @Test func collapsesSpacesAndDropsInvisibleScalars() {
    let text = "  a\u{A0}\u{A0}b\u{AD}c\t\u{FEFF}d \u{85} e\u{1}f\u{7F}  "
    #expect(Paragraphs.clean(text) == "a bc d ef")
  }

  @Test func copiesPlainRunsAndOtherScalarsAlike() {
    let text = "Zürich's “Fête”  costs £5 —  a  record.\u{2028}Next"
    #expect(Paragraphs.clean(text) == "Zürich's “Fête” costs £5 — a record. Next")
    #expect(
      Paragraphs.clean(Substring(text).dropFirst(3)) == "ich's “Fête” costs £5 — a record. Next")
  }

  @Test func splitsAtBlankLinesAndJoinsLines() {
    #expect(
      Paragraphs.split(plainText: "Title\n\nLine one\n  line two \n \t\nLast")
        == ["Title", "Line one line two", "Last"])
  }

  @Test func withoutBlankLinesEachLineIsAParagraph() {
    #expect(Paragraphs.split(plainText: "one\n two \nthree") == ["one", "two", "three"])
  }

  @Test func blankLinesMayHoldAnyWhiteSpace() {
    #expect(Paragraphs.split(plainText: "a\n\u{A0}\u{2003}\nb") == ["a", "b"])
  }
}
