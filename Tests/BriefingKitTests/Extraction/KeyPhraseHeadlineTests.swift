import BriefingKit
import Testing

/// Word pairs read only in a headline are not key phrases: headlines drop the words that
/// show a verb.
struct KeyPhraseHeadlineTests {
  let article = Article(
    title: "Ferry crews at Brinmouth vote to strike",
    language: "en",
    paragraphs: [
      "Ferry crews at the Port of Brinmouth voted on Monday to strike for two days, the Ferry "
        + "Workers Union said.",
      "The crews said the new rota left too little rest between crossings. The operator, "
        + "Brinmouth Ferry Services, said the rota was safe and that the strike would hurt "
        + "travellers.",
    ])

  @Test func aPairOnlyTheHeadlineHasIsNoKeyPhrase() {
    let phrases = KeyPhraseExtractor().keyPhrases(in: article, limit: 20).map(\.text)
    #expect(!phrases.contains { $0.lowercased() == "brinmouth vote" }, "\(phrases)")
    #expect(phrases.contains("ferry crews"), "\(phrases)")
  }

  @Test func theHeadlinesVerbIsNoKeyPhrase() {
    let strike = Article(
      title: "Ferry strike spreads to the islands",
      language: "en",
      paragraphs: [
        "Crews on the island routes joined the ferry strike on Tuesday. The operator said "
          + "sailings to the islands would stop until Friday."
      ])
    let phrases = KeyPhraseExtractor().keyPhrases(in: strike, limit: 20).map(\.text)
    #expect(!phrases.contains("spreads"), "\(phrases)")
    #expect(phrases.contains("island"), "\(phrases)")
  }

  @Test func aPluralTheHeadlineNamesAfterAnAdjectiveStays() {
    let rules = Article(
      title: "Tough rules for drones",
      language: "en",
      paragraphs: ["The council voted on Monday. Flying near the harbour needs a permit."])
    let phrases = KeyPhraseExtractor().keyPhrases(in: rules, limit: 20).map(\.text)
    #expect(phrases.contains("drones"), "\(phrases)")
  }
}
