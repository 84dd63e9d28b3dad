import BriefingKit
import Testing

/// A word that only opens sentences or the headline keeps its capital in a key phrase when the
/// text never writes it in lowercase and it is no general word (`Vasquez could return`): it is
/// a name the finder could not confirm. General words there are lowered as before.
struct KeyPhraseCasingTests {
  func phrases(title: String, _ body: String) -> [String] {
    let article = Article(title: title, language: "en", paragraphs: [body])
    return KeyPhraseExtractor().keyPhrases(in: article, limit: 20).map(\.text)
  }

  @Test func anUnconfirmedNameKeepsItsCapital() {
    let found = phrases(
      title: "Vasquez could be back for more ferries",
      "Ferries may sail again next year. The operator said the ferries were old and that new "
        + "ferries would come.")
    #expect(found.contains("Vasquez"), "\(found)")
    #expect(!found.contains("vasquez"), "\(found)")
    #expect(found.contains("ferries"), "\(found)")
    #expect(!found.contains("Ferries"), "\(found)")
  }
}
