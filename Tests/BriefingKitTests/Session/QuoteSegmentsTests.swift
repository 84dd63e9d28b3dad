import Testing

@testable import BriefingKit

/// Reading a quote's stored segments.
struct QuoteSegmentsTests {
  /// The definition: pairs split on commas, numbers on hyphens, each inside `start..<end` and
  /// after the one before.
  static func reference(_ text: String?, start: Int, end: Int) -> [Range<Int>] {
    let whole = [start..<max(start, end)]
    guard let text else { return whole }
    var segments: [Range<Int>] = []
    for pair in text.split(separator: ",") {
      let bounds = pair.split(separator: "-").compactMap { Int($0) }
      guard bounds.count == 2, bounds[0] <= bounds[1],
        bounds[0] >= (segments.last?.upperBound ?? start)
      else { return whole }
      segments.append(bounds[0]..<bounds[1])
    }
    guard let last = segments.last, last.upperBound <= end else { return whole }
    return segments
  }

  @Test func storedSegmentsReadBack() {
    let quote = Quote(text: "a b", start: 3, end: 40, segments: [3..<9, 12..<20, 25..<40])
    let stored = QuoteSegments.encode(quote)
    #expect(stored == "3-9,12-20,25-40")
    #expect(QuoteSegments.decode(stored, start: 3, end: 40) == quote.segments)
    #expect(QuoteSegments.decode(nil, start: 3, end: 40) == [3..<40])
  }

  @Test func aClauseKeepsItsQuotedWordsAsSegmentsInsideIt() {
    let clause = Quote(
      text: "the city “cannot wait” for the bridge", start: 10, end: 47, isPartial: true,
      segments: [20..<31])
    let stored = QuoteSegments.encode(clause)
    #expect(stored == "20-31")
    #expect(QuoteSegments.decode(stored, start: 10, end: 47) == [20..<31])
    #expect(QuoteSegments.decode("20-31,35-48", start: 10, end: 47) == [10..<47])
    #expect(QuoteSegments.decode("9-31", start: 10, end: 47) == [10..<47])
  }

  @Test func everyValueReadsAsSplittingIt() {
    var values = [
      "", ",", ",,3-9,,12-40,", "3-9-", "-3-9", "3--9,12-40", "3-9,9-40", "3-9,8-40", "3-40",
      "3-99999999999999999999,12-40", "99999999999999999999-3-9,9-40", "03-009,12-040",
      "3-9,12-40x", "3-9, 12-40", "３-9,12-40", "3-9;12-40", "-", "3", "3-9-12,12-40",
    ]
    // Short strings of the stored alphabet, from a fixed linear congruential sequence.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    let alphabet = Array("3940-,-,1")
    for _ in 0..<3000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let length = Int(state >> 60)
      var value = ""
      for step in 0..<length {
        value.append(alphabet[Int((state >> UInt64(4 * step % 56)) & 0xFF) % alphabet.count])
      }
      values.append(value)
    }
    for value in values {
      for (start, end) in [(3, 40), (3, 9), (0, 0), (4, 94), (9, 3)] {
        #expect(
          QuoteSegments.decode(value, start: start, end: end)
            == Self.reference(value, start: start, end: end), "\(value) \(start) \(end)")
      }
    }
  }
}
