import BriefingKit
import Testing

/// A lone English `-ing` word is a topic where the article uses it as a noun (`public
/// spending`, `the housing of`), and not where it uses it as a verb (`was playing`, `a film
/// starring Mara Quill`, `very frustrating`).
struct KeyPhraseGerundTests {
  func phrases(_ body: String, limit: Int = 20) -> [String] {
    let article = Article(title: "", language: "en", paragraphs: [body])
    return KeyPhraseExtractor().keyPhrases(in: article, limit: limit).map(\.text)
  }

  @Test func aWordUsedAsAVerbIsNoTopic() {
    let found = phrases(
      "The orchestra was playing in the old harbour hall. Critics said the orchestra is "
        + "playing better than ever, and the harbour hall was full. A film starring Mara Quill "
        + "opened the festival; the festival also showed a comedy starring Ned Oban. The delay "
        + "was very frustrating for the orchestra, and the long delay is frustrating for fans.")
    for verb in ["playing", "starring", "frustrating"] {
      #expect(!found.contains(verb), "\(verb): \(found)")
    }
    #expect(found.contains("orchestra"), "\(found)")
    #expect(found.contains("festival"), "\(found)")
  }

  @Test func aWordUsedAsANounStaysATopic() {
    let found = phrases(
      "The council cut its spending on roads. Public spending on schools rose, and the "
        + "council said spending would rise again. Critics of the housing plan said the "
        + "housing of families in the old barracks was poor, and that better housing was "
        + "needed.")
    #expect(found.contains("spending"), "\(found)")
    #expect(found.contains("housing"), "\(found)")
  }

  @Test func oneUseWithAnObjectAfterAPrepositionNamesAnActivity() {
    let found = phrases(
      "Two men were arrested for beating a driver in the car park. Police said the beating "
        + "happened at night, and the driver was taken to hospital.")
    #expect(found.contains("beating"), "\(found)")
  }
}
