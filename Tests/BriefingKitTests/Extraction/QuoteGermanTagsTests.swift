import BriefingKit
import Testing

/// A German subject with a tag in parentheses (`Karl Huber (SPD) kritisierte die Regierung`)
/// speaks for the quote that follows its sentence; the object after the verb does not.
struct QuoteGermanTagsTests {
  typealias Case = GermanMentionCase

  @Test(
    arguments: [
      Case(
        text: "Karl Huber (SPD) kritisierte die Regierung scharf. „Die Regierung hat versagt. "
          + "Sie hat keine Pläne.“",
        mention: "Karl Huber"),
      Case(
        text: "Anna Vogt (Grüne, 44) lobte die Bürgermeisterin. „Sie hat in der Krise einen "
          + "kühlen Kopf bewahrt.“",
        mention: "Anna Vogt"),
    ])
  func taggedSubjectSpeaks(_ item: Case) throws {
    try item.check()
  }

  @Test func taggedThingIsNoSpeaker() throws {
    let text = "Der Haushalt (2024) enthält neue Schulden. „Das ist ein schwerer Fehler für alle.“"
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.mention == nil)
  }
}
