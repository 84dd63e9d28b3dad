import BriefingKit
import Testing

/// Roles, places with several names, and names that only stand next to each other.
struct EntityRoleTests {
  func entities(_ body: String, title: String = "") -> [Entity] {
    EntityExtractor().entities(
      in: Article(title: title, language: "en", paragraphs: [body]))
  }

  @Test func anOfficeNamedInTwoPartsIsOneRole() throws {
    let found = entities(
      "Trade and Industry Secretary Patricia Hewitt set out the plan. Hewitt said it was fair.")
    let hewitt = try #require(found.first { $0.name == "Patricia Hewitt" }, "\(found)")
    #expect(hewitt.role == "Trade and Industry Secretary")
    #expect(!found.contains { $0.name == "Trade" }, "\(found.map(\.name))")
  }

  @Test(
    arguments: [
      (
        "Harbour Police Commissioner Sir Alan Reeve opened the inquiry. Sir Alan said it "
          + "would report in May.", "Alan Reeve", "Harbour Police Commissioner"
      ),
      (
        "Northern Water Council Chairman Maria Olsen backed the plan. Olsen called it fair.",
        "Maria Olsen", "Northern Water Council Chairman"
      ),
      (
        "Harbour Office Minister Lord Penrose said the law would change. Lord Penrose added "
          + "more.", "Penrose", "Harbour Office Minister"
      ),
    ])
  func aPersonAfterABodysOfficeIsNotPartOfTheBody(text: String, name: String, role: String)
    throws
  {
    let found = entities(text)
    let person = try #require(found.first { $0.name == name }, "\(found.map(\.name))")
    #expect(person.kind == .person)
    #expect(person.role?.hasPrefix(role) == true, "\(person.role ?? "nil")")
    #expect(!found.contains { $0.name.hasSuffix(" " + name) }, "\(found.map(\.name))")
  }

  @Test(
    arguments: [
      (
        "Lib Dem home affairs spokesman Marta Vane criticised the plan. Vane said it was "
          + "wrong.", "Marta Vane", "Lib Dem home affairs spokesman"
      ),
      (
        "The board heard from chief operating officer Tomas Brill on Monday. Brill said sales "
          + "rose.", "Tomas Brill", "chief operating officer"
      ),
      (
        "The team was named by All Blacks captain Rua Tane at noon. Tane said it was strong.",
        "Rua Tane", "All Blacks captain"
      ),
    ])
  func aLowercaseTitleKeepsTheWordsThatQualifyIt(text: String, name: String, role: String)
    throws
  {
    let person = try #require(entities(text).first { $0.name == name })
    #expect(person.role == role)
  }

  @Test func aTitleBeforeAWordAlsoWrittenInLowercaseIsNoPerson() {
    let found = entities(
      "The party expects a General Election in May. Every election costs money, the party "
        + "treasurer said.")
    #expect(!found.contains { $0.name == "Election" && $0.kind == .person }, "\(found)")
  }

  @Test func anAcronymDoesNotJoinThePersonAfterIt() {
    let found = entities(
      "Party sources told the BBC Michael Howard had backed the cards. Michael Howard denied "
        + "it later.")
    let names = found.map(\.name)
    #expect(names.contains("Michael Howard"), "\(names)")
    #expect(!names.contains("BBC Michael Howard"), "\(names)")
  }

  @Test func theNamesOfOnePlaceAreOneEntity() throws {
    let found = entities(
      "The UK will host the talks. Britain has hosted them before, and the United Kingdom "
        + "pays for the venue. Ministers in the US and in America agree.")
    let britain = try #require(
      found.first { $0.kind == .place && $0.name == "United Kingdom" }, "\(found)")
    #expect(Set(britain.aliases) == ["Britain", "UK"], "\(britain.aliases)")
    #expect(britain.mentions == 3)
    #expect(found.filter { $0.kind == .place }.count == 2, "\(found.map(\.name))")
  }

  @Test func anOrganisationKnownByTwoNamesIsOneEntity() throws {
    let found = entities(
      "NATO ministers met in Brussels. The North Atlantic Alliance will expand, NATO said.")
    let nato = try #require(found.first { $0.name == "NATO" }, "\(found.map(\.name))")
    #expect(nato.aliases == ["North Atlantic Alliance"])
    #expect(!found.contains { $0.name == "North Atlantic Alliance" })
  }

  @Test func aLoneGivenNameIsTheOneFullNameItOpens() throws {
    let found = entities(
      "Coach Jacques Santini resigned on Friday. Santini thanked the fans, and Jacques said "
        + "he would rest.")
    let santini = try #require(found.first { $0.name == "Jacques Santini" }, "\(found)")
    #expect(Set(santini.aliases) == ["Jacques", "Santini"])
    let shared = entities(
      "Mark Ellis and Mark Duval ran the club. Mark said the club would survive.")
    #expect(
      shared.contains { $0.name == "Mark" } || !shared.contains { $0.aliases.contains("Mark") },
      "\(shared)")
  }

  @Test func anOfficeOfAnOrganisationIsARoleAndTheShortNameIsTheLongOne() throws {
    let found = entities(
      "The Governor of the Reserve Bank warned on prices. The Reserve Bank of Australia raised "
        + "rates, and the Reserve Bank said more rises may follow.")
    let bank = try #require(found.first { $0.name == "Reserve Bank of Australia" }, "\(found)")
    #expect(bank.kind == .organisation)
    #expect(bank.aliases.contains("Reserve Bank"), "\(bank.aliases)")
    #expect(!found.contains { $0.name.hasPrefix("Governor") }, "\(found.map(\.name))")
  }
}
