import BriefingKit
import Foundation
import FuzzSupport
import PropertyBased
import Testing

/// Properties over generated inputs (x-sheep/swift-property-based): quote offsets, session ids
/// across save and reopen, memo structure whatever the text, and command-line round trips.
struct PropertyTests {
  /// Pieces of news text: words, names, cues, every quotation mark, punctuation, odd spaces.
  static let newsPieces = [
    "the", "council", "we", "will", "build", "it", "now", "Anna", "Berg", "said", "says", "told",
    "according to", "sagte", "er", "Mr.", "Dr.", "U.S.", "3.5", "O’Brien", "it's", "'90s", " ",
    " ", " ", " ", "\n", "\n\n", "\t", "\u{A0}", "\"", "“", "”", "‘", "’", "'", "«", "»", "„",
    "‚", "「", "」", "—", "…", ",", ".", "!", "?", ":", ";", "(", ")", "é", "e\u{301}", "🇩🇪",
    "\u{0}", "\r\n", "\u{FFFD}", "ß", "İ", "Ünal", "Москва", "сказал",
  ]
  static let newsText = Gen<String?>.element(of: newsPieces).array(of: 0...150).map {
    $0.compactMap { $0 }.joined()
  }

  /// Pieces of Markdown that must stay literal inside a memo.
  static let markdownPieces = [
    "# ", "## ", "===", "---", "***", "___", "- ", "* ", "+ ", "1. ", "2) ", "> ", "```", "~~~",
    "<div>", "<!-- ", "|", "\\", "&amp;", "&#42;", " ##", "**", "_", "[x]", "](http://a)",
    "http://a.example/c", "\n", "\r", "\u{2028}", "\u{85}", "\u{1}", "\u{7F}", "\u{3000}", " ",
    "word", "Title", "#", "=", "-", "1", ".", "\t    ", "",
  ]
  static let markdownText = Gen<String?>.element(of: markdownPieces).array(of: 0...8).map {
    $0.compactMap { $0 }.joined()
  }

  /// Pieces of command lines: quotes, escapes, blanks and plain words.
  static let linePieces = [
    "load", "a.txt", "my news", "\"", "'", "\\", " ", "\t", "\n", "\r", "é", "«", "", "#", "x",
  ]
  static let lineText = Gen<String?>.element(of: linePieces).array(of: 0...20).map {
    $0.compactMap { $0 }.joined()
  }

  @Test func quoteOffsetsLieInsideTheTextAndSliceBackToTheQuote() async {
    let languages = Gen<String?>.element(of: ["und", "en", "de", "ru"])
    await propertyCheck(count: 400, input: Self.newsText, languages) { text, language in
      let article = Article(title: "T", language: language ?? "und", paragraphs: [text])
      let quotes = QuoteExtractor().quotes(in: article)
      #expect(QuoteCheck.violations(of: quotes, in: article.text) == [])
    }
  }

  @Test func quotesAreFoundInGeneratedStyleText() {
    let text = "“We will build it now,” Anna Berg said. The council “will build it,” she said."
    let quotes = QuoteExtractor().quotes(
      in: Article(title: "T", language: "en", paragraphs: [text]))
    #expect(quotes.count == 2)
    #expect(QuoteCheck.violations(of: quotes, in: text) == [])
  }

  @Test func idsAreStableAcrossSaveAndReopen() async throws {
    await propertyCheck(count: 15, input: Self.newsText.array(of: 1...6), Gen.int(in: 0...3)) {
      bodies, dropped in
      let store = try SessionStore()
      let articles = bodies.enumerated().map { index, body in
        Self.analysed(Article(title: "A\(index)", paragraphs: [body + " Item \(index)."]))
      }
      _ = try store.add(Array(articles.prefix(2)))
      _ = try store.add(Array(articles.dropFirst(2)))
      try store.drop(ids: (0..<dropped).map { $0 + 1 })
      let path = FileManager.default.temporaryDirectory.appendingPathComponent(
        "briefing-\(UUID()).session"
      ).path
      defer { try? FileManager.default.removeItem(atPath: path) }
      try store.save(to: path)
      let reopened = try SessionStore(path: path)
      #expect(try Self.snapshot(reopened) == Self.snapshot(store))
      let next = Self.analysed(Article(title: "Next", paragraphs: ["Added after reopening."]))
      #expect(try reopened.add([next]).added == store.add([next]).added)
    }
  }

  @Test func aMemoFromAnyTextHasThePlainMemosStructure() async {
    await propertyCheck(count: 150, input: Self.markdownText.array(of: 20)) { values in
      #expect(MemoCheck.violations(values: values) == [])
    }
  }

  @Test(.enabled(if: Cmark.isAvailable))
  func cmarkSeesTheSameBlocksInAMemoFromAnyText() async {
    let blocks = [
      "<heading", "<list ", "<item>", "<block_quote", "<code_block", "<html_block",
      "<thematic_break",
    ]
    await propertyCheck(count: 12, input: Self.markdownText.array(of: 20)) { values in
      for (template, memo, plain) in try MemoCheck.memos(values: values) {
        let found = try Cmark.xml(from: memo)
        let expected = try Cmark.xml(from: plain)
        for block in blocks {
          let count = { (xml: String) in xml.components(separatedBy: block).count }
          #expect(count(found) == count(expected), "\(template): \(block) in \(values)")
        }
      }
    }
  }

  @Test func quotedWordsSplitBackToTheSameWords() async {
    await propertyCheck(count: 400, input: Self.lineText.array(of: 0...6)) { words in
      #expect(WordsCheck.roundTrip(words) == [])
    }
  }

  @Test func splittingThenJoiningACommandLineRoundTrips() async {
    await propertyCheck(count: 400, input: Self.lineText) { line in
      guard let words = try? Words.split(line) else { return }
      #expect(WordsCheck.roundTrip(words) == [])
    }
  }

  static func analysed(_ article: Article) -> AnalysedArticle {
    let quotes = QuoteExtractor().quotes(in: article)
    return AnalysedArticle(
      article: article, quotes: quotes,
      topics: TopicExtractor().topics(in: article, quotes: quotes),
      summary: Summarizer().summary(of: article))
  }

  /// Everything ids point at: article ids and texts, quote ids and texts, topic names.
  static func snapshot(_ store: SessionStore) throws -> [String] {
    let articles = try store.articles(withText: true).map { "\($0.article.id) \($0.article.text)" }
    let quotes = try store.quotes().map { "\($0.id) \($0.articleID) \($0.quote.text)" }
    let topics = try store.sessionTopics().map { "\($0.name) \($0.articles)" }
    return articles + quotes + topics
  }
}
