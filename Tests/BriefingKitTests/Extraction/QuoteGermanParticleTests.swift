import BriefingKit
import Testing

/// Names with lower-case particles (`von der`, `de`, `zu`, `al-`) stay whole as speakers, and a
/// later mention by surname with its particles finds the full name; prepositions between a
/// surname and a noun join nothing.
struct QuoteGermanParticleTests {
  @Test(
    arguments: [
      ("„Wir handeln jetzt“, sagte Ulrike von der Aue am Abend.", "Ulrike von der Aue"),
      ("„Der Plan steht“, sagte Martin de Vries in Köln.", "Martin de Vries"),
      ("„Wir bleiben“, sagte Malik al-Rashid im Radio.", "Malik al-Rashid"),
      ("„Der Plan steht“, sagte Anna van den Bosch in Köln.", "Anna van den Bosch"),
    ])
  func particlesBelongToTheName(text: String, speaker: String) throws {
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == speaker)
  }

  @Test func surnameWithParticlesFindsTheFullName() throws {
    let fixture = QuoteFixture(
      [
        "„Wir handeln jetzt“, sagte Ulrike von der Aue am Abend.",
        "„Das reicht nicht“, sagte von der Aue.",
      ], language: "de")
    let speakers = fixture.quotes.map(\.speaker)
    #expect(speakers == ["Ulrike von der Aue", "Ulrike von der Aue"])
  }

  @Test func hyphenedGivenNameTakesZu() throws {
    let fixture = QuoteFixture(
      ["Hans-Peter zu Ebersfeld sprach im Landtag.", "„Wir warten ab“, sagte Ebersfeld."],
      language: "de")
    let quote = try #require(fixture.quotes.first)
    #expect(quote.speaker == "Hans-Peter zu Ebersfeld")
  }

  @Test(
    arguments: [
      "„Es wird knapp“, sagte Minister Olaf Brenner von der Kanzlei.",
      "„Es wird knapp“, sagte Brenner zu Journalisten in Bonn.",
      "„Es wird knapp“, sagte Olaf Brenner der Zeitung.",
    ])
  func prepositionsAfterASurnameJoinNothing(text: String) throws {
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    let speaker = try #require(quote.speaker)
    #expect(speaker.hasSuffix("Brenner"))
  }
}
