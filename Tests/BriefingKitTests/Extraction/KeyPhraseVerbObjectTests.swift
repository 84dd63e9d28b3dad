import BriefingKit
import Testing

/// An `-ing` word right before an article, a possessive or an object pronoun is a verb with
/// its object (`actress playing a nurse`): no key phrase ends in it, and the nouns stay.
struct KeyPhraseVerbObjectTests {
  func phrases(_ body: String, limit: Int = 20) -> [String] {
    let article = Article(title: "", language: "en", paragraphs: [body])
    return KeyPhraseExtractor().keyPhrases(in: article, limit: limit).map(\.text)
  }

  @Test func aPhraseNeverEndsInAVerbBeforeItsObject() {
    let found = phrases(
      "She won the prize for best actress playing a nurse in the war drama. The war drama "
        + "was shot in Malta, and a suspect wearing a mask robbed the studio. Police said the "
        + "suspect wearing the mask fled.")
    for junk in ["actress playing", "best actress playing", "suspect wearing"] {
      #expect(!found.contains(junk), "\(junk): \(found)")
    }
    #expect(found.contains("war drama"), "\(found)")
    #expect(found.contains("suspect") || found.contains("mask"), "\(found)")
  }

  @Test func aPhraseNeverEndsInAVerbBeforeAnAmount() {
    let found = phrases(
      "Corvex led the market with 40 deals totaling $5 billion. Harbour Bank was second with "
        + "31 deals totaling $3 billion, and bond deals rose.")
    #expect(!found.contains("deals totaling"), "\(found)")
    #expect(found.contains("deals"), "\(found)")
  }

  @Test func anIngNounBeforeOtherWordsStays() {
    let found = phrases(
      "The money laundering case opened on Monday. Money laundering charges were filed, "
        + "and the building was sealed. The building stood empty for the money laundering "
        + "inquiry.")
    #expect(found.contains("money laundering"), "\(found)")
    #expect(found.contains("building"), "\(found)")
  }
}
