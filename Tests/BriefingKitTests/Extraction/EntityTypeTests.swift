import BriefingKit
import Testing

/// The kinds a reader checks in `topics --kind`: companies, products, events and acronyms used
/// as modifiers.
struct EntityTypeTests {
  let extractor = EntityExtractor()

  func entities(_ body: String, speakers: [String] = []) -> [Entity] {
    let article = Article(title: "", language: "en", paragraphs: [body])
    return extractor.entities(in: article, speakers: speakers)
  }

  @Test func aKnownCompanyIsAnOrganisationEvenWhenItSpeaks() throws {
    let text = """
      The search giant Google said on Monday that its profits rose. Google told analysts the \
      advertising market was strong.
      """
    let found = try #require(entities(text, speakers: ["Google"]).first { $0.name == "Google" })
    #expect(found.kind == .organisation)
  }

  @Test(arguments: [
    "Gareth Brannock", "Darren Pelloe", "Harry Quenby", "Stuart Wainhill", "Anastasia Korvina",
    "Frederic Lantier", "Kostas Arvanitis", "Sophie Treloar", "Mauro Venditti", "Jelena Markovac",
  ])
  func aCommonGivenNameMakesAPersonWithoutOtherCues(name: String) throws {
    let text = "The crowd watched \(name) in the final set. \(name) won in three hours."
    let found = try #require(entities(text).first { $0.name == name }, "\(entities(text))")
    #expect(found.kind == .person)
  }

  @Test func aGivenNameBeforeIslandNamesAPlaceButBeforeLakeAPerson() throws {
    let text = """
      Ferries to Ellis Island stopped. Later Jamie Lake and crew rowed from Ellis Island to \
      the pier, where Jamie Lake waved.
      """
    let found = entities(text)
    #expect(found.first { $0.name == "Ellis Island" }?.kind == .place, "\(found)")
    #expect(found.first { $0.name == "Jamie Lake" }?.kind == .person, "\(found)")
  }

  @Test func anAmpersandBetweenSpacesJoinsOneOrganisation() throws {
    let text = """
      Procter & Gamble said on Friday it would buy a razor maker. Shares in Procter & Gamble \
      rose, and Marks & Spencer fell. AT&T did not comment. The salt & pepper shop closed.
      """
    let found = entities(text)
    let names = found.map(\.name)
    #expect(found.first { $0.name == "Procter & Gamble" }?.kind == .organisation, "\(names)")
    #expect(found.first { $0.name == "Procter & Gamble" }?.mentions == 2, "\(names)")
    #expect(found.first { $0.name == "Marks & Spencer" }?.kind == .organisation, "\(names)")
    #expect(names.contains("AT&T"), "\(names)")
    #expect(!names.contains("Gamble") && !names.contains("Procter"), "\(names)")
    let phrases = KeyPhraseExtractor().keyPhrases(
      in: Article(title: "", language: "en", paragraphs: [text]), limit: 20)
    #expect(!phrases.contains { $0.text.contains("&") }, "\(phrases.map(\.text))")
  }

  @Test func aGermanAmpersandJoinsNoNouns() {
    let text = "Für Mädchen & Jungen gibt es neue Kurse. Die Kurse für Mädchen sind voll."
    let article = Article(title: "", language: "de", paragraphs: [text])
    let names = extractor.entities(in: article).map(\.name)
    #expect(!names.contains { $0.contains("&") }, "\(names)")
  }

  @Test func anAmpersandBeforeAFullNameListsTwoPeople() {
    let text = "The film stars Rainn Wilson & Ellen Page, who met at the festival."
    let names = entities(text).map(\.name)
    #expect(names.contains("Rainn Wilson") && names.contains("Ellen Page"), "\(names)")
    #expect(!names.contains { $0.contains("&") }, "\(names)")
  }

  @Test func aKnownCompanyAfterAPlacePrepositionIsNoPlace() throws {
    let text = "Shoppers spent more in Amazon this winter than in any earlier season."
    let found = try #require(entities(text).first { $0.name == "Amazon" })
    #expect(found.kind == .organisation)
  }

  @Test func aProductNamedAfterItsMakerIsNoPerson() throws {
    let text = """
      Owners of the Apple Mac said the update was slow. "It is fine," said Apple Mac fans.
      """
    let found = try #require(entities(text).first { $0.name == "Apple Mac" })
    #expect(found.kind != .person)
    // The maker's own name stays an organisation.
    let maker = entities("Analysts said Apple would ship more units.")
    #expect(maker.first { $0.name == "Apple" }?.kind == .organisation)
  }

  @Test func anAcronymBeforeALowercaseNounIsAModifier() throws {
    let text = """
      The police had said ID cards would help. Critics said ID cards cost too much, and the \
      ID scheme was delayed.
      """
    let found = try #require(entities(text).first { $0.name == "ID" })
    #expect(found.kind == .other)
  }

  @Test func anAcronymAloneOrBeforeARoleStillPointsToAnOrganisation() throws {
    let text = "The XYZQ leader spoke first. Members of the XYZQ met later in the day."
    let found = try #require(entities(text).first { $0.name == "XYZQ" })
    #expect(found.kind == .organisation)
  }

  @Test func anAcronymThatSpeaksIsAnOrganisation() throws {
    let text = """
      Sales fell in March, the QRSB said. The QRSB survey covered shops, the QRSB added.
      """
    let found = try #require(entities(text, speakers: ["QRSB"]).first { $0.name == "QRSB" })
    #expect(found.kind == .organisation)
  }

  @Test func aMemberOfParliamentIsARoleBeforeOrAfterTheName() throws {
    let text = """
      Labour MP Jean Corston said the bill was rushed. Critics like Frank Field MP agreed, and \
      MPs voted late.
      """
    let found = entities(text)
    let corston = try #require(found.first { $0.name == "Jean Corston" })
    #expect(corston.kind == .person)
    #expect(corston.role == "Labour MP")
    #expect(found.first { $0.name == "Frank Field" }?.role == "MP")
    #expect(!found.contains { $0.name.hasPrefix("MP") || $0.name.hasSuffix("MP") })
  }

  @Test(arguments: [
    ("Voters return to the polls at the General Election in May.", "General Election"),
    ("England reached the final of the World Cup again.", "World Cup"),
    ("She won gold at the Athens Games last summer.", "Athens Games"),
    ("He won the Uefa Cup with his old club.", "Uefa Cup"),
  ])
  func anEventNounEndingANameMakesItOther(text: String, name: String) throws {
    let found = try #require(entities(text).first { $0.name == name })
    #expect(found.kind == .other)
    #expect(found.role == nil)
  }
}
