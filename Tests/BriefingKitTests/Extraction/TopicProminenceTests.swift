import BriefingKit
import Testing

/// What makes a topic prominent beyond its counts: being what is discussed, being a noun phrase
/// of specific words, being named in full, standing beside the story's main actors.
struct TopicProminenceTests {
  let extractor = TopicExtractor()

  func topics(_ body: String, title: String = "") -> [String] {
    let article = Article(title: title, language: "en", paragraphs: [body])
    return extractor.topics(in: article, quotes: []).map(\.name)
  }

  func phrases(_ body: String, limit: Int = 10) -> [String] {
    let article = Article(title: "", language: "en", paragraphs: [body])
    return KeyPhraseExtractor().keyPhrases(in: article, limit: limit).map(\.text)
  }

  let farm =
    "Farmers in the valley said the harvest was late. The harvest fell, farmers said. The "
    + "weather was dry, the farmers said, and the wells were low. "

  @Test func whatIsDiscussedIsATopicWhereverItStands() throws {
    let cued = topics(farm + "The ministers will discuss the grain market.")
    let plain = topics(farm + "The ministers will visit the grain market.")
    let withCue = try #require(cued.firstIndex(of: "grain market"), "\(cued)")
    let without = plain.firstIndex(of: "grain market") ?? plain.count
    #expect(withCue < without, "\(cued) / \(plain)")
    #expect(withCue < 4, "\(cued)")
  }

  @Test func aNounPhraseSeenOnceStandsForItsWords() {
    let found = phrases(
      "Engineers met on Monday. They spoke about nuclear safety for an hour. The engineers "
        + "left at noon.")
    #expect(found.contains("nuclear safety"), "\(found)")
    #expect(!found.contains("nuclear") && !found.contains("safety"), "\(found)")
  }

  @Test func aVerbWithItsObjectDoesNotStandForItsWords() throws {
    let found = phrases("Acme completes purchase of the mill. Shares rose after the news.")
    let word = try #require(found.firstIndex(of: "purchase"), "\(found)")
    #expect(found.firstIndex(of: "completes purchase").map { $0 > word } ?? true, "\(found)")
  }

  @Test func hyphenatedModifiersRankBelowTheNounsTheyDescribe() throws {
    let found = phrases(
      "Exports hit a two-year low. Traders blamed the two-year slump on weak demand for "
        + "exports, and the long-awaited recovery of exports stalled.", limit: 20)
    let exports = try #require(found.firstIndex(of: "exports"), "\(found)")
    for modifier in ["two-year", "long-awaited"] {
      #expect(found.firstIndex(of: modifier).map { $0 > exports } ?? true, "\(found)")
    }
  }

  @Test func aPhraseCutFromALongerOneRanksBelowTheWhole() throws {
    let found = phrases(
      "Delegates planned a summit of permanent members. The summit of permanent members "
        + "opened in spring.", limit: 20)
    let whole = try #require(found.firstIndex(of: "summit of permanent members"), "\(found)")
    #expect(found.firstIndex(of: "summit of permanent").map { $0 > whole } ?? true, "\(found)")
  }

  @Test func wordsInAnotherScriptAreQuotedNotTopics() {
    let found = phrases(
      "The envoy talked about grain exports [обсуждать экспорт зерна] and grain prices.")
    #expect(!found.contains { $0.unicodeScalars.contains { $0.value >= 0x400 } }, "\(found)")
    #expect(found.contains("grain"), "\(found)")
  }

  @Test func generalWordsRankBelowAFullNamedOrganisation() throws {
    let found = topics(
      "The meeting ended. The agreement was close, and the meeting went on. Another meeting "
        + "about the agreement is planned. Later the agreement may go to the Security Council "
        + "of the Ocean League.")
    let council = try #require(
      found.firstIndex(of: "Security Council of the Ocean League"), "\(found)")
    for general in ["meeting", "agreement"] {
      #expect(found.firstIndex(of: general).map { $0 > council } ?? true, "\(found)")
    }
  }

  @Test func aNameBesideTheMainActorsRanksAboveANameAlone() throws {
    let found = topics(
      "Minister Carla Mendes arrived late. Mendes said prices were high. Rain fell in Tarvo "
        + "all week. Roads were closed. Mendes promised help for Lundby.")
    let beside = try #require(found.firstIndex(of: "Lundby"), "\(found)")
    let alone = try #require(found.firstIndex(of: "Tarvo"), "\(found)")
    #expect(beside < alone, "\(found)")
  }

  @Test func aNameInAQuoteIsWhatTheSpeakerTalksAbout() throws {
    // Two places named once each, alike but for the quote around the later one.
    let body =
      "Farmers in the valley said the harvest was late. Rain also failed in Zambia, officials "
      + "added. \"The drought has reached Malawi,\" the minister said."
    let article = Article(title: "", language: "en", paragraphs: [body])
    let open = try #require(body.unicodeScalars.firstIndex(of: "\""))
    let start = body.unicodeScalars.distance(from: body.unicodeScalars.startIndex, to: open)
    let quote = Quote(text: "The drought has reached Malawi,", start: start + 1, end: start + 32)
    let quoted = extractor.topics(in: article, quotes: [quote]).map(\.name)
    let plain = extractor.topics(in: article, quotes: []).map(\.name)
    let malawi = try #require(quoted.firstIndex(of: "Malawi"), "\(quoted)")
    let zambia = try #require(quoted.firstIndex(of: "Zambia"), "\(quoted)")
    #expect(malawi < zambia, "\(quoted)")
    let plainMalawi = try #require(plain.firstIndex(of: "Malawi"), "\(plain)")
    #expect(plain.firstIndex(of: "Zambia").map { $0 < plainMalawi } == true, "\(plain)")
  }
}
