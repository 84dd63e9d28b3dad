import BriefingKit
import Testing

/// German reported speech that runs on past its cue: a second quote in a `sagte, …` clause,
/// a colon before subjunctive speech, a passive `wird … zitiert`, a source named in the
/// sentence before (`Nach Angaben von …`), and a subject with a participle phrase.
struct QuoteGermanReportsTests {
  typealias Case = GermanMentionCase

  @Test(
    arguments: [
      Case(
        text:
          "Klaus Wendt sagte am Sonntag, die Lage sei „ernst und unübersichtlich“ und die Bewohner "
          + "sollten wissen, „dass wir alles tun, um ihnen zu helfen“.",
        mention: "Klaus Wendt"),
      Case(
        text: "Klaus Wendt zeigte sich enttäuscht: Der Schritt sei „falsch und gefährlich für "
          + "die ganze Region“.",
        mention: "Klaus Wendt"),
      Case(
        text: "„Das ist ein schwarzer Tag für unsere Stadt“, wird Bürgermeisterin Petra Hansen "
          + "in der Zeitung zitiert.",
        mention: "Bürgermeisterin Petra Hansen"),
      Case(
        text: "Nach Angaben von Bürgermeisterin Petra Hansen ist die Lage ernst. „Wir brauchen "
          + "jetzt schnelle Hilfe vom Land.“",
        mention: "Bürgermeisterin Petra Hansen"),
      Case(
        text: "Laut Bürgermeisterin Petra Hansen ist die Lage ernst. „Wir brauchen jetzt "
          + "schnelle Hilfe vom Land.“",
        mention: "Bürgermeisterin Petra Hansen"),
      Case(
        text: "Aus Sicht von Bürgermeisterin Petra Hansen ist die Lage „ernst, aber durchaus "
          + "beherrschbar“.",
        mention: "Bürgermeisterin Petra Hansen"),
      Case(
        text: "„Wir sind stolz auf diese Mannschaft“, schrieb die in Hamburg geborene Lena "
          + "Vogt auf Twitter.",
        mention: "die in Hamburg geborene Lena Vogt"),
    ])
  func speakerOfReportedSpeech(_ item: Case) throws {
    try item.check(last: true)
  }

  @Test func aSecondSpeakerInTheIndicativeKeepsTheirQuote() throws {
    let quotes = QuoteFixture(
      "Klaus Wendt sagte, die Lage sei „ernst und unübersichtlich“, doch Anna Vogt erwiderte: "
        + "„Wir haben alles im Griff.“", language: "de"
    ).quotes
    #expect(quotes.map(\.speaker) == ["Klaus Wendt", "Anna Vogt"])
  }
}
