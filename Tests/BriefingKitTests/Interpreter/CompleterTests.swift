import Testing

@testable import BriefingKit

struct CompleterTests {
  func candidates(_ line: String, files: [String: String] = [:]) throws -> [String] {
    let harness = try Harness(files: files)
    return Completer().candidates(for: line, in: harness.driver.context).candidates
  }

  @Test func completesCommandNames() throws {
    #expect(try candidates("qu") == ["quit", "quotes"])
    #expect(try candidates("").contains("load"))
  }

  @Test func completesFlags() throws {
    #expect(try candidates("quotes --s") == ["--speaker"])
    #expect(try candidates("topics --kind ") == ["person", "org", "place", "other", "phrase"])
  }

  @Test func completesFieldNames() throws {
    #expect(try candidates("set cl") == ["classification"])
    #expect(try candidates("set max_") == ["max_quotes", "max_topics", "max_articles"])
  }

  @Test func completesPaths() throws {
    let files = ["news/a.txt": "x", "news/b.txt": "y", "notes.md": "z"]
    #expect(try candidates("load n", files: files) == ["news/", "notes.md"])
    #expect(try candidates("load news/", files: files) == ["news/a.txt", "news/b.txt"])
  }

  @Test func pathsWithBlanksAreQuotedAndAFoldersQuoteStaysOpen() throws {
    let files = ["Morning news/a b.txt": "x", "Morning news/c.txt": "y"]
    #expect(try candidates("load Mor", files: files) == ["\"Morning news/"])
    #expect(
      try candidates("load \"Morning news/", files: files) == [
        "\"Morning news/a b.txt\"", "\"Morning news/c.txt\"",
      ])
    #expect(try candidates("load \"Morning news/c", files: files) == ["\"Morning news/c.txt\""])
  }

  @Test func completesTemplateNames() throws {
    #expect(try candidates("memo --template di") == ["digest"])
  }

  @Test func completesArticleIDsAndPinTargets() throws {
    var harness = try Harness()
    _ = try harness.driver.context.store.add([
      SessionStoreTests.sample("A", "one"), SessionStoreTests.sample("B", "two"),
    ])
    let context = harness.driver.context
    #expect(Completer().candidates(for: "show ", in: context).candidates == ["1", "2"])
    #expect(Completer().candidates(for: "pin quote 2", in: context).candidates == ["2.1"])
    #expect(
      Completer().candidates(for: "pin ", in: context).candidates == ["quote", "topic", "article"])
    harness.run("fields")
  }

  /// The context of a session with one article quoting each of `speakers` (nil: nobody named).
  func context(quoting speakers: [String?]) throws -> CommandContext {
    let harness = try Harness()
    _ = try harness.driver.context.store.add([
      AnalysedArticle(
        article: Article(title: "Rail", paragraphs: ["Text."]),
        quotes: speakers.map { Quote(text: "We wait", start: 0, end: 4, speaker: $0) },
        topics: [], summary: "")
    ])
    return harness.driver.context
  }

  @Test func completesSpeakersQuotedInTheSession() throws {
    let context = try context(quoting: ["Idris Okafor", "Ida Lind", nil])
    #expect(
      Completer().candidates(for: "quotes --speaker i", in: context).candidates.sorted() == [
        "\"Ida Lind\"", "\"Idris Okafor\"",
      ])
    #expect(
      Completer().candidates(for: "quotes --speaker \"idr", in: context).candidates.count == 1)
    #expect(
      Completer().candidates(for: "quotes --speaker oka", in: context).candidates == [
        "\"Idris Okafor\""
      ])
  }

  @Test func aSpeakerWhoseQuoteIsLeftOpenIsCompletedWhole() throws {
    let context = try context(quoting: ["Bill Gates", "Bill Thompson"])
    // A first Tab on `Bil` leaves the shared start with its quote open, blank included.
    let first = Completer().candidates(for: "quotes --speaker Bil", in: context).candidates
    #expect(first.count == 2 && first.allSatisfy { $0.hasPrefix("\"Bill ") })
    let open = Completer().candidates(for: "quotes --speaker \"Bill ", in: context)
    #expect(open.word == "\"Bill ")
    #expect(open.candidates == ["\"Bill Gates\"", "\"Bill Thompson\""])
    #expect(
      Completer().candidates(for: "quotes --speaker \"Bill T", in: context).candidates == [
        "\"Bill Thompson\""
      ])
    // Once the quote is closed, the next word is a new one.
    let closed = Completer.split("quotes --speaker \"Bill Gates\" ")
    #expect(closed.before == ["quotes", "--speaker", "Bill Gates"] && closed.word.isEmpty)
  }

  @Test func aTopicNameOfSeveralWordsIsCompletedWhole() throws {
    let harness = try Harness()
    _ = try harness.driver.context.store.add([
      AnalysedArticle(
        article: Article(title: "Rail", paragraphs: ["Text."]), quotes: [],
        topics: [
          Topic(name: "climate change", kind: .phrase, score: 2, mentions: 2),
          Topic(name: "Charles Clarke", kind: .person, score: 1, mentions: 1),
          Topic(name: "Charles Kennedy", kind: .person, score: 1, mentions: 1),
        ], summary: "")
    ])
    let context = harness.driver.context
    let found = Completer().candidates(for: "topic Charles Cl", in: context)
    #expect(found.word == "Charles Cl")
    #expect(found.candidates == ["\"Charles Clarke\""])
    let both = Completer().candidates(for: "topic charles ", in: context)
    #expect(both.word == "charles ")
    #expect(both.candidates.sorted() == ["\"Charles Clarke\"", "\"Charles Kennedy\""])
    // One word is completed as before.
    #expect(
      Completer().candidates(for: "topic cl", in: context).candidates.first == "\"climate change\"")
    // What a first Tab leaves when two names share a start: the quote stays open, and the
    // next Tab completes the whole name again, not its last word.
    let open = Completer().candidates(for: "topic \"Charles ", in: context)
    #expect(open.word == "\"Charles ")
    #expect(open.candidates.sorted() == ["\"Charles Clarke\"", "\"Charles Kennedy\""])
    #expect(
      Completer().candidates(for: "topic \"Charles K", in: context).candidates == [
        "\"Charles Kennedy\""
      ])
  }

  @Test func namesThatStartWithTheWordComeBeforeNamesWithALaterWordThatDoes() {
    let names = ["Lindsey Graham", "Ida Lind", "Lind", "Jean-Luc Lindqvist", "Olinda Ray"]
    #expect(
      Completer.names(names, matching: "lind") == [
        "\"Lindsey Graham\"", "Lind", "\"Ida Lind\"", "\"Jean-Luc Lindqvist\"",
      ])
    #expect(Completer.names(names, matching: "\"ida") == ["\"Ida Lind\""])
    #expect(Completer.names(names, matching: "").count == names.count)
  }

  @Test func topicBelowTheBestRankedIsOfferedWhenNoneOfThemMatches() {
    let ranked = (1...300).map { "Topic \($0)" } + ["Olivier Beauvillain", "Beatrix Ode"]
    #expect(Completer.rankedNames(ranked, matching: "beau") == ["\"Olivier Beauvillain\""])
    // A match among the best-ranked keeps the list to them.
    #expect(Completer.rankedNames(ranked, first: 200, matching: "topic 19").count == 11)
    #expect(Completer.rankedNames(ranked, matching: "").count == 200)
  }
}
