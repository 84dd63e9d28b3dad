import BriefingKit
import Testing

/// What a reader would list as an article's topics: things named, not how they were done.
struct TopicReaderTests {
  func phrases(_ body: String, limit: Int = 10) -> [String] {
    let article = Article(title: "", language: "en", paragraphs: [body])
    return KeyPhraseExtractor().keyPhrases(in: article, limit: limit).map(\.text)
  }

  @Test func adverbsAndParticiplesRankBelowTheNounTheyDescribe() throws {
    let found = phrases(
      "Negotiators finally agreed on the treaty. The treaty was finally agreed after years.")
    let treaty = try #require(found.firstIndex(of: "treaty"))
    for modifier in ["finally", "agreed"] {
      #expect(found.firstIndex(of: modifier).map { $0 > treaty } ?? true, "\(modifier): \(found)")
    }
  }

  @Test func nounsWithAdverbLikeEndingsStayTopics() {
    let found = phrases(
      "The water supply failed. Officials said the supply of water to each family would return.")
    #expect(found.prefix(2).contains("supply"), "\(found)")
  }

  @Test func vagueNewsWordsRankBelowWhatTheStoryIsAbout() throws {
    let found = phrases(
      "Reporters heard the drought situation was grave. Reporters asked about the situation.")
    let drought = try #require(found.firstIndex(of: "drought"), "\(found)")
    for vague in ["reporters", "situation"] {
      #expect(found.firstIndex(of: vague).map { $0 > drought } ?? true, "\(vague): \(found)")
    }
  }

  @Test func aWordMostlyUsedInOnePhraseIsListedAsThatPhraseAtItsRank() {
    let found = phrases(
      "The video conference began late. The video conference failed twice. A video link "
        + "worked, and the video conference resumed after lunch.")
    #expect(found.prefix(2).contains("video conference"), "\(found)")
    #expect(!found.contains("video"), "\(found)")
  }

  @Test func nationalitiesWithTitlesAreRolesNotPhrases() {
    let found = phrases(
      "The French president spoke about fisheries. Later the French president and the "
        + "German chancellor spoke about fisheries again.", limit: 20)
    for role in ["French president", "German chancellor"] {
      #expect(!found.contains(role), "\(found)")
    }
    #expect(found.first == "fisheries", "\(found)")
  }

  @Test(arguments: ["Farmers protested against the tariff", "Farmers protested…"])
  func aTitleMadeFromTheFirstSentenceCountsNothingTwice(title: String) {
    let body =
      "Farmers protested against the tariff. The tariff doubles the price of seed, and seed "
      + "merchants expect fewer farmers to plant barley."
    let derived = Article(title: title, language: "en", paragraphs: [body])
    let untitled = Article(title: "", language: "en", paragraphs: [body])
    let extractor = TopicExtractor()
    let summary = { (topics: [Topic]) in topics.map { "\($0.name) \($0.mentions) \($0.score)" } }
    #expect(
      summary(extractor.topics(in: derived, quotes: []))
        == summary(extractor.topics(in: untitled, quotes: [])))
  }
}
