import BriefingKit
import Testing

/// Scraped text, JSON bodies and Markdown carry HTML character references; the reader turns
/// them into the characters they stand for, and leaves everything else as written.
struct CharacterReferencesTests {
  func body(_ text: String, path: String = "a.txt") throws -> String {
    let result = try ArticleReader().read(Array(text.utf8), path: path)
    return try #require(result.articles.first).paragraphs.joined(separator: "\n")
  }

  @Test(
    arguments: [
      ("The communiqu&#233; was signed.", "The communiqué was signed."),
      ("Fares rose to &#xa3;4 and &#XA3;5.", "Fares rose to £4 and £5."),
      (
        "Rainn Wilson &amp; Ellen Page in &quot;Super&quot;.",
        "Rainn Wilson & Ellen Page in \"Super\"."
      ),
      (
        "It&#039;s the team&rsquo;s &lsquo;best&rsquo; year &mdash; so far.",
        "It's the team’s ‘best’ year — so far."
      ),
      ("Se&ntilde;or Mu&ntilde;oz met &Eacute;douard.", "Señor Muñoz met Édouard."),
      ("A &#146;smart&#146; card.", "A ’smart’ card."),
      ("Ten&nbsp;per&nbsp;cent &nbsp; rose.", "Ten per cent rose."),
      ("Co&shy;operation grew.", "Cooperation grew."),
    ])
  func plainTextReferencesAreDecoded(text: String, expected: String) throws {
    #expect(try body(text) == expected)
  }

  @Test(
    arguments: [
      "R&D spending and AT&T; rose.", "Profits & losses.", "The &bogus; entity stays.",
      "A &#0; and &#xD800; and &#1114112; stay.", "Half a reference: &#233 here.",
      "An & at the end &", "&;",
    ])
  func textThatIsNoReferenceStaysAsWritten(text: String) throws {
    #expect(try body(text) == text)
  }

  @Test func referencesInJSONAndMarkdownAreDecoded() throws {
    let json =
      #"{"title": "Q&amp;A on the caf&eacute;", "text": "The caf&#233; opened.", "author": "Ren&eacute; Roe"}"#
    let article = try #require(
      try ArticleReader().read(Array(json.utf8), path: "a.json").articles.first)
    #expect(article.title == "Q&A on the café")
    #expect(article.paragraphs == ["The café opened."])
    #expect(article.authors == ["René Roe"])
    let markdown =
      "# Caf&eacute; news\n\nThe caf&#233; &amp; the bar opened.\n\n- one &gt; two\n- three\n"
    let read = try #require(
      try ArticleReader().read(Array(markdown.utf8), path: "a.md").articles.first)
    #expect(read.title == "Café news")
    #expect(read.paragraphs.contains("The café & the bar opened."))
    #expect(read.paragraphs.contains { $0.hasPrefix("one > two") })
  }

  @Test func quotesAndTopicsReadTheDecodedText() throws {
    let text =
      "Talks resume\n\n&quot;We will sign the communiqu&#233; today,&quot; said Marie Dupr&eacute;, the envoy."
    let article = try #require(
      try ArticleReader().read(Array(text.utf8), path: "a.txt").articles.first)
    let quotes = QuoteExtractor().quotes(in: article)
    let quote = try #require(quotes.first)
    #expect(quote.text == "We will sign the communiqué today")
    #expect(quote.speaker == "Marie Dupré")
  }
}
