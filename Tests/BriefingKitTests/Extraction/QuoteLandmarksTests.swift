import Testing

@testable import BriefingKit

/// The tokens the quote passes stop at, and the copies the people of an article are read from.
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

  @Test(arguments: [0, 1, 2, 3, 15, 16, 17, 31, 32, 33, 100])
  func copiesKeepEveryElementAndMakeRoom(count: Int) {
    let scalars = (0..<count).map { Unicode.Scalar(UInt8(truncatingIfNeeded: 0x41 + $0 % 26)) }
    let scalarCopy = QuoteExtractor.copy(of: scalars, room: 3)
    #expect(scalarCopy == scalars)
    #expect(scalarCopy.capacity >= count + 3)
    let tokens = tokens(String(String.UnicodeScalarView(scalars.map { [$0, " "] }.joined())))
    #expect(QuoteExtractor.copy(of: tokens, room: 0) == tokens)
    #expect(QuoteExtractor.copy(of: tokens, room: -1) == tokens)
  }
}
