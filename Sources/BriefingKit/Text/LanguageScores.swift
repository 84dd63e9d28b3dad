/// The scores of the Latin-script languages for the words a text was read with, and the
/// language that leads them.
///
/// Each word (a mask of the languages whose function words it is) gives each of those
/// languages an equal share of one point; letters such as `ß` or `ñ` add 0.3 each to their
/// language, three points at most.
struct LanguageScores {
  /// The score of each language, in the order of ``LanguageWords/codes``.
  let scores: [Double]
  /// The index of the best-scored language (ties to the code first in order), or nil when no
  /// language scored.
  let best: Int?
  /// The best score of the other scored languages (0 when there are none).
  let second: Double

  init(masks: [UInt8], hints: [Double], hasHint: [Bool]) {
    let codes = LanguageWords.shared.codes
    var scores = [Double](repeating: 0, count: codes.count)
    var isScored = hasHint
    for mask in masks where mask != 0 {
      let share = 1.0 / Double(mask.nonzeroBitCount)
      // Only the set bits, lowest first: each score sums the same shares in the same order.
      var bits = mask
      while bits != 0 {
        let index = bits.trailingZeroBitCount
        if index < codes.count {
          scores[index] += share
          isScored[index] = true
        }
        bits &= bits - 1
      }
    }
    for index in codes.indices where hasHint[index] { scores[index] += min(hints[index], 3) }
    // The best score and the best of the others: what sorting the scored languages and taking
    // the first two gave, without sorting.
    var best: Int?
    for index in codes.indices where isScored[index] {
      guard let leader = best else {
        best = index
        continue
      }
      if scores[index] > scores[leader]
        || (scores[index] == scores[leader] && codes[index] < codes[leader])
      {
        best = index
      }
    }
    var second = 0.0
    for index in codes.indices where isScored[index] && index != best {
      second = max(second, scores[index])
    }
    self.scores = scores
    self.best = best
    self.second = second
  }

  /// The index of the language the text is in: the best, when it scores 1.5 or more and at
  /// least a quarter and half a point more than the second; nil when undetermined.
  var leader: Int? {
    guard let best, scores[best] >= 1.5, scores[best] >= second * 1.25 + 0.5 else { return nil }
    return best
  }

  /// Whether a leader stands out so far (twice the second score and five points more) that the
  /// rest of a text is not read for it: only a text that changes language would change it.
  var isClearCut: Bool {
    guard let leader else { return false }
    return scores[leader] >= second * 2 + 5
  }
}
