import Testing

@testable import BriefingKit

/// A word set answers as the set of the words' hashes does, whatever the case or apostrophe.
struct QuoteWordSetTests {
  static let words = ["can", "could", "both", "either", "don't", "businesswoman", "über", "a"]

  @Test func holdsItsWordsInAnyCase() {
    let set = QuoteWordSet(Self.words)
    for word in Self.words + ["CAN", "Both", "don’t", "Über"] {
      #expect(set.contains(QuoteToken.hash(of: word)), "\(word)")
    }
  }

  @Test func answersAsASetOfHashes() {
    let set = QuoteWordSet(Self.words)
    let hashes = Set(Self.words.map(QuoteToken.hash(of:)))
    let others = ["cannot", "bot", "", "0", "businessman", "uber", "an", "eithe", "neither"]
    for word in Self.words + others {
      let hash = QuoteToken.hash(of: word)
      #expect(set.contains(hash) == hashes.contains(hash), "\(word)")
    }
    for hash: UInt64 in [0, 1, 2, .max] { #expect(!set.contains(hash)) }
  }
}
