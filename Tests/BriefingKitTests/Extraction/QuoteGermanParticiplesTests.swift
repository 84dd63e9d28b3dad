import BriefingKit
import Testing

/// A German description with a participle phrase after a speech verb (`sagte der in Hamburg
/// lebende Ukrainer`) is the mention whole, and resolves by its noun.
struct QuoteGermanParticiplesTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var mention: String
    var speaker: String?
    var testDescription: String { text }
  }

  @Test(
    arguments: [
      Case(
        text: "Der Boxer Vitali Koslow gewann. „Die Lage ist ernst“, sagte der in Hamburg "
          + "lebende Ukrainer.",
        mention: "der in Hamburg lebende Ukrainer", speaker: "Vitali Koslow"),
      Case(
        text: "Die Forscherin Anna Sabo fand die Perle. „Sie ist sehr alt“, sagte die auf "
          + "Muscheln spezialisierte Forscherin.",
        mention: "die auf Muscheln spezialisierte Forscherin", speaker: "Anna Sabo"),
      Case(
        text: "„Die Zahlen sind klar“, sagte der an der Studie beteiligte Politologe Georg "
          + "Spitzer.",
        mention: "der an der Studie beteiligte Politologe Georg Spitzer", speaker: "Georg Spitzer"),
      Case(
        text: "„Die Lage ist ernst“, sagte der in Hamburg lebende Ukrainer.",
        mention: "der in Hamburg lebende Ukrainer", speaker: nil),
    ])
  func participlePhraseIsPartOfTheMention(_ item: Case) throws {
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.first)
    #expect(quote.mention?.text == item.mention)
    #expect(quote.speaker == item.speaker)
  }

  @Test(
    arguments: [
      GermanMentionCase(
        text: "„Die Lage ist ernst“, sagte der Sprecher der Polizei am Abend.",
        mention: "der Sprecher der Polizei"),
      GermanMentionCase(
        text: "„Das ist ein toller Tag“, sagte die neue Direktorin Anna Vogt nach dem ersten "
          + "Versuch.",
        mention: "die neue Direktorin Anna Vogt"),
      GermanMentionCase(
        text: "„Die Lage ist ernst“, sagte der Minister Karl Brandt am Dienstag in Hannover.",
        mention: "der Minister Karl Brandt"),
    ])
  func phrasesAfterTheNounOrNameAreNoParticiplePhrase(_ item: GermanMentionCase) throws {
    try item.check()
  }
}
