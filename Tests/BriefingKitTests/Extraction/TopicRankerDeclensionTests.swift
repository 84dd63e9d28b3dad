import BriefingKit
import Testing

/// The inflected forms of a German name meet across a session, named in the nominative.
struct TopicRankerDeclensionTests {
  @Test func inflectedFormsOfABodyAreOneTopicNamedByTheShortest() throws {
    let ranked = TopicRanker().rank([
      (
        articleID: 1,
        topics: [Topic(name: "Europäischen Union", kind: .organisation, score: 1, mentions: 2)]
      ),
      (
        articleID: 2,
        topics: [Topic(name: "Europäischen Union", kind: .organisation, score: 1, mentions: 1)]
      ),
      (
        articleID: 3,
        topics: [Topic(name: "Europäische Union", kind: .organisation, score: 1, mentions: 1)]
      ),
      (
        articleID: 4,
        topics: [Topic(name: "Deutschen Bundestag", kind: .other, score: 1, mentions: 1)]
      ),
      (
        articleID: 5,
        topics: [Topic(name: "Deutscher Bundestag", kind: .organisation, score: 1, mentions: 1)]
      ),
    ])
    #expect(ranked.count == 2, "\(ranked.map(\.name))")
    let union = try #require(ranked.first { $0.articles.contains(1) })
    #expect(union.name == "Europäische Union")
    #expect(union.articles == [1, 2, 3])
  }

  /// `der Islamische Staat` drops its article as `Islamische Staat`; a name cited without
  /// one is `Islamischer Staat`, which an article that writes it so gives.
  @Test(arguments: [
    ("Islamische Staat", "Islamischer Staat"), ("Deutschen Bundestag", "Deutscher Bundestag"),
    ("Internationale Olympische Komitee", "Internationales Olympisches Komitee"),
  ])
  func theStrongFormAnArticleGivesNamesTheTopic(weak: String, strong: String) throws {
    let ranked = TopicRanker().rank(
      [weak, weak, strong].enumerated().map { index, name in
        (index + 1, [Topic(name: name, kind: .organisation, score: 1, mentions: 1)])
      }, languages: [1: "de", 2: "de", 3: "de"])
    #expect(ranked.map(\.name) == [strong], "\(ranked.map(\.name))")
  }

  /// An English plural looks like a strong ending (`Houses`, `House`): English names keep
  /// the shortest form.
  @Test func anEnglishNameKeepsItsShortestForm() {
    let names = ["Houses of Parliament", "Houses of Parliament", "House of Parliament"]
    let ranked = TopicRanker().rank(
      names.enumerated().map { index, name in
        (index + 1, [Topic(name: name, kind: .organisation, score: 1, mentions: 1)])
      }, languages: [1: "en", 2: "en", 3: "en"])
    #expect(ranked.map(\.name) == ["House of Parliament"], "\(ranked.map(\.name))")
  }

  @Test func peopleAreNotDeclined() {
    let ranked = TopicRanker().rank([
      (articleID: 1, topics: [Topic(name: "Petre Holm", kind: .person, score: 1, mentions: 1)]),
      (articleID: 2, topics: [Topic(name: "Petra Holm", kind: .person, score: 1, mentions: 1)]),
      (articleID: 3, topics: [Topic(name: "Peter Holm", kind: .person, score: 1, mentions: 1)]),
    ])
    #expect(ranked.count == 3)
  }
}
