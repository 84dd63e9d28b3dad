import BriefingKit
import Testing

/// `topic NAME` finds the topic's own words: whole words, acronyms in capitals, and a real
/// sentence before a subheading.
struct TopicCommandTests {
  func harness(_ paragraphs: [String], quotes: [Quote], topics: [Topic]) throws -> Harness {
    let store = try SessionStore()
    _ = try store.add([
      AnalysedArticle(
        article: Article(title: "Trade talks", language: "en", paragraphs: paragraphs),
        quotes: quotes, topics: topics, summary: "")
    ])
    return try Harness(store: store)
  }

  /// One article naming Tom Bush three times and Yuri Ushakov once.
  func bushAndUshakov() throws -> Harness {
    let topics = [
      Topic(name: "Tom Bush", kind: .person, score: 1, mentions: 3),
      Topic(name: "Yuri Ushakov", kind: .person, score: 0.5, mentions: 1),
    ]
    return try harness(
      ["Tom Bush met Yuri Ushakov. Bush spoke first."], quotes: [], topics: topics)
  }

  @Test func theStartOfANameFindsItBeforeAMatchInsideAWord() throws {
    var harness = try bushAndUshakov()
    harness.run("topic Ush")
    #expect(harness.output.hasPrefix("Yuri Ushakov (person)"), "\(harness.output)")
    harness.output = ""
    harness.run("topic sh")
    #expect(harness.output.hasPrefix("Tom Bush (person)"), "\(harness.output)")
  }

  @Test(arguments: [
    ("topic Yuri Ushakov", "\n1 mention in 1 article\n"),
    ("topic Tom Bush", "\n3 mentions in 1 article\n"),
  ])
  func countsAreWrittenInTheSingularForOne(command: String, line: String) throws {
    var harness = try bushAndUshakov()
    harness.run(command)
    #expect(harness.output.contains(line), "\(harness.output)")
  }

  @Test func aPeerIsFoundAndListedWithTheTitle() throws {
    let topics = [
      Topic(name: "Penrose", kind: .person, score: 1, mentions: 2, role: "Lord"),
      Topic(name: "Tom Bush", kind: .person, score: 0.5, mentions: 1),
    ]
    var harness = try harness(
      ["Lord Penrose met Tom Bush. Lord Penrose spoke first."], quotes: [], topics: topics)
    harness.run("topic Lord Pen")
    #expect(harness.output.hasPrefix("Lord Penrose (person)"), "\(harness.output)")
    harness.output = ""
    harness.run("topic Penrose")
    #expect(harness.output.hasPrefix("Lord Penrose (person)"), "\(harness.output)")
    harness.output = ""
    harness.run("topics --kind person")
    #expect(harness.output.contains("Lord Penrose"), "\(harness.output)")
  }

  @Test func anAcronymIsFoundAsAWordInCapitalsOnly() throws {
    let paragraphs = [
      "The Russian envoy told us the talks would go on. The US trade deficit grew in May."
    ]
    let quotes = [
      Quote(text: "We trust the business plan", start: 0, end: 10, speaker: "Ada Vance"),
      Quote(text: "The US will act", start: 11, end: 20, speaker: "Ada Vance"),
    ]
    let topics = [Topic(name: "US", kind: .place, score: 1, mentions: 1)]
    var harness = try harness(paragraphs, quotes: quotes, topics: topics)
    harness.run("topic US")
    #expect(harness.output.contains("[1] The US trade deficit grew in May."), "\(harness.output)")
    #expect(!harness.output.contains("Russian envoy"), "\(harness.output)")
    #expect(harness.output.contains("The US will act"), "\(harness.output)")
    #expect(!harness.output.contains("business plan"), "\(harness.output)")
  }

  @Test func aSentenceIsPreferredToASubheadingAndEndingsAreAllowed() throws {
    let paragraphs = [
      "Ministers met in Kingsport on Monday.", "Ferry guarantee",
      "Another topic was the ferry guarantees for the islands.",
    ]
    let topics = [Topic(name: "ferry guarantee", kind: .phrase, score: 1, mentions: 2)]
    var harness = try harness(paragraphs, quotes: [], topics: topics)
    harness.run("topic ferry guarantee")
    #expect(
      harness.output.contains("[1] Another topic was the ferry guarantees for the islands."),
      "\(harness.output)")
  }
}
