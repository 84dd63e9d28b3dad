import BriefingKit
import Testing

/// German names set off by a comma after a description that names no one: after a place or
/// body in a prepositional phrase, after a phrase the article names but no person, and after
/// an article, adjectives and a role (`der frühere Präsident Michail Sorin`).
struct QuoteGermanAppositivesTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var speaker: String?
    var testDescription: String { text }
  }

  @Test(
    arguments: [
      Case(
        text: "„Die Anlage ist sicher“, sagt der Leiter der Abteilung Umwelt im Amt der "
          + "Landesregierung, Harald Brenner.",
        speaker: "Harald Brenner"),
      Case(
        text: "„Die Reform kommt jetzt“, sagt der Gouverneur der Region, Karl Sorin.",
        speaker: "Karl Sorin"),
      Case(
        text: "„Die Reform kommt jetzt“, sagt der Gouverneur von Odessa, Michail Sorin, am "
          + "Montag.",
        speaker: "Michail Sorin"),
      Case(
        text: "„Wir bleiben zusammen“, so der Literaturreferent des Grazer Forums Stadtpark, "
          + "Max Berner.",
        speaker: "Max Berner"),
      Case(
        text: "„Die Reform kommt jetzt“, sagt der Gouverneur, der frühere Präsident Michail "
          + "Sorin.",
        speaker: "Michail Sorin"),
    ])
  func nameAfterTheDescriptionIsTheSpeaker(_ item: Case) throws {
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.first)
    #expect(quote.speaker == item.speaker)
  }

  @Test(
    arguments: [
      "„Die Reform kommt jetzt“, sagt der Sprecher im Amt, die Stadt Linz plane mehr.",
      "„Die Reform kommt jetzt“, sagt der Sprecher am Montag, Deutschland Kurier werde helfen.",
    ])
  func aClauseAfterTheCommaIsNoName(_ text: String) throws {
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == nil)
    #expect(quote.mention?.text == "der Sprecher")
  }
}
