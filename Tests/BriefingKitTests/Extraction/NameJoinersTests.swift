import Testing

@testable import BriefingKit

/// The byte-wise joining-word check agrees with splitting the name into words.
struct NameJoinersTests {
  /// The definition: some space-separated word of the name is one of the joining words.
  static func splitting(_ key: String) -> Bool {
    key.split(separator: " ").contains { NameJoiners.words.contains($0) }
  }

  @Test func joinAgreesWithSplittingIntoWords() {
    let keys = [
      "bank of england", "department for transport", "tom and jerry", "the hague", "war on want",
      "of", "on", "for", "and", "the", "", " ", "  of  ", "ofo", "often", "off", "one", "theo",
      "fort worth", "andrew marr", "other", "fo", "o", "x of", "of x", "a  b", "the\u{301}",
      "bündnis für arbeit", "café of the arts", "josé de la torre", "x of \u{301}y",
      "of\u{301} x", "\u{600} of", "ünd on", "the\nhague", "of\r\n",
    ]
    for key in keys {
      #expect(NameJoiners.join(key) == Self.splitting(key), "\(key.debugDescription)")
    }
  }

  @Test func joinFindsEachJoiningWord() {
    for word in NameJoiners.words {
      #expect(NameJoiners.join("alpha \(word) beta"))
      #expect(!NameJoiners.join("alpha \(word)x beta"))
    }
  }
}
