import BriefingKit
import Testing

/// An office named with `of` before a person's name is the person's role.
struct EntityOfficeTests {
  func entities(_ body: String) -> [Entity] {
    EntityExtractor().entities(in: Article(title: "", language: "en", paragraphs: [body]))
  }

  @Test(arguments: [
    (
      "The hack was meant to sway the vote, Secretary of Homeland Security Karen Olsen said. "
        + "Olsen gave no details.", "Karen Olsen", "Secretary of Homeland Security"
    ),
    (
      "Secretary of Fisheries Ruth Okonjo opened the harbour. Okonjo spoke of fisheries.",
      "Ruth Okonjo", "Secretary of Fisheries"
    ),
    (
      "The plan was backed by Secretary of Homeland Security Varga. The security of the port "
        + "was the issue, Varga said.", "Varga", "Secretary of Homeland Security"
    ),
  ])
  func theOfficeIsTheRoleOfTheNameAfterIt(text: String, name: String, role: String) throws {
    let found = entities(text)
    let person = try #require(found.first { $0.name == name }, "\(found.map(\.name))")
    #expect(person.kind == .person)
    #expect(person.role == role)
  }

  @Test func aPlaceAfterAnOfficeIsNoOfficeHolder() {
    let found = entities("The President of Veldonia met the press. Veldonia is small.")
    #expect(found.contains { $0.name == "Veldonia" && $0.role == nil }, "\(found)")
  }

  @Test func anHonourEndingInAPlaceNamesNoHolder() {
    let found = entities(
      "She was made a Commander of the Order of the Bath in the order of honours. Bath lies "
        + "west of London.")
    #expect(!found.contains { $0.name == "Bath" && $0.kind == .person }, "\(found)")
  }

  @Test func anOfficeWithoutAHolderIsNoPerson() {
    let found = entities("The Minister of Foreign Affairs met the press on foreign affairs.")
    #expect(!found.contains { $0.kind == .person }, "\(found)")
  }

  @Test func aGivenNameWithATitleIsNotTheFullNameItOpens() throws {
    let found = entities(
      "Prince Charles opened the bridge. Charles Kennedy said the bridge was late, and Kennedy "
        + "asked who would pay.")
    let kennedy = try #require(found.first { $0.name == "Charles Kennedy" }, "\(found)")
    #expect(kennedy.role == nil)
    #expect(found.contains { $0.name == "Charles" && $0.role == "Prince" }, "\(found)")
  }
}
