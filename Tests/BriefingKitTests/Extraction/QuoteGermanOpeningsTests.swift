import BriefingKit
import Testing

/// German subjects that open their sentence behind a focus particle (`Selbst Karl Huber
/// kritisierte, …`), with a name in quotation marks after their noun (`Die Wochenzeitung
/// „Die Welt“ hatte kritisiert, …`), or as a body before the verb and a known name (`Die
/// Gewerkschaft kritisierte Schneider als „…“`).
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

  @Test(
    arguments: [
      Case(
        text: "Der Kandidat Paul Schneider verzichtet auf Spenden.\n\nDie Gewerkschaft kritisierte "
          + "Schneider als „einen Feind der Arbeiter und der Angestellten“.",
        mention: "Die Gewerkschaft"),
      Case(
        text: "Der Kandidat Paul Schneider verzichtet auf Spenden. Auch Anna Bauer tritt an.\n\n"
          + "Bauers Kampagne dagegen warf Schneider vor, er sei nur ein „typischer Politiker“, "
          + "der tue, was ihm nütze.",
        mention: "Bauers Kampagne"),
      Case(
        text: "Der Kandidat Paul Schneider sitzt in Haft.\n\nDer englischsprachigen Zeitung sagte "
          + "Paul Schneider: „Sie halten mich hier fest, aber nicht meinen Geist.“",
        mention: "Paul Schneider"),
    ])
  func bodyOpeningTheSentenceSpeaksNotTheNameAfterTheVerb(_ item: Case) throws {
    try item.check()
  }
}
