import BriefingKit
import Testing

/// Posts embedded from a social network, as scrapers leave them: the post's words, the links
/// the embed adds, and a signature `— Name (@handle) date`.
struct EmbeddedPostsTests {
  private func quotes(_ paragraphs: [String], language: String = "en") -> [Quote] {
    QuoteExtractor().quotes(
      in: Article(title: "Fixture", language: language, paragraphs: paragraphs))
  }

  @Test func aSignedPostIsItsAuthorsQuoteWithoutTheEmbedsLinks() throws {
    let article = Article(
      title: "Fixture", language: "en",
      paragraphs: [
        "The senator answered within the hour.",
        "Nobody in this county should wait a year for a hip. pic.twitter.com/Ab3dE9 — Ines "
          + "Calder (@InesCalder) March 4, 2025",
        "Her office said more would follow.",
      ])
    let found = QuoteExtractor().quotes(in: article)
    #expect(found.map(\.speaker) == ["Ines Calder"])
    let post = try #require(found.first)
    #expect(post.text == "Nobody in this county should wait a year for a hip.")
    #expect(post.isPartial == false)
    #expect(post.mention?.text == "Ines Calder")
    // Offsets point at the post's words in the article's text.
    let scalars = Array(article.text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[post.start..<post.end])) == post.text)
  }

  @Test func marksInsideAPostAreThePosts() {
    let found = quotes([
      "Wearing a \"Keep the Pier Open\" cap before the vote. https://t.co/q1 pic.twitter.com/x7 "
        + "— Harbour TV (@harbourtv) 12 June 2024",
      "“We will keep it open,” the mayor said.",
    ])
    #expect(found.map(\.speaker) == ["Harbour TV", nil])
    #expect(found.first?.text == "Wearing a \"Keep the Pier Open\" cap before the vote.")
    #expect(found.last?.text == "We will keep it open")
  }

  @Test func aSignatureOnALineOfItsOwnSignsTheParagraphBefore() {
    // How the HTML reader leaves an embed: the post's paragraph, then the signature's.
    let found = quotes([
      "The council met again.",
      "We vote in December or we walk out. pic.twitter.com/abc123",
      "— Ines Calder (@InesCalder) November 19, 2026",
      "The mayor did not respond.",
    ])
    #expect(found.map(\.speaker) == ["Ines Calder"])
    #expect(found.first?.text == "We vote in December or we walk out.")
  }

  @Test func aPostEmbeddedInAnHTMLPageIsFoundAsThePageIsRead() throws {
    let page = """
      <html><head><title>Pier vote</title></head><body><article><h1>Pier vote</h1>
      <p>The council met again on Thursday.</p>
      <blockquote class="twitter-tweet"><p lang="en">We vote in December or we walk out.
      <a href="https://t.co/a">pic.twitter.com/a1</a></p>&mdash; Ines Calder (@InesCalder)
      <a href="https://twitter.com/InesCalder/status/1">November 19, 2026</a></blockquote>
      <p>The mayor did not respond.</p></article></body></html>
      """
    let read = try ArticleReader().read(Array(page.utf8), path: "pier.html")
    let article = try #require(read.articles.first)
    let found = QuoteExtractor().quotes(in: article)
    #expect(found.map(\.speaker) == ["Ines Calder"])
    #expect(found.first?.text == "We vote in December or we walk out.")
  }

  @Test func anAuthorQuotedElsewhereWithARoleKeepsItOnThePost() {
    let found = quotes([
      "Councillor Ines Calder said the delay was “a slap in the face”.",
      "We vote in December. pic.twitter.com/abc123",
      "— Ines Calder (@InesCalder) November 19, 2026",
    ])
    #expect(found.map(\.speaker) == ["Ines Calder", "Ines Calder"])
    #expect(found.map(\.role) == ["Councillor", "Councillor"])
  }

  @Test func aGermanDateSignsAPostToo() {
    let found = quotes(
      ["Wir bleiben dran. — Lena Vogt (@lenavogt) 5. Juli 2016"], language: "de")
    #expect(found.map(\.speaker) == ["Lena Vogt"])
    #expect(found.first?.text == "Wir bleiben dran.")
  }

  @Test(arguments: [
    // No date after the handle: a name and a handle in prose, not a signature.
    "The answer came fast — Ines Calder (@InesCalder) wrote back at once.",
    // A handle without a name before it.
    "Read more at the site — (@InesCalder) March 4, 2025",
    // A paragraph far longer than a post: where the post starts is unknown.
    String(repeating: "The hearing ran on and on. ", count: 20)
      + "— Ines Calder (@InesCalder) March 4, 2025",
  ])
  func withoutAFullSignatureNothingIsAPost(_ paragraph: String) {
    #expect(quotes([paragraph]).isEmpty)
  }

  @Test(arguments: [
    "(@a) March 4, 2025", "— (@a) March 4, 2025", "— A (@", "— A (@a", "x — A (@a)", "(@",
    "— A (@a) March", "\n— A (@a) 4. März 2025", ">— A (@a) March 4, 2025",
  ])
  func aSignatureCutShortAnywhereNeverTraps(_ text: String) {
    _ = quotes([text])
  }
}
