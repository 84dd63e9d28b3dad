import BriefingKit
import Testing

/// Adding analysed articles: duplicates found by hash before any analysis, quotes read back.
struct SessionAddTests {
  static func article(_ title: String, _ body: String) -> Article {
    Article(title: title, date: "2026-03-04", source: "Ledger", paragraphs: [body])
  }

  @Test func aDuplicateIsSkippedBeforeItIsAnalysed() throws {
    let store = try SessionStore()
    var calls: [String] = []
    let first = try store.add(
      analysing: { article, hash in
        calls.append(article.title)
        return AnalysedArticle(article: article, quotes: [], topics: [], summary: "", hash: hash)
      }
    ) { add in
      for title in ["Tide", "Tide", "Kelp"] { try add(Self.article(title, "Low water at six.")) }
    }
    #expect(first.added == [1, 2])
    #expect(first.duplicates.map(\.existingID) == [1])
    #expect(calls == ["Tide", "Kelp"])
    // Into a session that already holds articles, the duplicate is found by a query.
    let second = try store.add(
      analysing: { article, hash in
        calls.append(article.title)
        return AnalysedArticle(article: article, quotes: [], topics: [], summary: "", hash: hash)
      }
    ) { add in
      for title in ["Kelp", "Reef"] { try add(Self.article(title, "Low water at six.")) }
    }
    #expect(second.added == [3])
    #expect(second.duplicates.map(\.existingID) == [2])
    #expect(calls == ["Tide", "Kelp", "Reef"])
    #expect(try store.articles().map(\.article.title) == ["Tide", "Kelp", "Reef"])
  }

  @Test func theContentHashIsFNV1aOverTitleAndText() {
    let article = Article(title: "Café Ñandú", paragraphs: ["Ёлка — “ok”.", "Ende 🙂"])
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    let bytes = Array(article.title.utf8) + [0x1f] + Array(article.text.utf8)
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    let expected = String(hash, radix: 16)
    #expect(AnalysedArticle.contentHash(of: article).hasSuffix(expected))
    #expect(AnalysedArticle.contentHash(of: article).count == 16)
    #expect(
      AnalysedArticle.contentHash(of: Article(title: "", paragraphs: [])) == "af63d24c8601db8e")
  }

  @Test func everyQuoteFieldReadsBackAsStored() throws {
    let quotes = [
      Quote(
        text: "Wir bleiben – “so” ist es", start: 3, end: 28, speaker: "Jörg Haß", role: "Sprecher",
        mention: Mention(text: "Haß", start: 40, end: 43), cue: "sagte", isPartial: true,
        segments: [3..<10, 15..<28]),
      Quote(text: "plain", start: 50, end: 55),
    ]
    let store = try SessionStore()
    _ = try store.add([
      AnalysedArticle(
        article: Self.article("Hafen", "A body long enough for every offset of the quotes."),
        quotes: quotes, topics: [], summary: "")
    ])
    let stored = try store.quotes()
    #expect(stored.map(\.id) == ["1.1", "1.2"])
    #expect(stored.map(\.articleID) == [1, 1])
    #expect(stored[0].quote == quotes[0])
    #expect(stored[1].quote == quotes[1])
    #expect(stored[1].quote.speaker == nil && stored[1].quote.mention == nil)
    #expect(try store.quote(id: "1.1") == stored[0])
    #expect(try store.quotes(speaker: "jörg").map(\.id) == ["1.1"])
  }
}
