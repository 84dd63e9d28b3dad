import BriefingKit
import Testing

/// A party's adjective standing alone names the party.
struct EntityPartyTests {
  @Test(arguments: [
    ("Labour said the plan would cost too much. Voters agreed with Labour on this.", "Labour"),
    ("The Democrats said they would vote against it. Later the Democrats walked out.", "Democrats"),
  ])
  func aPartyNamedByItsAdjectiveIsAnOrganisation(text: String, party: String) throws {
    let article = Article(title: "", language: "en", paragraphs: [text])
    let entity = try #require(EntityExtractor().entities(in: article).first { $0.name == party })
    #expect(entity.kind == .organisation)
  }

  @Test func aNationalityAloneIsStillNoEntity() {
    let text = "The Russian said little. Later the Russian left the room."
    let article = Article(title: "", language: "en", paragraphs: [text])
    #expect(!EntityExtractor().entities(in: article).contains { $0.name == "Russian" })
  }
}
