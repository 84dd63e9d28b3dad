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

  @Test(arguments: ["covid19", "B2B", "4x4", "G7", "F-35B", "1990s", "Ab12cD34"])
  func wordsMixingLettersAndDigitsAreOneWord(word: String) throws {
    let scalars = Array("(\(word))".unicodeScalars)
    let tokens = QuoteTokenizer().tokens(in: scalars)
    try #require(tokens.count == 3)
    #expect(tokens[1].isWord && tokens[1].start == 1 && tokens[1].end == scalars.count - 1)
    #expect(tokens[1].hash == QuoteToken.hash(of: word))
  }

  @Test func wordFlagsSayWhatTheirScalarsAre() throws {
    let text = "al-Assad spoke repeatedly, J.T NATO Polizeisprecher Mayor"
    let scalars = Array(text.unicodeScalars)
    let words = QuoteTokenizer().tokens(in: scalars).filter(\.isWord)
    try #require(words.count == 7)
    #expect(words[0].isCapitalized && !words[0].isLowercase)
    #expect(words[1].isLowercase && !words[1].isAdverb)
    #expect(words[2].isAdverb && words[2].lastScalar == 0x79)
    #expect(words[3].isInitials && words[3].isAllCaps)
    #expect(words[4].isAllCaps && !words[4].isInitials)
    #expect(words[5].hasRoleSuffix && words[5].roleSuffix == QuoteToken.hash(of: "sprecher"))
    #expect(!words[6].hasRoleSuffix && words[6].roleSuffix == 0 && !words[6].isAllCaps)
    #expect(words.allSatisfy { $0.scalar == 0 })
  }

  @Test func marksAndBreaksKeepTheirScalar() throws {
    let tokens = QuoteTokenizer().tokens(in: Array("“Yes,” she said.\n\n  Then".unicodeScalars))
    let kinds = tokens.map(\.kind)
    #expect(
      kinds == [.mark, .word, .punctuation, .mark, .word, .word, .punctuation, .lineBreak, .word])
    let scalars = tokens.filter { !$0.isWord }.map(\.scalar)
    #expect(scalars == [0x201C, 0x2C, 0x201D, 0x2E, 0x0A])
    #expect(
      tokens.filter { !$0.isWord }.allSatisfy { $0.lastScalar == 0 && $0.hash == UInt64($0.scalar) }
    )
    #expect(tokens[7].start == 16 && tokens[7].end == 20)
  }

  /// Text denser in tokens than prose (one in three scalars) fills the first room reserved,
  /// and the rest still comes, in order.
  @Test(arguments: [1, 2, 30, 31, 32, 33, 100, 1000])
  func punctuationDenseTextKeepsEveryToken(count: Int) {
    let text = String(repeating: "!a", count: count)
    let tokens = QuoteTokenizer().tokens(in: Array(text.unicodeScalars))
    #expect(tokens.count == count * 2)
    #expect(tokens.map(\.start) == Array(0..<(count * 2)))
    #expect(tokens.enumerated().allSatisfy { $0.element.isWord == ($0.offset % 2 == 1) })
  }

  @Test func tokensStartWhereTheyAreAskedFor() {
    let scalars = Array("Ada said. Then Ben".unicodeScalars)
    let tokens = QuoteTokenizer().tokens(in: scalars, from: 10)
    #expect(tokens.map(\.start) == [10, 15])
    #expect(QuoteTokenizer().tokens(in: scalars, from: 100).isEmpty)
  }
}
