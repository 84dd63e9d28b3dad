import BriefingKit
import Foundation
import Testing

struct TopicExtractorTests {
  let extractor = TopicExtractor()

  static let report = """
    President Vladimir Putin and President Joe Biden will hold a video conference next week, \
    the Kremlin aide Yuri Ushakov told reporters in Moscow. Ushakov said the video conference \
    would cover the security guarantees that Moscow wants from NATO.

    “The guarantees must be legal,” Ushakov said. NATO members have rejected the demand. \
    Putin's spokesman added that the talks in Geneva had prepared the ground. Biden's aides \
    declined to comment.
    """

  func article(_ body: String = report, title: String = "Putin and Biden to talk by video")
    -> Article
  {
    Article(title: title, language: "en", paragraphs: body.components(separatedBy: "\n\n"))
  }

  @Test func ranksThePeopleOfTheStoryFirst() throws {
    let topics = extractor.topics(in: article(), quotes: [])
    let top = topics.prefix(5).map(\.name)
    for name in ["Vladimir Putin", "Joe Biden", "Yuri Ushakov"] {
      #expect(top.contains(name), "\(top)")
    }
    let putin = try #require(topics.first { $0.name == "Vladimir Putin" })
    #expect(putin.kind == .person)
    #expect(putin.role == "President")
    #expect(putin.aliases == ["Putin"])
    #expect(putin.mentions == 3)
  }

  @Test func onlyPeopleCarryRoles() throws {
    let body = """
      President Mara Quillby met an EU spokesman in Brussels on Monday. She is the most \
      popular chancellor Britain has had, and the major Manchester hotels backed her. \
      Quillby said talks with Britain and Manchester would go on.
      """
    let topics = extractor.topics(in: article(body, title: "Quillby in Brussels"), quotes: [])
    let quillby = try #require(topics.first { $0.name == "Mara Quillby" })
    #expect(quillby.role == "President", "\(topics)")
    for topic in topics where topic.kind != .person {
      #expect(topic.role == nil, "\(topic)")
    }
    #expect(topics.contains { $0.name == "Manchester" && $0.kind == .place }, "\(topics)")
  }

  @Test func scoresAreScaledToTheBestTopicAndSortedBestFirst() throws {
    let topics = extractor.topics(in: article(), quotes: [])
    let first = try #require(topics.first)
    #expect(first.score == 1)
    #expect(topics.allSatisfy { $0.score > 0 && $0.score <= 1 })
    #expect(zip(topics, topics.dropFirst()).allSatisfy { $0.score >= $1.score })
  }

  @Test func mixesEntitiesOfEveryKindWithKeyPhrases() {
    let kinds = Set(extractor.topics(in: article(), quotes: []).map(\.kind))
    #expect(kinds.isSuperset(of: [.person, .organisation, .place, .phrase]))
  }

  @Test func aQuotedSpeakerMergesWithTheEntityAndGainsFromTheQuotes() throws {
    let plain = extractor.topics(in: article(), quotes: [])
    let quote = Quote(
      text: "The guarantees must be legal", start: 0, end: 28, speaker: "Yuri Ushakov")
    let quoted = extractor.topics(in: article(), quotes: [quote, quote])
    #expect(quoted.filter { $0.name.contains("Ushakov") }.count == 1)
    let before = try #require(plain.first { $0.name == "Yuri Ushakov" })
    let after = try #require(quoted.first { $0.name == "Yuri Ushakov" })
    let rank = { (topics: [Topic]) in topics.firstIndex { $0.name == "Yuri Ushakov" } ?? 99 }
    #expect(rank(quoted) <= rank(plain))
    #expect(after.mentions == before.mentions)
  }

  @Test func namesAreNotRepeatedAsKeyPhrases() {
    let topics = extractor.topics(in: article(), quotes: [])
    let phrases = topics.filter { $0.kind == .phrase }.map { $0.name.lowercased() }
    for name in ["putin", "biden", "ushakov", "nato", "moscow", "geneva", "president"] {
      #expect(!phrases.contains(name), "\(phrases)")
    }
  }

  @Test func anEmptyArticleHasNoTopics() {
    #expect(extractor.topics(in: Article(title: "", paragraphs: []), quotes: []).isEmpty)
  }

  /// The machine-translated TASS article the project started from (`../shared/corpus/seed`),
  /// body after the dateline; skipped when the corpus is not beside the repository.
  @Test func seedArticleTopTopicsAreWhatAReaderLists() throws {
    let folder = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("shared/corpus/seed")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    guard let file = files.filter({ $0.hasSuffix(".txt") }).sorted().first,
      let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    else {
      print("skipping: no seed article under \(folder.path)")
      return
    }
    let body = text.components(separatedBy: "/ TASS /. ").dropFirst().joined()
    let paragraphs = body.components(separatedBy: "\n\n")
      .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    let article = Article(title: "", paragraphs: paragraphs)
    // As the session ranks it: with the quotes found in the article.
    let topics = extractor.topics(in: article, quotes: QuoteExtractor().quotes(in: article))
    // The reader's list, in the top 15 (issue 5).
    let top = topics.prefix(15).map(\.name)
    let actors = ["Vladimir Putin", "Joe Biden", "Yuri Ushakov", "NATO", "Geneva"]
    for name in actors + ["strategic stability", "Ukraine", "UN Security Council"] {
      #expect(top.contains(name), "top 15: \(top)")
    }
    #expect(top.prefix(5).contains("Yuri Ushakov") && top.prefix(5).contains("NATO"), "\(top)")
    let nato = topics.first { $0.name == "NATO" }
    #expect(
      nato?.aliases.contains("North Atlantic Alliance") == true, "\(String(describing: nato))")
    #expect(topics.prefix(15).contains { $0.name == "oil market" }, "\(topics.prefix(15))")
    let junk: Set<String> = [
      "russian", "american", "president", "said", "the", "moreover", "agreement", "contact",
      "communicating", "meeting",
    ]
    #expect(!topics.prefix(20).contains { junk.contains($0.name.lowercased()) })
    #expect(!topics.contains { $0.name.contains { $0.isNumber } })
  }

  @Test func aSpeakerWithNoTitleInTheTextTakesTheRoleOfTheirQuotes() throws {
    let body = """
      The aide to the Russian leader Yuri Ushakov spoke to reporters on Friday. Ushakov was \
      brief. Ushakov then left.

      “The date is not yet agreed,” the aide to the Russian leader said. Arsenal's Edu Vance \
      watched. “We won,” Vance said.
      """
    let story = article(body, title: "Summit date")
    let quotes = QuoteExtractor().quotes(in: story)
    let topics = extractor.topics(in: story, quotes: quotes)
    let ushakov = try #require(topics.first { $0.name == "Yuri Ushakov" })
    #expect(ushakov.role == "aide to the Russian leader", "\(quotes.map(\.role))")
    // `Arsenal` says where Vance plays, not what he is.
    let vance = try #require(topics.first { $0.name == "Edu Vance" }, "\(topics.map(\.name))")
    #expect(vance.role == nil, "\(quotes.map(\.role))")
  }
}
