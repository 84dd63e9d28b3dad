import BriefingKit
import Testing

/// Kinds a reader of `topics --kind person|org|place` would flag as wrong: capitalised common
/// nouns, offices, places named by their geography, bodies that speak, attributive compounds.
struct EntityKindCueTests {
  let extractor = EntityExtractor()

  func entities(_ body: String, speakers: [String] = []) -> [Entity] {
    let article = Article(title: "", language: "en", paragraphs: [body])
    return extractor.entities(in: article, speakers: speakers)
  }

  @Test(arguments: ["TV", "DVD", "GDP"])
  func aCommonNounInCapitalsIsOtherWhateverStandsNearIt(word: String) throws {
    let text = """
      Families bought more \(word) this year. Retailers said \(word) was the surprise of the \
      season, and the \(word) said nothing at all.
      """
    let found = try #require(entities(text, speakers: [word]).first { $0.name == word })
    #expect(found.kind == .other)
  }

  @Test func primeMinisterAndCounselAreOfficesNotOrganisations() throws {
    let text = """
      PM Tony Blair said the plan was fair. The PM met lawyers later, and Ben Emmerson QC said \
      the detainees would appeal.
      """
    let found = entities(text, speakers: ["Guy Mansfield QC"])
    #expect(found.first { $0.name == "Tony Blair" }?.role == "PM")
    #expect(found.first { $0.name == "Ben Emmerson" }?.role == "QC")
    #expect(found.first { $0.name == "Guy Mansfield" }?.kind == .person)
    #expect(!found.contains { $0.name == "PM" || $0.name == "QC" || $0.name.hasSuffix(" QC") })
  }

  @Test func aNameHeadedByANounOfGeographyIsAPlaceEvenWhenQuoted() throws {
    let text = """
      Campaigners fought the airport planned for the Isle of Sheppey. Downing Street said the \
      plan was sound, and ships sailed up the River Medway.
      """
    let found = entities(text, speakers: ["Isle of Sheppey"])
    #expect(found.first { $0.name == "Isle of Sheppey" }?.kind == .place)
    #expect(found.first { $0.name == "Downing Street" }?.kind == .place)
    #expect(found.first { $0.name == "River Medway" }?.kind == .place)
  }

  @Test func aNounOfGeographyInsideANameOrAfterAGivenNameSaysNothing() {
    let text = """
      The Manic Street Preachers played first. Mike Lake said the crowd was the largest yet.
      """
    let found = entities(text)
    #expect(found.first { $0.name == "Manic Street Preachers" }?.kind != .place)
    #expect(found.first { $0.name == "Mike Lake" }?.kind == .person)
  }

  @Test func aBodyThatSpeaksIsAnOrganisation() {
    let text = """
      US Customs claimed the raids were a success. The Home Office said it would not comment.
      """
    let found = entities(text, speakers: ["Home Office"])
    #expect(found.first { $0.name == "US Customs" }?.kind == .organisation)
    #expect(found.first { $0.name == "Home Office" }?.kind == .organisation)
  }

  @Test func anAttributiveCompoundIsNotPartOfTheName() {
    let text = """
      Paris-based Euronext said it may bid. The US-led talks stalled, and Euronext waited.
      """
    let found = entities(text)
    #expect(found.contains { $0.name == "Euronext" })
    #expect(!found.contains { $0.name.contains("-based") || $0.name.contains("-led") })
  }

  @Test func aPluralNounOpeningASentenceDoesNotSpeakAsAPerson() {
    let text = """
      Analysts said the shares were cheap. Critics say the market is wrong. Jones said nothing.
      """
    let found = entities(text, speakers: ["Analysts"])
    #expect(!found.contains { $0.name == "Analysts" && $0.kind == .person })
    #expect(!found.contains { $0.name == "Critics" })
    #expect(found.first { $0.name == "Jones" }?.kind == .person)
  }
}
