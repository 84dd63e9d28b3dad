import Testing

@testable import BriefingKit

struct ScalarWordSetTests {
  static let words: Set<String> = ["Mr", "U.S", "z.B", "т.е", "été", "Messrs"]

  @Test(arguments: [
    "Mr", "Mrs", "M", "U.S", "U.K", "z.B", "т.е", "т.к", "été", "e\u{301}te\u{301}", "ete",
    "Messrs", "", "MR",
  ])
  func answersAsASetOfStrings(probe: String) {
    let set = ScalarWordSet(Self.words)
    let scalars = Array(("<" + probe + ">").unicodeScalars)
    let range = 1..<(scalars.count - 1)
    #expect(set.contains(scalars, range) == Self.words.contains(probe))
  }

  @Test func decomposedLettersMatchLikeStrings() {
    // String equality is canonical equivalence: the decomposed spelling is in the set.
    let set = ScalarWordSet(["été"])
    let scalars = Array("e\u{301}te\u{301}".unicodeScalars)
    #expect(set.contains(scalars, 0..<scalars.count))
  }
}
