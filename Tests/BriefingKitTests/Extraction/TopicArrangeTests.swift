import Testing

@testable import BriefingKit

/// ``TopicExtractor/arrange(_:in:)``: the in-place permutation behind topic ranking.
struct TopicArrangeTests {
  @Test func placesEachItemWhereTheOrderSays() {
    var items = ["a", "b", "c", "d", "e"]
    TopicExtractor.arrange(&items, in: [3, 0, 4, 1, 2])
    #expect(items == ["d", "a", "e", "b", "c"])
  }

  @Test func leavesItemsAloneForTheIdentityOrAMismatchedOrder() {
    var items = ["x", "y", "z"]
    TopicExtractor.arrange(&items, in: [0, 1, 2])
    #expect(items == ["x", "y", "z"])
    TopicExtractor.arrange(&items, in: [1, 0])
    #expect(items == ["x", "y", "z"])
  }

  @Test func stopsOnAnOrderThatIsNoPermutation() {
    var items = ["x", "y", "z"]
    TopicExtractor.arrange(&items, in: [1, 1, 7])
    #expect(items.sorted() == ["x", "y", "z"])
  }
}
