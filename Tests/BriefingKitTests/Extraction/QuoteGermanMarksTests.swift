import BriefingKit
import Testing

/// German marks: a `’` at a word's start leaves letters out (`die ’Nduja-Bande`, `’s
/// Wirtshaus`) and opens no quote, so the quotes after it in the paragraph are kept.
struct QuoteGermanMarksTests {
  @Test(
    arguments: [
      "Die Polizei ging gegen die ’Nduja-Bande vor. ’Nduja ist ein Deckname.\n\nDie ’Nduja-Bande "
        + "wächst. „In 20 Jahren werden sie in Oslo sein“, sagte Renzi.",
      "Wir saßen in ’s Wirtshaus am Markt. „In 20 Jahren werden sie in Oslo sein“, sagte Renzi.",
    ])
  func elisionOpensNoQuote(text: String) throws {
    let quotes = QuoteFixture(text, language: "de").quotes
    #expect(quotes.count == 1)
    #expect(quotes.first?.text == "In 20 Jahren werden sie in Oslo sein")
    #expect(quotes.first?.speaker == "Renzi")
  }
}
