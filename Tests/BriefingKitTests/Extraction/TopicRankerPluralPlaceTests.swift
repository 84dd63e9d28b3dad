import BriefingKit
import Testing

/// The plural of a place's name is no member of the place: a region written as a plural
/// (`Americas`) keeps its own topic instead of joining the country its singular names.
struct TopicRankerPluralPlaceTests {
  let ranker = TopicRanker()

  func topic(_ name: String, _ kind: TopicKind, aliases: [String] = []) -> Topic {
    Topic(name: name, kind: kind, score: 0.5, mentions: 1, aliases: aliases)
  }

  @Test(arguments: [TopicKind.organisation, .other, .place])
  func aPluralRegionStaysApartFromTheCountry(kind: TopicKind) throws {
    let ranked = ranker.rank([
      (articleID: 1, topics: [topic("US", .place, aliases: ["America", "United States"])]),
      (articleID: 2, topics: [topic("Americas", kind)]),
      (articleID: 3, topics: [topic("America", .place)]),
    ])
    let country = try #require(ranked.first { $0.articles.contains(1) })
    #expect(country.articles == [1, 3])
    #expect(!country.aliases.contains("Americas"))
    #expect(ranked.first { $0.name == "Americas" }?.articles == [2])
  }

  @Test func aPluralOfAKnownCountryNameStaysApart() {
    let ranked = ranker.rank([
      (articleID: 1, topics: [topic("UK", .place, aliases: ["Britain"])]),
      (articleID: 2, topics: [topic("Britains", .organisation)]),
    ])
    #expect(ranked.map(\.name).sorted() == ["Britains", "UK"])
  }

  @Test func aPartyStillMeetsItsMembersByTheirSingular() {
    let ranked = ranker.rank([
      (articleID: 1, topics: [topic("Greens", .organisation)]),
      (articleID: 2, topics: [topic("Green", .organisation)]),
    ])
    #expect(ranked.map(\.articles) == [[1, 2]])
  }
}
