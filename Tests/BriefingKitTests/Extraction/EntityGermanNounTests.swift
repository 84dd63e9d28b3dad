import BriefingKit
import Testing

/// German capitalises every noun: an abstract noun after an office, a body after a noun for
/// its kind and an adjective before a noun are no people, and a body the text only writes
/// inflected is named in the nominative.
struct EntityGermanNounTests {
  func entities(_ text: String) -> [Entity] {
    EntityExtractor().entities(in: Article(title: "", language: "de", paragraphs: [text]))
  }

  @Test func anAbstractNounAfterAnOfficeIsNoPerson() {
    let found = entities(
      "Die Opposition wirft dem Finanzminister Spekulation vor. Finanzminister Hans Berger "
        + "wies das am Montag zurück.")
    let names = found.map(\.name)
    #expect(!names.contains("Spekulation"), "\(names)")
    #expect(found.contains { $0.name == "Hans Berger" && $0.kind == .person })
  }

  @Test func aLowercaseWordThatIsATitleElsewhereGivesNoPerson() {
    let found = entities("Das sei reine Verschwörung, sagte Hans Berger am Montag in Graz.")
    #expect(!found.contains { $0.name == "Verschwörung" && $0.kind == .person })
  }

  @Test func aNounForABodyIsNoPartOfTheName() throws {
    let found = entities(
      "Mit seiner Band Nachtfalter spielte der Sänger in Graz. Die Band Nachtfalter tritt im "
        + "Mai wieder auf.")
    #expect(!found.contains { $0.name.hasPrefix("Band") }, "\(found.map(\.name))")
    let band = try #require(found.first { $0.name == "Nachtfalter" })
    #expect(band.kind != .person)
  }

  @Test func aNounBeforeAPlaceInTheGenitiveIsNoPartOfTheName() {
    let found = entities(
      "Der Sturm legte den Verkehr in weiten Teilen Norddeutschlands lahm. Auch im Süden "
        + "Frankreichs gab es Schäden, und in der Hauptstadt Deutschlands fielen Züge aus. "
        + "In Norddeutschland und in Frankreich wird aufgeräumt. Die Lage Afghanistans "
        + "bleibt unklar.")
    let names = found.map(\.name)
    #expect(!names.contains { $0.contains(" ") }, "\(names)")
    #expect(!names.contains("Teilen") && !names.contains("Süden"), "\(names)")
    #expect(found.contains { $0.name == "Norddeutschland" && $0.kind == .place }, "\(names)")
    #expect(found.contains { $0.name == "Frankreich" && $0.kind == .place }, "\(names)")
    #expect(!names.contains("Frankreichs") && !names.contains("Norddeutschlands"), "\(names)")
    // A place written only in the genitive is named in the nominative.
    #expect(found.contains { $0.name == "Afghanistan" && $0.kind == .place }, "\(names)")
  }

  @Test func aBodyWrittenOnlyInflectedIsNamedInTheNominative() throws {
    let found = entities(
      "Der Vorstand der Deutschen Bahn nannte neue Preise. Die Kunden der Deutschen Bahn "
        + "zahlen ab Juni mehr, sagte ein Sprecher der Deutschen Bahn.")
    let bahn = try #require(found.first { $0.name.hasSuffix("Bahn") })
    #expect(bahn.name == "Deutsche Bahn")
    #expect(bahn.aliases.contains("Deutschen Bahn"))
  }

  @Test func everyAdjectiveBeforeTheNounIsInTheNominative() throws {
    let found = entities(
      "Der Rat der Europäischen Zentralbank tagte am Montag. Die Sitzung der Europäischen "
        + "Zentralbank dauerte lange, hieß es aus der Europäischen Zentralbank.")
    #expect(found.contains { $0.name == "Europäische Zentralbank" }, "\(found.map(\.name))")
  }

  @Test func aPluralOrAGenitiveNounLeavesTheNameAsWritten() {
    let found = entities(
      "Die Spieler des Deutschen Fußball-Bundes reisten ab. Ein Sprecher des Deutschen "
        + "Fußball-Bundes sagte, die Reise sei lang. Die Lage der Ostfriesischen Inseln ist gut.")
    let names = found.map(\.name)
    #expect(!names.contains("Deutsche Fußball-Bundes"), "\(names)")
    #expect(!names.contains("Ostfriesische Inseln"), "\(names)")
  }

  @Test func aNewspaperAfterTheNounZeitungIsNamedWithoutIt() throws {
    let found = entities(
      "Das berichtete die britische Zeitung Morning Ledger am Sonntag. Die Zeitung Morning "
        + "Ledger berief sich auf Quellen im Ministerium. Die Terrormiliz Morning Ledger gibt "
        + "es nicht.")
    #expect(!found.contains { $0.name.hasPrefix("Zeitung") }, "\(found.map(\.name))")
    let paper = try #require(found.first { $0.name == "Morning Ledger" })
    #expect(paper.kind != .person)
  }

  @Test func aBorrowedStarOpensATitleInGermanToo() {
    let found = entities(
      "Die Fans von Star Quest warten seit Jahren. Der Film Star Quest kommt im Mai ins Kino, "
        + "meinte Star Quest am Montag.")
    #expect(!found.contains { $0.name == "Quest" }, "\(found.map(\.name))")
    #expect(!found.contains { $0.name == "Star Quest" && $0.kind == .person })
  }

  @Test(arguments: ["ÖVP-Obmann", "LBP-Kandidat", "Kriminalsoziologe", "Regierungskollege"])
  func aCompoundOfficeBeforeANameIsItsRole(office: String) throws {
    let found = entities(
      "Am Montag sprach der \(office) Ortwin Pfaller in Linz. Pfaller sagte, er bleibe.")
    let person = try #require(found.first { $0.name == "Ortwin Pfaller" }, "\(found.map(\.name))")
    #expect(person.role == office)
  }

  @Test func aNounAfterAnArticleBeforeANameIsNoPartOfIt() {
    let found = entities(
      "Die Werke des Bildhauers Ortwin Pfaller sind in Linz zu sehen. Der junge Künstler Kalvos "
        + "zeigt dort auch Bilder, meinte Kalvos am Montag.")
    let names = found.map(\.name)
    #expect(names.contains("Ortwin Pfaller"), "\(names)")
    #expect(!names.contains { $0.hasPrefix("Bildhauers") || $0.hasPrefix("Künstler") })
  }

  @Test func anAdjectiveOrAShortWordAfterAnArticleStaysInTheName() {
    let found = entities(
      "Das berichtete die Deutsche Bahn am Montag. Am Abend spielten die Rolling Pebbles im "
        + "Wiener Burgtheater, und das Wiener Burgtheater war voll. Das Ziel des Simplicity Data Lab "
        + "ist klar.")
    let names = found.map(\.name)
    #expect(names.contains("Deutsche Bahn"), "\(names)")
    #expect(names.contains("Rolling Pebbles"), "\(names)")
    #expect(names.contains("Simplicity Data Lab"), "\(names)")
    #expect(names.contains("Wiener Burgtheater"), "\(names)")
  }

  @Test func aGenitiveEndsTheName() {
    let found = entities(
      "Der Konzern Quellbit stellte am Montag neue Geräte vor. Laut Sprecher läuft "
        + "Quellbits Betriebssystem auf allen Geräten, meinte Quellbits Betriebssystem-Chef.")
    let names = found.map(\.name)
    #expect(!names.contains { $0.hasPrefix("Quellbits ") }, "\(names)")
    #expect(names.contains("Quellbit"))
  }

  @Test func aGivenNameEndingInSIsNoGenitive() {
    let found = entities(
      "Andrea Pfaller traf am Montag Andreas Kalvos in Linz. Mit George Fiske kam auch "
        + "Georges Aalberg, meinte Andreas Kalvos.")
    let names = found.map(\.name)
    #expect(names.contains("Andreas Kalvos"), "\(names)")
    #expect(names.contains("Georges Aalberg"), "\(names)")
  }
}
