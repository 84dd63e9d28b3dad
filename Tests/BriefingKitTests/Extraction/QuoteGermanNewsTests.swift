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

  @Test(
    arguments: [
      GermanMentionCase(
        text: "Trainerin Lena Vogt über den 1. Heimsieg: „Das war ein gutes Spiel.“",
        mention: "Trainerin Lena Vogt"),
      GermanMentionCase(
        text: "Nach dem 3. Versuch sagte Paul Brandt: „Jetzt reicht es.“", mention: "Paul Brandt"),
    ])
  func ordinalAfterAnArticleEndsNoSentence(_ item: GermanMentionCase) throws {
    try item.check()
  }
}
