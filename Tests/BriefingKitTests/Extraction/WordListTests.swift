import Testing

@testable import BriefingKit

/// Word-list literals are read on their bytes as the old string splitting read them.
struct WordListTests {
  func items(_ list: String, separator: UInt8 = WordList.bar) -> [String] {
    var items: [String] = []
    WordList.forEachItem(in: list, separator: separator) {
      items.append(String(decoding: $0, as: UTF8.self))
    }
    return items
  }

  @Test func itemsEndAtTheSeparatorOrALineBreak() {
    #expect(items("harbour|old town\nriver|") == ["harbour", "old town", "river"])
    #expect(
      items("mañana tal vez\nсегодня", separator: WordList.space)
        == ["mañana", "tal", "vez", "сегодня"])
  }

  @Test func spacesAroundAnItemGoAndRunsInsideOneBecomeOne() {
    #expect(items("  north   end |  |\n|| east  ") == ["north end", "east"])
    #expect(items("a  b   c|d") == ["a b c", "d"])
    #expect(items("   ").isEmpty)
    #expect(items("").isEmpty)
  }

  @Test func eachLineOfAGroupListOpensWithItsKey() {
    var keys: [String] = []
    var members: [String] = []
    WordList.forEachGroupItem(in: "| red | crimson\n\nblue|navy|  sky blue\n") { item, isKey in
      let word = String(decoding: item, as: UTF8.self)
      if isKey { keys.append(word) } else { members.append(word) }
    }
    #expect(keys == ["red", "blue"])
    #expect(members == ["crimson", "navy", "sky blue"])
  }
}
