import BriefingKit
import Testing

/// A German sentence after a quote that points back at its words with `dieser` and names
/// their owner (`Von diesem Versprechen des Präsidenten …`, `Diese dem Kanzler …
/// zugeschriebene Weisheit`) gives the owner as speaker.
struct QuoteGermanOwnedWordsTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var speaker: String?
    var testDescription: String { text }
  }

  @Test(
    arguments: [
      Case(
        text: "„Wer nicht wagt, der nicht gewinnt, so ist es eben!“ Diese häufig dem früheren "
          + "Kanzler Otto Brenner zugeschriebene Weisheit gilt auch heute.",
        speaker: "Otto Brenner"),
      Case(
        text: "Das Abkommen, das 1990 zwischen der Nordbank und der Stadt beschlossen wurde, "
          + "sollte „den Frieden in der ganzen Region sichern“. Von diesem Versprechen des "
          + "damaligen Präsidenten Paul Kramer ist nichts geblieben.",
        speaker: "Paul Kramer"),
      Case(
        text: "Huber sagte: „Wir bleiben hier bis zum Ende.“ Dieser Satz des Bürgermeisters "
          + "Jan Vogt wurde oft zitiert.",
        speaker: "Huber"),
      Case(
        text: "„Wer nicht wagt, der nicht gewinnt, so ist es eben!“ Diese Stadt des Kaisers "
          + "Otto Brenner ist alt.",
        speaker: nil),
    ])
  func ownerOfTheWordsSpeaks(_ item: Case) throws {
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.first)
    #expect(quote.speaker == item.speaker)
  }
}
