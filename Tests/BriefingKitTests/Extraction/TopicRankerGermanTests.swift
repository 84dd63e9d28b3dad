import BriefingKit
import Testing

/// German key phrases decline: the forms of one noun are one session topic, shown by its
/// nominative; other languages keep their own rules.
struct TopicRankerGermanTests {
  func phrases(_ names: [String]) -> [(articleID: Int, topics: [Topic])] {
    names.enumerated().map { index, name in
      (index + 1, [Topic(name: name, kind: .phrase, score: 1, mentions: 2)])
    }
  }

  func german(_ count: Int) -> [Int: String] {
    Dictionary(uniqueKeysWithValues: (1...count).map { ($0, "de") })
  }

  @Test func theCasesOfAGermanNounAreOneTopicShownByItsNominative() throws {
    let names = ["Flüchtlingen", "Flüchtlinge", "Flüchtlingen", "Flüchtlinge", "Flüchtlings"]
    let ranked = TopicRanker().rank(phrases(names), languages: german(5))
    #expect(ranked.map(\.name) == ["Flüchtlinge"], "\(ranked.map(\.name))")
    let topic = try #require(ranked.first)
    #expect(topic.articles == [1, 2, 3, 4, 5])
    #expect(topic.aliases == ["Flüchtlingen", "Flüchtlings"])
  }

  @Test func aGenitiveNamesNoTopicEvenWhenMoreFrequent() {
    let names = ["Unternehmens", "Unternehmens", "Unternehmen"]
    let ranked = TopicRanker().rank(phrases(names), languages: german(3))
    #expect(ranked.map(\.name) == ["Unternehmen"], "\(ranked.map(\.name))")
  }

  @Test(arguments: [["Kreis", "Kreise", "Kreises"], ["Staat", "Staates", "Staaten"]])
  func aNounEndingInItsOwnLettersMeetsItsCases(names: [String]) {
    let ranked = TopicRanker().rank(phrases(names), languages: german(names.count))
    #expect(ranked.count == 1, "\(ranked.map(\.name))")
  }

  @Test func differentNounsStayApart() {
    let ranked = TopicRanker().rank(
      phrases(["Rat", "Rate", "Kind", "Kinder"]), languages: german(4))
    #expect(ranked.count == 4, "\(ranked.map(\.name))")
  }

  @Test func onlyGermanArticlesDecline() {
    // The same words in articles of no known language keep the English plural rule only.
    let ranked = TopicRanker().rank(phrases(["Flüchtlinge", "Flüchtlingen"]))
    #expect(ranked.count == 2, "\(ranked.map(\.name))")
    let english = TopicRanker().rank(
      phrases(["agreement", "agreements"]), languages: [1: "en", 2: "en"])
    #expect(english.map(\.name).count == 1)
  }

  @Test func theSessionReadsEachArticlesLanguage() throws {
    let store = try SessionStore()
    let articles = ["Flüchtlinge", "Flüchtlingen"].enumerated().map { index, name in
      AnalysedArticle(
        article: Article(title: "Bericht \(index)", language: "de", paragraphs: ["Text \(index)"]),
        quotes: [], topics: [Topic(name: name, kind: .phrase, score: 1, mentions: 1)],
        summary: "")
    }
    _ = try store.add(articles)
    #expect(try store.sessionTopics().map(\.name) == ["Flüchtlinge"])
  }
}
