import Testing

@testable import BriefingKit

/// Name words held inline or spilled read, compare and hash as the arrays they stand for.
struct NameWordsTests {
  static let lists: [[Int32]] = [
    [], [0], [7], [0, 0], [3, 9], [9, 3], [1, 2, 3], [1, 2, 3, 4], [1, 2, 3, 4, 5],
    [5, 4, 3, 2, 1, 0], [Int32.max, Int32.min, -1, 0], [2, 0, 0, 0], [2, 0, 0, 0, 0],
  ]

  @Test(arguments: lists)
  func readsBackAsTheArray(words: [Int32]) {
    let built = NameWords(count: words.count) { words[$0] }
    #expect(Array(built) == words)
    #expect(Array(NameWords(words)) == words)
    #expect(built.count == words.count)
    #expect(built.first == words.first && built.last == words.last)
    #expect(built.suffix(2).elementsEqual(words.suffix(2)))
  }

  @Test func equalityAndHashingFollowTheArrays() {
    for first in Self.lists {
      for second in Self.lists {
        let one = NameWords(first)
        let other = NameWords(count: second.count) { second[$0] }
        #expect((one == other) == (first == second), "\(first) \(second)")
        if first == second { #expect(one.hashValue == other.hashValue) }
      }
    }
  }

  @Test func aSliceMakesTheSameKeyAsTheWholeOfItsWords() {
    let long = NameWords([4, 8, 15, 16, 23, 42])
    var table: [NameWords: Int] = [NameWords([4, 8]): 1]
    table[NameWords(long[..<2]), default: 0] += 1
    #expect(table[NameWords([4, 8])] == 2)
    #expect(table.count == 1)
  }
}
