import BriefingKit
import Testing

/// Key phrases name things: a verb, an adjective or a title cannot be a phrase's head.
struct KeyPhraseHeadTests {
  func phrases(_ body: String, title: String = "", limit: Int = 20) -> [String] {
    let article = Article(title: title, language: "en", paragraphs: [body])
    return KeyPhraseExtractor().keyPhrases(in: article, limit: limit).map(\.text)
  }

  @Test func verbFormsAreNeverKeyPhrases() {
    let found = phrases(
      "Harbour Minister Ana Reyes spoke on Monday. \"We will not wait,\" Reyes said. She "
        + "promised new ferries and warned that the harbour must run on time.",
      title: "Reyes warns on ferries")
    for verb in ["warns", "spoke", "wait", "promised", "warned", "run", "said"] {
      #expect(!found.contains(verb), "\(verb): \(found)")
    }
    #expect(found.contains("ferries"), "\(found)")
    #expect(found.contains("harbour"), "\(found)")
  }

  @Test func aWordTheTextUsesAsANounStaysAPhrase() {
    let found = phrases(
      "The council will study the flood plan. The plan moves homes away from the river, and "
        + "the plan was welcomed by residents.")
    #expect(found.contains("plan") || found.contains("flood plan"), "\(found)")
    #expect(!found.contains("study"), "\(found)")
  }

  @Test func adjectivesAloneAreNotKeyPhrases() {
    let found = phrases(
      "Critics called the tax scheme desperate. The scheme looked desperate and costly to "
        + "older farmers, who said the tax was unfair.")
    for adjective in ["desperate", "unfair", "older"] {
      #expect(!found.contains(adjective), "\(adjective): \(found)")
    }
    #expect(found.contains("tax") || found.contains("tax scheme"), "\(found)")
  }

  @Test func infinitivesAndOusAdjectivesAreNotKeyPhrases() {
    let found = phrases(
      "The sprinter hopes to compete in the relay. Fans called the relay disastrous, and the "
        + "coach wants to scrutinise the relay team.")
    for junk in ["compete", "disastrous", "scrutinise"] {
      #expect(!found.contains(junk), "\(junk): \(found)")
    }
    #expect(found.contains("relay") || found.contains("relay team"), "\(found)")
  }

  @Test func aRoleBeforeANameIsNeitherANameNorAPhrase() {
    let found = phrases(
      "Transport Secretary Idris Okafor visited the depot. Okafor praised the depot staff "
        + "and the new trains.")
    for role in ["transport", "transport Secretary", "Transport Secretary"] {
      #expect(!found.contains(role), "\(role): \(found)")
    }
    #expect(found.contains("depot"), "\(found)")
  }

  @Test func otherLanguagesKeepTheirWords() {
    let article = Article(
      title: "", language: "fr",
      paragraphs: [
        "Le gouvernement prépare une réforme des retraites. La réforme des "
          + "retraites sera votée en mars."
      ])
    let found = KeyPhraseExtractor().keyPhrases(in: article, limit: 10).map(\.text)
    #expect(found.contains { $0.hasPrefix("réforme") }, "\(found)")
  }

  @Test func aVerbWithItsObjectIsNoPhraseButItsParticipleIsAnAdjective() {
    let found = phrases(
      "Prosecutors will pursue harsher penalties. The court weighed imported cigarettes, and "
        + "the ministry introduces harsher penalties for imported cigarettes in May.")
    #expect(!found.contains { $0.hasPrefix("pursue") || $0.hasPrefix("introduces") }, "\(found)")
    #expect(found.contains("harsher penalties"), "\(found)")
    #expect(found.contains("imported cigarettes"), "\(found)")
  }
}
