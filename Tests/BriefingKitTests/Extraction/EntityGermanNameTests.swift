import BriefingKit
import Testing

/// German capitalises every noun: the nouns before a person's name and the endings of an
/// organisation's adjectives do not make new names.
struct EntityGermanNameTests {
  func entities(_ text: String) -> [Entity] {
    EntityExtractor().entities(in: Article(title: "", language: "de", paragraphs: [text]))
  }

  @Test func theNounsBeforeAGivenNameAreNotPartOfTheName() throws {
    let found = entities(
      "Gestern traf der Premierminister David Cameron in Berlin ein. Der Besuch dauerte "
        + "zwei Tage, sagte der Regierungssprecher Thomas Weber am Abend.")
    let names = found.map(\.name)
    #expect(names.contains("David Cameron"), "\(names)")
    #expect(names.contains("Thomas Weber"), "\(names)")
    #expect(!names.contains { $0.hasPrefix("Premierminister") || $0.hasPrefix("Regierungs") })
  }

  @Test func aNameOpeningWithAGivenNameKeepsAllItsWords() {
    let names = entities("Am Montag sprach Hans Peter Doskozil mit Journalisten.").map(\.name)
    #expect(names.contains("Hans Peter Doskozil"), "\(names)")
  }

  @Test func theInflectedFormsOfAnOrganisationAreOneEntity() throws {
    let found = entities(
      "Die Deutsche Bahn erhöht im Dezember die Preise. Ein Sprecher der Deutschen Bahn "
        + "sagte, die Preise der Deutschen Bahn seien im Vergleich niedrig.")
    let bahn = found.filter { $0.name.hasSuffix("Bahn") }
    #expect(bahn.count == 1, "\(found.map(\.name))")
    #expect(bahn.first?.mentions == 3)
    #expect(bahn.first?.kind == .organisation)
  }

  @Test func aLoneNounIsNoNameWhateverItsCue() {
    let names = entities(
      "Die Regierung beschloss das Gesetz. Nach Angaben der Regierung kostet es wenig, "
        + "sagte Ministerin Eva Lang in Wien. Das Gericht prüft es, teilte die ÖVP mit."
    )
    .map(\.name)
    #expect(!names.contains("Regierung") && !names.contains("Angaben"), "\(names)")
    #expect(!names.contains("Gericht"), "\(names)")
    #expect(names.contains("Eva Lang") && names.contains("Wien") && names.contains("ÖVP"))
  }

  @Test func aCapitalisedParticleAndItsArticleBelongToTheName() {
    let names = entities(
      "Am Montag empfing Alexander Van der Bellen die Ministerin. Danach sprach Van der Bellen "
        + "mit Journalisten."
    )
    .map(\.name)
    #expect(names.contains("Alexander Van der Bellen"), "\(names)")
    #expect(!names.contains("Alexander Van"), "\(names)")
  }

  @Test func anOfficeInACompoundIsSplitOffAsTheRole() throws {
    let found = entities(
      "Der Bremer Hafensenator Ole Brink besuchte am Montag das Terminal. Brink lobte die "
        + "Arbeiter. Auch der Vereinssprecherin Kaja Lind gefiel das Terminal, und der "
        + "Top-Stürmer Ramires kam zum Spiel."
    )
    let brink = try #require(found.first { $0.name == "Ole Brink" }, "\(found.map(\.name))")
    #expect(brink.role == "Bremer Hafensenator")
    #expect(brink.kind == .person)
    #expect(found.first { $0.name == "Kaja Lind" }?.role == "Vereinssprecherin")
    #expect(found.first { $0.name == "Ramires" }?.role == "Top-Stürmer", "\(found.map(\.name))")
    #expect(!found.contains { $0.name.contains("senator") || $0.name.contains("sprecherin") })
  }

  @Test func aTradeNamedByItsEndingIsSplitOffAsTheRole() {
    let found = entities(
      "Der Forensiker Havelka untersuchte die Spuren. Havelka fand nichts. Die "
        + "Virologin Mara Stein riet zur Vorsicht."
    )
    #expect(found.first { $0.name == "Havelka" }?.role == "Forensiker", "\(found.map(\.name))")
    #expect(found.first { $0.name == "Mara Stein" }?.role == "Virologin", "\(found.map(\.name))")
  }
}
