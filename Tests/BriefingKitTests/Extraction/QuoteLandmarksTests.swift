import Testing

@testable import BriefingKit

/// The tokens the quote passes stop at.
struct QuoteLandmarksTests {
  private func tokens(_ text: String) -> [QuoteToken] {
    QuoteTokenizer().tokens(in: Array(text.unicodeScalars))
  }

  @Test(arguments: [
    "", "word", "(", "“Yes,” she said.\n\n«Non» (@handle) – ‘so’ 'it' \"is\"", "a\nb\r\n(c) d.",
    "Straße „Ja“ — «да» (ü)",
  ])
  func landmarksAreTheMarksBreaksAndOpeningBrackets(text: String) {
    let tokens = tokens(text)
    let expected = tokens.indices.filter {
      tokens[$0].kind == .mark || tokens[$0].kind == .lineBreak
        || tokens[$0].kind == .punctuation && tokens[$0].scalar == 0x28
    }
    #expect(QuoteLandmarks(tokens: tokens).indices == expected)
  }
}
