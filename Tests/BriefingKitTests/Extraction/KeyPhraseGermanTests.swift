import BriefingKit
import Testing

/// German capitalises its nouns, so a German key phrase ends in a word the text writes with a
/// capital inside its sentences, and keeps that capital wherever it stands.
struct KeyPhraseGermanTests {
  func phrases(_ body: String, title: String = "") -> [String] {
    let article = Article(title: title, language: "de", paragraphs: [body])
    return KeyPhraseExtractor().keyPhrases(in: article, limit: 20).map(\.text)
  }

  @Test func verbsAdjectivesAndAdverbsAloneAreNoKeyPhrases() {
    let found = phrases(
      "Die Stadt hat am Dienstag neue Regeln für Radfahrer beschlossen. Die Regeln gelten "
        + "sofort. Radfahrer müssen in der Innenstadt langsamer fahren, erklärte der Ausschuss. "
        + "Viele Radfahrer nannten die Regeln überzogen. Beschlossen wurde außerdem ein neuer "
        + "Radweg am Ufer.",
      title: "Neue Regeln für Radfahrer")
    for junk in ["beschlossen", "Beschlossen", "gelten", "langsamer", "fahren", "überzogen"] {
      #expect(!found.contains(junk), "\(junk): \(found)")
    }
    #expect(found.contains("Radfahrer"), "\(found)")
    #expect(found.contains { $0.hasSuffix("Regeln") }, "\(found)")
    #expect(found.contains { $0.hasSuffix("Radweg") }, "\(found)")
  }

  @Test func aNounAtTheStartOfASentenceOrHeadlineKeepsItsCapital() {
    let found = phrases(
      "Hochwasser bedroht die Altstadt. Seit Montag steigt das Hochwasser, und die Feuerwehr "
        + "sichert die Altstadt mit Sandsäcken.",
      title: "Altstadt unter Wasser")
    #expect(found.contains("Hochwasser"), "\(found)")
    #expect(found.contains("Altstadt"), "\(found)")
    #expect(!found.contains("hochwasser") && !found.contains("altstadt"), "\(found)")
  }

  @Test func nounsOfSetPhrasesAreNoKeyPhrases() {
    // `zur Verfügung stellen`, `im Rahmen`, `nach Angaben`: nouns that only carry an idiom,
    // and `Menschen`, as vague as `people` in English.
    let found = phrases(
      "Die Stadt stellt den Menschen ab Montag neue Notquartiere zur Verfügung. Im Rahmen der "
        + "Hilfe gibt es nach Angaben der Stadt auch Decken. Viele Menschen warten noch. Die "
        + "Notquartiere stehen bis Ende März zur Verfügung.",
      title: "Notquartiere für Menschen")
    for junk in ["Verfügung", "Menschen", "Rahmen", "Angaben", "Ende"] {
      #expect(!found.contains(junk), "\(junk): \(found)")
    }
    #expect(found.contains("Notquartiere"), "\(found)")
  }
}
