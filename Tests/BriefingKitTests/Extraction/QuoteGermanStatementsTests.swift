import BriefingKit
import Testing

/// A statement named with its author before the clause that quotes it (`Den Vorwurf der
/// Opposition, er habe „…“, wies Huber zurück`): the author speaks, not the one who answers;
/// so does a name in the genitive after the words (`Die ersten Worte Meiers`).
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

  @Test func everyQuoteOfTheStatementIsTheAuthors() throws {
    let text =
      "Auf den Vorwurf der Partei, es handele sich um einen „Antrag ohne jeden Sinn“, mit dem "
      + "man „alle Bauherren zum Guten zwingen“ wolle, entgegneten die Grünen, dass dies falsch "
      + "sei."
    let quotes = QuoteFixture(text, language: "de").quotes
    #expect(quotes.count == 2)
    #expect(quotes.allSatisfy { $0.mention?.text == "den Vorwurf der Partei" })
  }

  @Test func statementWithoutAuthorGivesNone() throws {
    let text =
      "Den Vorwurf, er habe „das Parlament bewusst getäuscht“, wies Karl Huber am Montag zurück."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.mention == nil)
  }

  @Test(
    arguments: [
      (
        "Der Bergsteiger Tom Meier erreichte den Gipfel. Die ersten Worte Meiers, als er oben "
          + "stand, sind bis heute bekannt: „Ich kann nicht mehr weiter.“", "Tom Meier"
      ),
      (
        "Die ersten Worte Meiers, als er oben stand, sind bis heute bekannt: „Ich kann nicht "
          + "mehr weiter.“", "Meier"
      ),
    ])
  func nameInTheGenitiveOwnsTheWords(text: String, speaker: String) throws {
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == speaker)
  }
}
