import BriefingKit
import Testing

/// A group or body that speaks through a verb joined by `und` (`… zogen die Demonstranten
/// zum Rathaus und skandierten „…“`), also after a fronted phrase holding a title.
struct QuoteGermanGroupsTests {
  typealias Case = GermanMentionCase

  @Test(
    arguments: [
      Case(
        text: "Am Samstag zogen die Demonstranten zum Rathaus und skandierten dabei Parolen wie "
          + "„Schluss mit dem Fluglärm jetzt“.",
        mention: "die Demonstranten"),
      Case(
        text: "Unter dem Motto „Luft statt Lärm“ zogen die Demonstranten zum Rathaus und "
          + "skandierten dabei Parolen wie „Schluss mit dem Fluglärm jetzt“.",
        mention: "die Demonstranten"),
    ])
  func groupBeforeUndSpeaks(_ item: Case) throws {
    try item.check(last: true)
  }

  @Test func thingBeforeUndIsNoSpeaker() throws {
    let text =
      "Am Samstag fiel der Strom im ganzen Viertel aus und erinnerte an „die dunklen Tage des "
      + "letzten Winters“."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.last)
    #expect(quote.mention?.text != "der Strom")
  }
}
