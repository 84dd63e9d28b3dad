import BriefingKit
import Testing

/// Hyphenated compounds that describe rather than name: a capitalised compound whose last part
/// is lowercase (`Nobel-winning`) is no name, and a word only ever used as a modifier, or a
/// prefix on a name (`post-Vance`), is no key phrase.
struct TopicCompoundTests {
  func topics(_ body: String, title: String = "") -> [Topic] {
    let article = Article(title: title, language: "en", paragraphs: [body])
    return TopicExtractor().topics(in: article, quotes: [])
  }

  @Test func aCompoundEndingInLowercaseIsNoName() {
    let found = topics(
      "The Nobel-winning novelist Ada Vance opened the fair in Leeds. Readers queued for her "
        + "Kafka-esque stories, and Vance signed books for an hour.")
    let names = found.filter { $0.kind != .phrase }.map(\.name)
    #expect(!names.contains { $0.contains("-") }, "\(names)")
    #expect(names.contains("Ada Vance"), "\(names)")
  }

  @Test func aCompoundBeforeANameIsCutOffIt() throws {
    let found = topics(
      "Shares rose after Kremlin-friendly Dariya Volkova bought the paper. Volkova said the "
        + "paper would keep its editor.")
    #expect(found.contains { $0.name == "Dariya Volkova" }, "\(found.map(\.name))")
    #expect(!found.contains { $0.name.hasPrefix("Kremlin-friendly") }, "\(found.map(\.name))")
  }

  @Test func aNameJoinedByAHyphenStaysAName() {
    let found = topics(
      "Rolls-Royce said orders rose. Engines made by Rolls-Royce power the new jets, and "
        + "Rolls-Royce hired staff in Derby.")
    #expect(found.contains { $0.name == "Rolls-Royce" && $0.kind != .phrase })
  }

  @Test func modifiersAndPrefixedNamesAreNoKeyPhrases() {
    let found = topics(
      "The award-winning baker opened a shop in town. Her award-winning loaves sold out by "
        + "noon, and the shop plans to open again in mid-June. Critics of the post-Brexit "
        + "rules praised the bakery, after a week of the-bakery-is-doomed, "
        + "the-bakery-is-saved gossip.")
    let phrases = found.filter { $0.kind == .phrase }.map(\.name)
    for junk in ["award-winning", "mid-June", "post-Brexit", "the-bakery-is-doomed"] {
      #expect(!phrases.contains(junk), "\(junk): \(phrases)")
    }
    #expect(phrases.contains { $0.contains("baker") || $0.contains("loaves") }, "\(phrases)")
  }
}
