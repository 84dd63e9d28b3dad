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

  @Test(
    arguments: [
      Case(
        text: "John Berg sprach von einer Zerstörung. Seiner Ansicht nach „sind wir Zeugen eines "
          + "schwarzen Tages“.",
        mention: "Seiner Ansicht"),
      Case(
        text: "Er wollte schweigen. Seine Meinung zu dem Plan: „Ich halte ihn für falsch.“",
        mention: "Seine Meinung"),
      Case(
        text: "Bürgermeister Klaus Wendt zog eine positive Bilanz.\n\n„Wir haben in dieser Zeit "
          + "viel erreicht, aber es bleibt noch einiges zu tun.“",
        mention: "Bürgermeister Klaus Wendt"),
      Case(
        text: "Einen „großen Erfolg für die ganze Stadt“ nannte Bürgermeister Klaus Wendt das "
          + "Ergebnis.",
        mention: "Bürgermeister Klaus Wendt"),
      Case(
        text: "„Jeder Dritte glaubt nicht mehr an die Politik.“ Das ist die zentrale Aussage "
          + "einer Studie, die heute vorgestellt wurde.",
        mention: "einer Studie"),
    ])
  func speakerOfAViewAParagraphOrAFrontedObject(_ item: Case) throws {
    try item.check(last: true)
  }

  @Test func possessiveViewResolvesLikeItsPronoun() throws {
    let text =
      "John Berg sprach von einer Zerstörung. Seiner Ansicht nach „sind wir Zeugen eines "
      + "schwarzen Tages“."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == "John Berg")
  }

  @Test func aQuoteListedAfterAnotherKeepsItsSpeaker() throws {
    let quotes = QuoteFixture(
      "Zwar würde sie eine Strafe verhängen, doch Anwalt Jan Berger betonte, der Mann sei weder "
        + "„gewalttätig und gefährlich“, „noch hätte er sich jemals etwas zuschulden kommen "
        + "lassen“.", language: "de"
    ).quotes
    #expect(quotes.map(\.speaker) == ["Jan Berger", "Jan Berger"])
    #expect(quotes.count == 2)
  }

  @Test func aCueDeepInTheNextSentenceIsNotTheQuotes() throws {
    let text =
      "„Der Versuch ist strafbar und wird verfolgt.“ Auf den Stimmzetteln sollen die Wähler "
      + "das künftig erklären."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.mention == nil)
    #expect(quote.cue == nil)
  }

  @Test func aSecondSpeakerInTheIndicativeKeepsTheirQuote() throws {
    let quotes = QuoteFixture(
      "Klaus Wendt sagte, die Lage sei „ernst und unübersichtlich“, doch Anna Vogt erwiderte: "
        + "„Wir haben alles im Griff.“", language: "de"
    ).quotes
    #expect(quotes.map(\.speaker) == ["Klaus Wendt", "Anna Vogt"])
  }
}
