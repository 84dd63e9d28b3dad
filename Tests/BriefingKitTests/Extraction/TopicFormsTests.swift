import Testing

@testable import BriefingKit

/// Byte readings of name keys agree with the readings on characters they stand in for.
struct TopicFormsTests {
  static let keys = [
    "labour party", "tories", "lib dems", "bbc news", "congress", "campus", "party",
    "deutsche bahn", "europäischen union", "liberal democrats", "  two  spaces ", "x",
    "united nations", "bank of england", "news", "thirdparty", "policies", "", " ", "a b",
    "deutschen bahn ag", "grüne", "stadtwerke münchen", "new york city",
  ]

  @Test(arguments: keys)
  func aKeyTakenAsItsOwnMemberFormIsIt(key: String) {
    if TopicForms.isOwnMemberForm(key) { #expect(TopicMerger.memberForm(key) == key) }
  }

  @Test func mostPlainKeysAreTheirOwnMemberForm() {
    #expect(TopicForms.isOwnMemberForm("bank of england"))
    #expect(!TopicForms.isOwnMemberForm("labour party"))
    #expect(!TopicForms.isOwnMemberForm("tories"))
    #expect(!TopicForms.isOwnMemberForm("  two  spaces "))
  }

  @Test(arguments: keys)
  func adjectivesAreStemmedAsWordByWord(key: String) {
    let words = key.split(separator: " ")
    let expected =
      words.count > 1
      ? (words.dropLast().map { NameStemmer.stem(adjective: String($0)) } + [
        String(words[words.count - 1])
      ]).joined(separator: " ") : key
    #expect(TopicMerger.adjectivesStemmed(key) == expected)
  }

  @Test(arguments: keys)
  func aPhraseKeyStemsEachWord(key: String) {
    let expected = key.split(separator: " ").map { PhraseStemmer.stem(String($0), language: "und") }
      .joined(separator: " ")
    #expect(TopicMerger.phraseKey(key) == expected)
  }
}
