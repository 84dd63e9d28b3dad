import BriefingKit
import Testing

/// Which German spans are quotes: a short sentence of nouns with a cue after it is said by
/// someone, a word someone is called after `als` or a cue and an indefinite article (`sprach
/// von einem „…“`) is quoted, while titles and names of things stay out.
struct QuoteGermanBuilderTests {
  @Test(
    arguments: [
      ("„Rumänien ist Gastland“, erklärte Messedirektor Oliver Zille.", "Oliver Zille"),
      ("„Rumänien ist Gastland“, so Messedirektor Oliver Zille.", "Oliver Zille"),
      ("Minister Hans Berger bezeichnete die Pläne als „Wortbruch“.", "Hans Berger"),
      ("Die Ministerin Anna Vogt nannte es „Ein Desaster für die Stadt“.", "Anna Vogt"),
      (
        "SPD-Fraktionschef Uwe Berger sprach von einem „Armutszeugnis für die Landesregierung“.",
        "Uwe Berger"
      ),
    ])
  func sentencesAndNamingsWithACueAreQuotes(text: String, speaker: String) throws {
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == speaker)
  }

  @Test(
    arguments: [
      "Die Expedition startete mit dem „Virgin Atlantic GlobalFlyer“, erklärte die Leitung.",
      "Die Band tritt als „Creative Cities Stadt der Literatur“ auf.",
      "Die Zeitung „Kieler Nachrichten“ berichtete am Montag darüber.",
      "Er las am Abend in einem „Handbuch für die Landesregierung“.",
    ])
  func titlesAndNamesStayOut(text: String) {
    #expect(QuoteFixture(text, language: "de").quotes.isEmpty)
  }
}
