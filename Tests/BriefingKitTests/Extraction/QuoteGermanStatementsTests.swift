import BriefingKit
import Testing

/// A statement named with its author before the clause that quotes it (`Den Vorwurf der
/// Opposition, er habe „…“, wies Huber zurück`): the author speaks, not the one who answers.
struct QuoteGermanStatementsTests {
  typealias Case = GermanMentionCase

  @Test(
    arguments: [
      Case(
        text: "Den Vorwurf der Opposition, er habe „das Parlament bewusst getäuscht“, wies Karl "
          + "Huber zurück.",
        mention: "Den Vorwurf der Opposition"),
      Case(
        text: "Auf den Vorwurf der Partei, es handele sich um einen „Antrag ohne jeden Sinn“, "
          + "entgegneten die Grünen, dass dies falsch sei.",
        mention: "den Vorwurf der Partei"),
    ])
  func authorOfTheStatementSpeaks(_ item: Case) throws {
    try item.check()
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.first)
    #expect(quote.speaker != "Karl Huber")
  }

  @Test func statementWithoutAuthorGivesNone() throws {
    let text =
      "Den Vorwurf, er habe „das Parlament bewusst getäuscht“, wies Karl Huber am Montag zurück."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.mention == nil)
  }
}
