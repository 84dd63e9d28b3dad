import BriefingKit
import Testing

/// German subjects that open their sentence behind a focus particle (`Selbst Karl Huber
/// kritisierte, …`) or with a name in quotation marks after their noun (`Die Wochenzeitung
/// „Die Welt“ hatte kritisiert, …`).
struct QuoteGermanOpeningsTests {
  typealias Case = GermanMentionCase

  @Test(
    arguments: [
      Case(
        text: "Die Wochenzeitung „Die Welt“ hatte im September kritisiert, dass die Partei „für "
          + "ihre unkritische Haltung bekannt“ sei.",
        mention: "Die Wochenzeitung „Die Welt“"),
      Case(
        text: "Selbst die linke Wochenzeitung „Die Welt“ hatte im September kritisiert, dass die "
          + "Partei „für ihre unkritische Haltung bekannt“ sei.",
        mention: "die linke Wochenzeitung „Die Welt“"),
      Case(
        text: "Selbst Karl Huber kritisierte, dass die Partei „für ihre unkritische Haltung "
          + "bekannt“ sei.",
        mention: "Karl Huber"),
    ])
  func subjectAtTheOpening(_ item: Case) throws {
    try item.check(last: true)
  }
}
