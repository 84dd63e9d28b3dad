import BriefingKit
import Testing

/// Handles and web addresses left in scraped text are no topics: neither names nor key phrases.
struct LinkWordsTests {
  private func topics(_ paragraphs: [String], title: String = "Pier vote delayed") -> [Topic] {
    let article = Article(title: title, language: "en", paragraphs: paragraphs)
    return TopicExtractor().topics(in: article, quotes: QuoteExtractor().quotes(in: article))
  }

  @Test func aPostsHandleAndLinksAreNoTopicsAndItsAuthorStillIs() {
    let found = topics([
      "The council delayed the pier vote again. Councillor Ines Calder was angry.",
      "Nobody should wait three years for a pier. https://t.co/Qw3rTy pic.twitter.com/Zx9Vb",
      "— Ines Calder (@InesCalder) November 19, 2026",
      "Follow the harbour debate at www.coastcourier.example/harbour or on Twitter @CoastDesk.",
      "#PierNow #SaveThePier",
    ])
    let names = found.map { $0.name.lowercased() }
    for word in [
      "inescalder", "coastdesk", "twitter.com", "pic", "https", "coastcourier", "qw3rty",
      "piernow", "savethepier",
    ] {
      #expect(!names.contains(where: { $0.contains(word) }), "\(word) in \(names)")
    }
    #expect(found.contains { $0.name == "Ines Calder" && $0.kind == .person })
    #expect(found.contains { $0.name == "pier" || $0.name == "pier vote" })
  }

  @Test func aHashtagInTheHeadlineIsNoTopic() {
    let found = topics(
      ["The pier campaign grew online.", "The campaign grew again."],
      title: "Pier campaign goes online with #SaveThePier")
    #expect(!found.contains { $0.name.lowercased().contains("savethepier") }, "\(found)")
  }

  @Test(arguments: [
    "Amazon.com raised its prices and Amazon.com shares rose.",
    "Trade across the U.S./Mexico border grew, the U.S./Mexico panel said.",
  ])
  func dottedNamesThatAreNoAddressesStayTopics(_ paragraph: String) {
    let names = topics([paragraph]).map(\.name)
    #expect(names.contains { $0.hasPrefix("Amazon") || $0.contains("Mexico") }, "\(names)")
  }
}
