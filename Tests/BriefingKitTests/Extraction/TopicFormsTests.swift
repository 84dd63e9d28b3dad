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

  @Test(arguments: keys)
  func aKeyHasSeveralWordsWhenItHasALastOfSeveral(key: String) {
    #expect(TopicMerger.hasSeveralWords(key) == (TopicMerger.lastOfSeveralWords(key) != nil))
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

  /// Pairs of strings that are `==` though their bytes differ: a Kelvin sign, a Greek
  /// question mark and a Greek varia are canonically one ASCII character each, and an accent
  /// may be precomposed or combining.
  static let equivalents = [
    ("k\u{212A}", "kK"), ("what\u{037E}", "what;"), ("\u{1FEF}quoted", "`quoted"),
    ("caf\u{E9}", "cafe\u{301}"), ("\u{212A}\u{301}", "K\u{301}"),
  ]

  @Test(arguments: equivalents)
  func equalStringsShareAnID(left: String, right: String) {
    #expect(left == right)
    #expect(TopicForms.StringIDs.hash(left) == TopicForms.StringIDs.hash(right))
    var ids = TopicForms.StringIDs(capacity: 4)
    let first = ids.id(left)
    #expect(first.isNew)
    let second = ids.id(right)
    #expect(second.id == first.id && !second.isNew)
    #expect(ids.id(right + "s").isNew)
  }

  @Test(arguments: keys + ["bbc news", "a \r\nb", "gruppe f\u{FC}r arbeit"])
  func initialsAreTheFirstCharactersOfTheWords(key: String) {
    var forms = TopicForms(TopicTable(capacity: 0))
    let words = key.split(separator: " ")
    let content = words.filter { !NameJoiners.words.contains($0) }
    let id = forms.id(key)
    let initials = forms.initials(id)
    #expect(initials.all == String(words.compactMap(\.first)))
    #expect(initials.content == String(content.compactMap(\.first)))
  }
}
