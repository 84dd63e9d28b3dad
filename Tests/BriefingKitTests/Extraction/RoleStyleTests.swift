import Testing

@testable import BriefingKit

struct RoleStyleTests {
  @Test func aRoleOpeningASentenceReadsAsInsideOne() {
    let cases = [
      ("Former Chelsea captain", "former Chelsea captain"),
      ("New Home Secretary", "new Home Secretary"),
      ("Ex-Home Secretary", "ex-Home Secretary"),
      ("Singer", "singer"),
      ("Boss", "boss"),
      ("Party leader", "party leader"),
      ("Committee chairman", "committee chairman"),
      ("Chief executive", "chief executive"),
    ]
    for (role, written) in cases {
      #expect(RoleStyle.written(role, language: "en") == written, "\(role)")
    }
  }

  @Test func titlesNamesAndAcronymsKeepTheirCapitals() {
    for role in [
      "President", "Professor", "Lord", "Home Secretary", "Deputy Prime Minister",
      "Chief Constable", "Labour leader", "England coach", "CEO", "MP", "Tory chairman",
      "former Labour leader", "New Zealand coach", "New York attorney general", "",
    ] {
      #expect(RoleStyle.written(role, language: "en") == role, "\(role)")
    }
    #expect(RoleStyle.written(nil, language: "en") == nil)
  }

  @Test func otherLanguagesAreLeftAsWritten() {
    #expect(RoleStyle.written("Sprecherin", language: "de") == "Sprecherin")
    #expect(RoleStyle.written("Former", language: "fr") == "Former")
  }

  @Test func quotesAndTopicsShowTheRoleAsWrittenInsideASentence() throws {
    let article = Article(
      title: "Stadium plan", language: "en",
      paragraphs: [
        "Former Rovers captain Ada Vance backed the stadium plan on Monday. Vance said the club "
          + "had waited long enough.",
        "“We should build it this year,” said Vance.",
      ])
    let quotes = QuoteExtractor().quotes(in: article)
    let quote = try #require(quotes.first)
    #expect(quote.speaker == "Ada Vance")
    #expect(quote.role == "former Rovers captain", "\(quotes)")
    let topics = TopicExtractor().topics(in: article, quotes: quotes)
    let vance = try #require(topics.first { $0.name == "Ada Vance" })
    #expect(vance.role == "former Rovers captain", "\(topics)")
  }

  @Test func anInfinitiveBeforeATitleIsNoPartOfTheRole() throws {
    let article = Article(
      title: "Squad news", language: "en",
      paragraphs: [
        "The call-up gives Tom Reyes an opportunity to impress Lions coach Ada Brennan, who "
          + "leads the side.",
        "“I am looking forward to it,” Brennan said.",
      ])
    let quote = try #require(QuoteExtractor().quotes(in: article).first)
    #expect(quote.speaker == "Ada Brennan")
    #expect(quote.role == "Lions coach")
  }

  @Test func aQualifierTheArticleCapitalisesInsideASentenceKeepsIt() {
    let text = Array(
      "He joined the New Zealand side in 2001, said Former Chelsea captain Ivo Brandt."
        .unicodeScalars)
    #expect(
      RoleStyle.written("New Zealand coach", language: "en", text: text) == "New Zealand coach")
    #expect(
      RoleStyle.written("New Home Secretary", language: "en", text: text) == "new Home Secretary")
    #expect(
      RoleStyle.written("Former Chelsea captain", language: "en", text: text)
        == "former Chelsea captain")
  }

  @Test func quotesKeepAPlaceNameOpeningTheRole() throws {
    let article = Article(
      title: "Tour", language: "en",
      paragraphs: [
        "New Zealand coach Ada Henry named her side. But New Zealand lost on Monday.",
        "“We are ready,” Henry said.",
      ])
    let quote = try #require(QuoteExtractor().quotes(in: article).first)
    #expect(quote.speaker == "Ada Henry")
    #expect(quote.role == "New Zealand coach")
  }
}
