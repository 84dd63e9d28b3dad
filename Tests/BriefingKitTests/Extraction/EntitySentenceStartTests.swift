import BriefingKit
import Testing

/// A common word or a stopword keeps its capital for a known name it begins.
struct EntitySentenceStartTests {
  func names(_ body: String, title: String = "") -> [String] {
    EntityExtractor().entities(in: Article(title: title, language: "en", paragraphs: [body]))
      .map(\.name)
  }

  @Test func aKnownPlaceOpeningASentenceKeepsItsFirstWord() {
    let found = names(
      "New Zealand won the match by a new record margin. Fans cheered in Auckland.")
    #expect(found.contains("New Zealand"), "\(found)")
    #expect(!found.contains("Zealand"), "\(found)")
  }

  @Test func aKnownPlaceOpeningTheHeadlineKeepsItsFirstWord() {
    let found = names(
      "The city council met on Monday to discuss a new budget.", title: "New York cuts budget")
    #expect(!found.contains("York"), "\(found)")
  }

  @Test func aCommonWordBeforeAnUnknownNameStaysOut() {
    let found = names("New Brinmouth rules start today. The new rules are strict.")
    #expect(!found.contains("New Brinmouth"), "\(found)")
  }

  @Test func aStopwordOpeningAKnownPlaceIsPartOfIt() {
    let found = names("Fans flew to New York on Monday, and the team met in New York again.")
    #expect(found.contains("New York"), "\(found)")
    #expect(!found.contains("York"), "\(found)")
  }

  @Test func anAdverbBeforeTheOpensALostSentenceNotAName() {
    // A byline ran into the text without a full stop.
    let found = names(
      "Posted by the press team on March 2 2010 Recently the Harbour Commission opened an "
        + "inquiry. The Harbour Commission said little.")
    #expect(found.contains("Harbour Commission"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("Recently") }, "\(found)")
  }

  @Test func anAdverbOpeningASentenceIsNoPartOfTheNameAfterIt() {
    let found = names(
      "Initially Harbour Radio will reach three towns. Eventually Corvane Labs plans more, "
        + "and Kelly Brandt said Harbour Radio and Corvane Labs would share masts.")
    #expect(found.contains("Harbour Radio"), "\(found)")
    #expect(found.contains("Corvane Labs"), "\(found)")
    #expect(found.contains("Kelly Brandt"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("Initially") || $0.hasPrefix("Eventually") }, "\(found)")
  }
}
