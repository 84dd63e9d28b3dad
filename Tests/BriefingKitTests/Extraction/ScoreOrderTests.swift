import Testing

@testable import BriefingKit

/// The rank order of scored phrases is the order of the standard sort, whatever the input.
struct ScoreOrderTests {
  /// The order the key-phrase ranking asked of the standard library before ``ScoreOrder``.
  func expected(_ entries: [ScoreOrder.Entry]) -> [Int] {
    entries.sorted { ($0.score, $1.index) > ($1.score, $0.index) }.map(\.index)
  }

  @Test func higherScoresComeFirstAndTiesKeepTheLowerIndexFirst() {
    var entries: [ScoreOrder.Entry] = [(1.0, 0), (3.0, 1), (1.0, 2), (2.0, 3), (3.0, 4)]
    ScoreOrder.sort(&entries)
    #expect(entries.map(\.index) == [1, 4, 3, 0, 2])
  }

  @Test func emptyAndSingleInputsAreLeftAsTheyAre() {
    var none: [ScoreOrder.Entry] = []
    ScoreOrder.sort(&none)
    #expect(none.isEmpty)
    var one: [ScoreOrder.Entry] = [(0.5, 7)]
    ScoreOrder.sort(&one)
    #expect(one.map(\.index) == [7])
  }

  @Test func randomScoresWithManyTiesSortAsTheStandardSortDoes() {
    var random = SplitMix(seed: 7)
    for round in 0..<300 {
      let count = Int.random(in: 0...400, using: &random)
      // Few distinct scores make long runs of ties; sorted and reversed runs test the pivot.
      let distinct = Int.random(in: 1...20, using: &random)
      var entries: [ScoreOrder.Entry] = (0..<count).map { index in
        (Double(Int.random(in: 0..<distinct, using: &random)) / 4, index)
      }
      if round % 3 == 1 { entries.sort { $0.score < $1.score } }
      if round % 3 == 2 { entries.sort { $0.score > $1.score } }
      let want = expected(entries)
      ScoreOrder.sort(&entries)
      #expect(entries.map(\.index) == want, "round \(round)")
    }
  }
}
