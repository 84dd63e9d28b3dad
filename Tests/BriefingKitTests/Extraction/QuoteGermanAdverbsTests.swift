import BriefingKit
import Testing

/// German adverbs between a speech verb after a quote and its subject (`sagte auch ein
/// Sprecher`, `erklärte jedoch Jonas Keller`) do not hide the subject.
struct QuoteGermanAdverbsTests {
  @Test(
    arguments: [
      GermanMentionCase(
        text: "Die Polizei sprach mit Anna Gruber. „Die Lage ist ruhig“, sagte auch ein "
          + "Sprecher der Landespolizei.",
        mention: "ein Sprecher der Landespolizei"),
      GermanMentionCase(
        text: "Die Polizei sprach mit Anna Gruber. „Die Lage ist ruhig“, meint auch Karl "
          + "Berger vom Verband.",
        mention: "Karl Berger"),
      GermanMentionCase(
        text: "Die Stadt plant neu. „Wir warten ab“, sagte dazu der Bürgermeister.",
        mention: "der Bürgermeister"),
      GermanMentionCase(
        text: "Anna Gruber lehnte ab. „Das ist zu teuer“, erklärte jedoch Jonas Keller.",
        mention: "Jonas Keller"),
    ])
  func subjectAfterAdverbsFollowingTheVerb(_ item: GermanMentionCase) throws {
    try item.check()
  }

  @Test func adverbBeforeClauseKeepsTheSpeaker() throws {
    let text = "Anna Gruber sprach lange. „Wir warten ab“, sagte sie auch, als der Saal leer war."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == "Anna Gruber")
  }
}
