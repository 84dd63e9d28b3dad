import Testing

@testable import BriefingKit

struct PrefixStemsTests {
  @Test func aWordBeginsWithThePrefixAsTheIndexComparesWords() {
    #expect(PrefixStems.textHasWord(beginning: "negotiat", "Talks. Negotiations resumed."))
    #expect(PrefixStems.textHasWord(beginning: "zur", "A café in Zürich"))
    #expect(PrefixStems.textHasWord(beginning: "Café", "the cafe"))
    // Inside a word is not at its beginning.
    #expect(!PrefixStems.textHasWord(beginning: "negotiat", "They renegotiated."))
    #expect(PrefixStems.textHasWord(beginning: "negotiat", "re-negotiated"))
    #expect(!PrefixStems.textHasWord(beginning: "negotiat", "negotia"))
    #expect(!PrefixStems.textHasWord(beginning: "", "text"))
    #expect(!PrefixStems.textHasWord(beginning: "text", ""))
  }

  @Test func stemWordsAreOnlyThoseThePrefixWouldMiss() throws {
    let store = try SessionStore()
    let words = try store.read { db in
      let stems = try PrefixStems(in: db)
      return try (
        stems.words(beginning: "negotiat"), stems.words(beginning: "harb"),
        stems.words(beginning: "new labour")
      )
    }
    // One word per stem the prefix misses: `negotiate` stands for negotiation(s), -ed, -or.
    #expect(words.0 == ["negotiate"])
    #expect(words.1.isEmpty)
    #expect(words.2.isEmpty)
  }
}
