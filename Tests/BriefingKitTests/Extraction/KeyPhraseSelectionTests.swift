import Testing

@testable import BriefingKit

/// The quickselect that picks the score cutoff before key phrases are sorted.
struct KeyPhraseSelectionTests {
  @Test(arguments: [1, 2, 5, 17, 100])
  func largestMatchesSorting(size: Int) {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(size)
    var values: [Double] = []
    for _ in 0..<size {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      values.append(Double(state >> 54) / 8)  // few distinct values: many ties
    }
    let sorted = values.sorted(by: >)
    for rank in [1, 2, size / 2, size, size + 3] where rank >= 1 {
      #expect(KeyPhraseExtractor.largest(rank, of: values) == sorted[min(rank, size) - 1])
    }
  }

  @Test func largestOfNothingIsZero() {
    #expect(KeyPhraseExtractor.largest(3, of: []) == 0)
  }
}
