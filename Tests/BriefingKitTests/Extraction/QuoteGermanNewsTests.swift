import BriefingKit
import Testing

/// German speech verbs, ordinals and sentence openings that news writes around its quotes.
struct QuoteGermanNewsTests {
  @Test(
    arguments: [
      GermanMentionCase(
        text: "„Die Pläne sind unausgegoren“, monierte Jonas Keller.", mention: "Jonas Keller"),
      GermanMentionCase(
        text: "„Der Zeitplan hält“, erläuterte die Ministerin am Montag.",
        mention: "die Ministerin"),
      GermanMentionCase(
        text: "„Wir haben noch Luft nach oben“, scherzte Karl Berger.", mention: "Karl Berger"),
      GermanMentionCase(
        text: "„Das ist reine Schikane“, wetterte der Verbandschef.", mention: "der Verbandschef"),
    ])
  func speechVerbsOfComplaintAndMood(_ item: GermanMentionCase) throws {
    try item.check()
  }
}
