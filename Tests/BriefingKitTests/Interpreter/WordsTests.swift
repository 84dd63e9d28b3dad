import BriefingKit
import Testing

struct WordsTests {
  @Test(arguments: [
    ("load a.txt b.txt", ["load", "a.txt", "b.txt"]),
    (#"load "my news/a.txt""#, ["load", "my news/a.txt"]),
    ("set subject 'It''s late'", ["set", "subject", "Its late"]),
    (#"say "a \"quoted\" word""#, ["say", #"a "quoted" word"#]),
    (#"path\ with\ spaces"#, ["path with spaces"]),
    ("  spaced   out  ", ["spaced", "out"]),
    (#"empty "" arg"#, ["empty", "", "arg"]),
    ("кириллица «ёлка»", ["кириллица", "«ёлка»"]),
  ])
  func splitsLikeAShell(line: String, words: [String]) throws {
    #expect(try Words.split(line) == words)
  }

  @Test func unterminatedQuoteIsAnError() {
    #expect(throws: CommandError.unterminatedQuote) { try Words.split(#"load "news"#) }
    #expect(CommandError.unterminatedQuote.description.contains("unterminated quote"))
  }

  @Test func loneBackslashIsAnError() {
    #expect(throws: CommandError.danglingEscape) { try Words.split("load news\\") }
  }

  @Test(arguments: ["plain", "two words", #"say "hi""#, "back\\slash", "", "it's", "tab\there"])
  func quotingRoundTrips(word: String) throws {
    #expect(try Words.split(Words.quote(word)) == [word])
  }
}
