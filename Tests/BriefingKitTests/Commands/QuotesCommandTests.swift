import BriefingKit
import Foundation
import Testing

struct QuotesCommandTests {
  static let files = [
    "a.txt":
      "Bridge reopens\n\n\"We found the corrosion early and fixed it,\" said Transport Secretary Idris Okafor on Monday.\n\n\"People deserve to see the report,\" Okafor added.\n",
    "b.txt":
      "Port strike\n\n\"Our members have been patient for a year,\" said union secretary Dalia Moreno.\n",
  ]

  func quotesJSON(_ line: String) throws -> [[String: Any]] {
    var harness = try Harness(files: Self.files)
    harness.run("load a.txt b.txt", line)
    return try #require(
      try JSONSerialization.jsonObject(with: Data(harness.output.utf8)) as? [[String: Any]])
  }

  @Test func jsonHasTheDocumentedFields() throws {
    let quotes = try quotesJSON("quotes --json")
    #expect(quotes.count == 3)
    for key in [
      "id", "article", "text", "speaker", "role", "mention", "cue", "partial", "start", "end",
    ] {
      #expect(quotes[0].keys.contains(key), "\(key)")
    }
    #expect(quotes.map { $0["id"] as? String } == ["1.1", "1.2", "2.1"])
    #expect(quotes[1]["speaker"] as? String == "Idris Okafor")
  }

  @Test func anInterruptedQuoteListsItsPartsAndKeepsThemInTheSessionFile() throws {
    let session = FileManager.default.temporaryDirectory
      .appendingPathComponent("briefing-\(UUID()).session").path
    defer { try? FileManager.default.removeItem(atPath: session) }
    let text = "Rail talks\n\n“We will not wait,” Okafor said. “The trains must run.”\n"
    var harness = try Harness(files: ["rail.txt": text], store: SessionStore(path: session))
    harness.run("load rail.txt")
    harness = try Harness(store: SessionStore(path: session))
    harness.run("quotes --json")
    let quotes = try #require(
      try JSONSerialization.jsonObject(with: Data(harness.output.utf8)) as? [[String: Any]])
    let quote = try #require(quotes.first)
    let segments = try #require(quote["segments"] as? [[Int]])
    // Offsets count in the article's text, which the headline is not part of.
    let scalars = Array("“We will not wait,” Okafor said. “The trains must run.”".unicodeScalars)
    let parts = segments.map { String(String.UnicodeScalarView(scalars[$0[0]..<$0[1]])) }
    #expect(parts.count == 2 && parts.last == "The trains must run.")
    #expect(parts.first?.hasPrefix("We will not wait") == true)
    // The cue left out between the parts shows as an ellipsis.
    #expect(quote["text"] as? String == parts.joined(separator: " … "))
    #expect(segments.first?.first == quote["start"] as? Int)
    #expect(segments.last?.last == quote["end"] as? Int)
  }

  @Test func aPartialQuoteKeepsItsQuotedWordsAsSegmentsInsideItsClause() throws {
    let body = "Ada Lind told reporters the city \"cannot wait\" for the bridge."
    var harness = try Harness(files: ["bridge.txt": "Bridge\n\n" + body + "\n"])
    harness.run("load bridge.txt", "quotes --json")
    let quotes = try #require(
      try JSONSerialization.jsonObject(with: Data(harness.output.utf8)) as? [[String: Any]])
    let quote = try #require(quotes.first)
    let segments = try #require(quote["segments"] as? [[Int]])
    let scalars = Array(body.unicodeScalars)
    #expect(quote["partial"] as? Bool == true)
    #expect(quote["text"] as? String == "the city “cannot wait” for the bridge")
    #expect(
      segments.map { String(String.UnicodeScalarView(scalars[$0[0]..<$0[1]])) } == ["cannot wait"])
  }

  @Test func filtersBySpeakerTextAndLength() throws {
    #expect(try quotesJSON("quotes --speaker moreno --json").count == 1)
    #expect(try quotesJSON("quotes --about corrosion --json").count == 1)
    #expect(try quotesJSON("quotes --min-words 8 --json").count == 2)
    #expect(try quotesJSON("quotes 2 --json").count == 1)
  }

  @Test func speakersCountsQuotesAndArticles() throws {
    var harness = try Harness(files: Self.files)
    harness.run("load a.txt b.txt", "speakers --json")
    let speakers = try #require(
      try JSONSerialization.jsonObject(with: Data(harness.output.utf8)) as? [[String: Any]])
    #expect(speakers.first?["name"] as? String == "Idris Okafor")
    #expect(speakers.first?["quotes"] as? Int == 2)
  }

  /// An analysed article titled `title` with one quote by each of `speakers` and `topics`.
  private static func article(_ title: String, _ speakers: [String?], _ topics: [Topic])
    -> AnalysedArticle
  {
    AnalysedArticle(
      article: Article(title: title, paragraphs: ["Text of \(title)."]),
      quotes: speakers.map { Quote(text: "words", start: 0, end: 4, speaker: $0) },
      topics: topics, summary: "")
  }

  @Test func aSurnameQuotedAloneCountsForTheOnePersonWithThatName() throws {
    let store = try SessionStore()
    func person(_ name: String) -> Topic { Topic(name: name, kind: .person, score: 1, mentions: 1) }
    func party(_ name: String) -> Topic {
      Topic(name: name, kind: .organisation, score: 1, mentions: 1)
    }
    _ = try store.add([
      Self.article(
        "A", ["Idris Okafor", "Tony Blair", "New Labour"],
        [person("Idris Okafor"), person("Tony Blair"), party("New Labour")]),
      Self.article("B", ["Okafor", "Blair", nil, "Labour"], [person("Okafor"), party("Labour")]),
      Self.article("C", ["Ian Blair", "Okafor"], [person("Ian Blair"), person("Okafor")]),
    ])
    var harness = try Harness(store: store)
    harness.run("speakers --json")
    let speakers = try #require(
      try JSONSerialization.jsonObject(with: Data(harness.output.utf8)) as? [[String: Any]])
    let okafor = try #require(speakers.first)
    #expect(okafor["name"] as? String == "Idris Okafor")
    #expect(okafor["quotes"] as? Int == 3)
    #expect(okafor["articles"] as? [Int] == [1, 2, 3])
    #expect(okafor["aliases"] as? [String] == ["Okafor"])
    // Two Blairs: a lone "Blair" could be either, so it stays apart; a party is no surname.
    let names = speakers.compactMap { $0["name"] as? String }
    #expect(names.contains("Blair") && names.contains("Tony Blair") && names.contains("Ian Blair"))
    #expect(names.contains("Labour") && names.contains("New Labour"))
    #expect(speakers.count == 6)
  }

  @Test func aSurnameCountsForThePersonTheSessionNamesFarMoreOften() throws {
    let store = try SessionStore()
    // Each full name was also written as the surname alone in its own article.
    func person(_ name: String, _ mentions: Int) -> Topic {
      Topic(name: name, kind: .person, score: 1, mentions: mentions, aliases: ["Blair"])
    }
    _ = try store.add([
      Self.article("A", ["Tony Blair"], [person("Tony Blair", 40)]),
      Self.article("B", ["Ian Blair"], [person("Ian Blair", 2)]),
      Self.article(
        "C", ["Blair", "Blair"], [Topic(name: "Blair", kind: .person, score: 1, mentions: 2)]),
    ])
    var harness = try Harness(store: store)
    harness.run("speakers --json")
    let speakers = try #require(
      try JSONSerialization.jsonObject(with: Data(harness.output.utf8)) as? [[String: Any]])
    let tony = try #require(speakers.first { $0["name"] as? String == "Tony Blair" })
    #expect(tony["quotes"] as? Int == 3, "\(speakers)")
    #expect(tony["aliases"] as? [String] == ["Blair"])
    #expect(!speakers.contains { $0["name"] as? String == "Blair" })
  }

  /// `Obama` was listed apart when no quote named him in full, though the topics (and the
  /// memo) call him `Barack Obama`.
  @Test func aSurnameNoSpeakerSpellsOutTakesTheFullNameOfTheTopics() throws {
    let store = try SessionStore()
    let obama = Topic(name: "Ada Obama", kind: .person, score: 1, mentions: 5, aliases: ["Obama"])
    _ = try store.add([
      Self.article(
        "A", ["Obama", "Lund"], [obama, Topic(name: "Lund", kind: .person, score: 1, mentions: 1)]),
      Self.article("B", ["Obama"], [Topic(name: "Obama", kind: .person, score: 1, mentions: 2)]),
    ])
    var harness = try Harness(store: store)
    harness.run("speakers --json")
    let speakers = try #require(
      try JSONSerialization.jsonObject(with: Data(harness.output.utf8)) as? [[String: Any]])
    #expect(speakers.compactMap { $0["name"] as? String } == ["Ada Obama", "Lund"])
    #expect(speakers.first?["quotes"] as? Int == 2)
    #expect(speakers.first?["aliases"] as? [String] == ["Obama"])
    #expect(speakers.first?["articles"] as? [Int] == [1, 2])
  }

  @Test func wordsGluedBeforeAPersonOfTheSessionAreTheRole() throws {
    let store = try SessionStore()
    let quotes = [
      Quote(text: "one", start: 0, end: 3, speaker: "Boris Vane", role: "MP"),
      Quote(text: "two", start: 4, end: 7, speaker: "Tory MP Boris Vane"),
      Quote(text: "six", start: 8, end: 11, speaker: "Harbour Union"),
    ]
    _ = try store.add([
      AnalysedArticle(
        article: Article(title: "A", paragraphs: ["one two six"]), quotes: quotes,
        topics: [
          Topic(name: "Boris Vane", kind: .person, score: 1, mentions: 2),
          Topic(name: "Harbour Union", kind: .organisation, score: 1, mentions: 1),
        ], summary: "")
    ])
    var harness = try Harness(store: store)
    harness.run("speakers --json")
    let speakers = try #require(
      try JSONSerialization.jsonObject(with: Data(harness.output.utf8)) as? [[String: Any]])
    #expect(speakers.compactMap { $0["name"] as? String } == ["Boris Vane", "Harbour Union"])
    #expect(speakers.first?["quotes"] as? Int == 2)
    #expect(speakers.first?["roles"] as? [String] == ["MP", "Tory MP"])
  }

  @Test func aRoleWrittenInTwoCasesIsListedOnceInItsCapitalisedForm() throws {
    let store = try SessionStore()
    let quotes = [
      Quote(text: "one", start: 0, end: 3, speaker: "Ada Vance", role: "Shadow home secretary"),
      Quote(text: "two", start: 4, end: 7, speaker: "Ada Vance", role: "Shadow Home Secretary"),
      Quote(text: "six", start: 8, end: 11, speaker: "Ada Vance", role: "MP"),
    ]
    _ = try store.add([
      AnalysedArticle(
        article: Article(title: "A", paragraphs: ["one two six"]), quotes: quotes, topics: [],
        summary: "")
    ])
    var harness = try Harness(store: store)
    harness.run("speakers --json")
    let speakers = try #require(
      try JSONSerialization.jsonObject(with: Data(harness.output.utf8)) as? [[String: Any]])
    #expect(speakers.first?["roles"] as? [String] == ["Shadow Home Secretary", "MP"])
  }

  @Test func anUnknownArticleIsNamed() throws {
    var harness = try Harness(files: Self.files)
    harness.run("load a.txt", "quotes 7")
    #expect(harness.errors.contains("no article with id 7"))
  }

  @Test func topicsListsPeopleWithTheirArticles() throws {
    var harness = try Harness(files: Self.files)
    harness.run("load a.txt b.txt", "topics --kind person --json")
    let topics = try #require(
      try JSONSerialization.jsonObject(with: Data(harness.output.utf8)) as? [[String: Any]])
    let names = topics.compactMap { $0["name"] as? String }
    #expect(names.contains("Idris Okafor"))
    #expect(names.contains("Dalia Moreno"))
    harness.output = ""
    harness.run("topic okafor")
    #expect(harness.output.hasPrefix("Idris Okafor (person)"))
    #expect(harness.output.contains("We found the corrosion early"))
  }
}
