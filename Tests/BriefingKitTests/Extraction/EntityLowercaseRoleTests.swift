import BriefingKit
import Testing

/// A title in lowercase before a name is the person's role, with the words that qualify it.
struct EntityLowercaseRoleTests {
  func entities(_ text: String) -> [Entity] {
    EntityExtractor().entities(in: Article(title: "", language: "en", paragraphs: [text]))
  }

  @Test func theTitleAndItsQualifiersBecomeTheRole() {
    let found = entities(
      "The plan was attacked by Harbour Party leader Mira Castell on Monday. Castell said "
        + "little else. Critics included shadow transport secretary Owen Pryce, who spoke "
        + "later.")
    #expect(found.first { $0.name == "Mira Castell" }?.role == "Harbour Party leader")
    #expect(found.first { $0.name == "Owen Pryce" }?.role == "shadow transport secretary")
  }

  @Test func aVerbOrAnArticleEndsTheRole() {
    let found = entities(
      "Voters backed leader Mira Castell. The voters then praised the leader Mira Castell.")
    let castell = found.first { $0.name == "Mira Castell" }
    #expect(castell?.role == "leader", "\(found.map { ($0.name, $0.role) })")
  }

  @Test func aRoleAfterAnotherPersonsRelationIsNobodysRole() {
    // The name may be the leader's or the aide's: neither role is given.
    let aide = entities(
      "The aide to the Harbour Party leader Owen Pryce spoke to reporters. Pryce left early.")
    #expect(aide.first { $0.name == "Owen Pryce" }?.role == nil, "\(aide.map(\.role))")
    // A relation word that names no person (`resignation`) leaves the role alone.
    let leader = entities(
      "The resignation of the Harbour Party leader Mira Castell surprised many. Castell left.")
    #expect(leader.first { $0.name == "Mira Castell" }?.role == "Harbour Party leader")
    // A capitalised word before `of the` opens a title, not a relation.
    let work = entities(
      "The Lord of the Harbours director Owen Pryce spoke on Monday. Pryce left early.")
    #expect(work.first { $0.name == "Owen Pryce" }?.role == "Harbours director", "\(work)")
  }
}
