import BriefingKit
import Testing

/// Titles of works and newspapers, products and events are no people: a capitalised `The`
/// inside a sentence, a newspaper's word, a trade written with a capital (`Star`) before a
/// plural, a product or an event named like a body.
struct EntityWorkTitleTests {
  let extractor = EntityExtractor()

  func entities(_ text: String) -> [Entity] {
    extractor.entities(in: Article(title: "", language: "en", paragraphs: [text]))
  }

  @Test func aTradeWithACapitalBeforeAPluralNamesAWork() throws {
    let found = entities(
      "Fans of Moon Riders waited all night. Star Riders opened on Friday, and the director "
        + "of Star Riders said the sequel was ready. Star Riders has earned millions.")
    #expect(!found.contains { $0.name == "Riders" }, "\(found.map(\.name))")
    let work = try #require(found.first { $0.name == "Star Riders" })
    #expect(work.kind != .person)
    #expect(work.role == nil)
  }

  @Test func aTradeInLowercaseIsStillARole() throws {
    let found = entities("The film star Ada Vance said she would return. Vance said so twice.")
    let vance = try #require(found.first { $0.name == "Ada Vance" })
    #expect(vance.kind == .person)
  }

  @Test func aNewspaperAfterACapitalisedTheIsNoPerson() throws {
    let found = entities(
      "The minister spoke to The Sunday Courier on Friday. A spokesman told The Sunday "
        + "Courier the plan was sound, and the Courier said it stood by its story.")
    let paper = try #require(found.first { $0.name.hasSuffix("Courier") })
    #expect(paper.name == "Sunday Courier")
    #expect(paper.kind == .organisation)
    #expect(!found.contains { $0.kind == .person && $0.name.contains("Courier") })
  }

  @Test func aWorkAfterACapitalisedTheIsNoPersonWhateverVerbFollows() {
    let found = entities(
      "Critics praised The Harbourmaster this week. Viewers said The Harbourmaster said more "
        + "about the town than any news report.")
    #expect(found.first { $0.name == "Harbourmaster" }?.kind != .person)
  }

  @Test(arguments: ["PSP", "Internet Explorer", "Champions League"])
  func productsAndEventsAreOther(name: String) throws {
    let found = entities(
      "Sony said sales of the PSP rose, and Microsoft said Internet Explorer would change. "
        + "Chelsea said the Champions League draw was hard, and the Champions League said "
        + "nothing. The PSP said it all.")
    let thing = try #require(found.first { $0.name == name }, "\(found.map(\.name))")
    #expect(thing.kind == .other)
  }

  @Test func aCommonAcronymIsNoOnesInitials() {
    let found = entities(
      "Presenter Cal Dunmore said the show would go on. Cal Dunmore said her new CD would be "
        + "out in May, and the CD has ten songs.")
    let dunmore = found.first { $0.name == "Cal Dunmore" }
    #expect(dunmore?.aliases.contains("CD") == false, "\(found.map(\.name))")
    #expect(found.first { $0.name == "CD" }?.kind == .other)
  }

  @Test func aPlacesThingAndANationalityAreNoBodies() {
    let found = entities(
      "Viewers of US TV said the show was long. The South African said US TV was worse, and "
        + "the South Africans agreed with the North Korean.")
    #expect(found.first { $0.name == "US TV" }?.kind == .other, "\(found.map(\.name))")
    #expect(!found.contains { $0.name.hasPrefix("South African") || $0.name.hasPrefix("North") })
  }

  @Test func aHolidayIsNoPersonWhateverTitleOpensIt() {
    let found = entities(
      "Shops hope for a Merry Christmas. Father Christmas said the queues were long, and "
        + "Christmas said it all.")
    #expect(!found.contains { $0.kind == .person }, "\(found.map { ($0.name, $0.kind) })")
  }
}
