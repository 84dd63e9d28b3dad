import Testing

@testable import BriefingKit

/// How many words the ranker counts in a topic's name.
struct TopicNameWordsTests {
  @Test func wordsAreRunsBetweenSpaces() {
    let names = [
      "", " ", "Putin", "Vladimir Putin", "  Bank  of England ", "Ünal Özdemir", "Jean-Luc",
      "a\tb", "日本 銀行",
    ]
    for name in names {
      #expect(
        TopicRanker.wordCount(name) == name.utf8.split(separator: 0x20).count,
        "\(name.debugDescription)")
    }
    #expect(TopicRanker.wordCount("Bank of England") == 3)
  }
}
