import Testing

@testable import BriefingKit

/// The quote tokenizer's word hashes and bounds.
struct QuoteTokenizerTests {
  @Test func wordHashesMatchTheHashOfTheirText() {
    let text = "MPs' vote: O'Neill, U.S. 2024 Ünal & Straße—don’t BBC-News ÀÉÎ αβΓ мИр l-Sisi"
    let scalars = Array(text.unicodeScalars)
    let words = QuoteTokenizer().tokens(in: scalars).filter(\.isWord)
    let spelled = words.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    #expect(
      spelled == [
        "MPs", "vote", "O'Neill", "U.S", "2024", "Ünal", "Straße", "don’t", "BBC-News", "ÀÉÎ",
        "αβΓ", "мИр", "l-Sisi",
      ])
    for (word, text) in zip(words, spelled) {
      #expect(word.hash == QuoteToken.hash(of: text), "\(text)")
    }
    #expect(words.first?.isCapitalized == true)
    #expect(words.first(where: { $0.hash == QuoteToken.hash(of: "bbc-news") })?.isAllCaps == false)
  }
}
