import BriefingKit
import Testing

struct TokenizerTests {
  func words(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return Tokenizer().tokens(in: text).map { String(String.UnicodeScalarView(scalars[$0.range])) }
  }

  @Test(arguments: [
    ("It's 3.5 km.", ["It's", "3.5", "km"]),
    ("Don’t stop the mother-in-law -- now!", ["Don’t", "stop", "the", "mother-in-law", "now"]),
    (
      "Costs: 1,000 euros at 10:30 on 2026-02-02.",
      ["Costs", "1,000", "euros", "at", "10:30", "on", "2026-02-02"]
    ),
    ("„Ja“, sagte Ümit. Привет, мир! G7", ["Ja", "sagte", "Ümit", "Привет", "мир", "G7"]),
    ("end. 'quoted' - dash", ["end", "quoted", "dash"]),
    ("", []),
  ])
  func splitsWordsAndNumbers(text: String, expected: [String]) {
    #expect(words(text) == expected)
  }

  @Test func kindsAndOffsets() {
    let tokens = Tokenizer().tokens(in: "👍🏽 Mai 2026")
    #expect(tokens == [Token(range: 3..<6, kind: .word), Token(range: 7..<11, kind: .number)])
  }
}
