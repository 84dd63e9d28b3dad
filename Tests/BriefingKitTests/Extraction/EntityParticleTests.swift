import BriefingKit
import Testing

/// A capitalised particle after a given name belongs to the name, whatever the stopwords say.
struct EntityParticleTests {
  func names(_ text: String, language: String) -> [String] {
    EntityExtractor().entities(in: Article(title: "", language: language, paragraphs: [text]))
      .map(\.name)
  }

  @Test func aFrenchParticleJoinsTheName() {
    let found = names(
      "« Nous voulons des pistes », a déclaré l'adjointe au maire Claire Le Goff jeudi.",
      language: "fr")
    #expect(found.contains("Claire Le Goff"), "\(found)")
    #expect(!found.contains("Claire") && !found.contains("Goff"), "\(found)")
  }

  @Test func aParticleOpeningASentenceStaysAWord() {
    let found = names("Marie partit tôt. Le Monde publia la lettre.", language: "fr")
    #expect(!found.contains { $0.hasPrefix("Marie Le") }, "\(found)")
  }
}
