/// ``TopicWeights/salience(mentions:firstSentence:inHeadline:)`` and the key-phrase length
/// factor, read from tables of powers computed once: the default weights share one set of
/// tables for the whole process, other weights (tuning) build their own.
struct SalienceTable {
  /// Powers for small counts, sentence numbers and word lengths.
  private struct Powers: Sendable {
    var frequency: [Double]
    var position: [Double]
    /// By word length in quarter scalars, 0 to 12 scalars.
    var length: [Double]

    init(weights: TopicWeights) {
      frequency = (0..<256).map { TopicMath.pow(Double(max($0, 1)), weights.frequencyExponent) }
      position = (0..<512).map { Powers.position($0, weights) }
      length = (0...48).map {
        TopicMath.pow(Double(max($0, 4)) / 4 / 8, weights.wordLengthExponent)
      }
    }

    static func position(_ sentence: Int, _ weights: TopicWeights) -> Double {
      1 / TopicMath.pow(TopicMath.log2(2 + Double(sentence)), weights.positionExponent)
    }
  }

  private static let standard = Powers(weights: TopicWeights())

  let weights: TopicWeights
  private let powers: Powers

  init(weights: TopicWeights) {
    self.weights = weights
    let defaults = TopicWeights()
    let isStandard =
      weights.frequencyExponent == defaults.frequencyExponent
      && weights.positionExponent == defaults.positionExponent
      && weights.wordLengthExponent == defaults.wordLengthExponent
    powers = isStandard ? Self.standard : Powers(weights: weights)
  }

  /// The salience of a topic with these statistics. Inlined into its callers, who ask for it
  /// 236,000 times over the BBC set: a call cost a third of its 36 instructions.
  @inline(__always)
  func value(mentions: Int, firstSentence: Int, inHeadline: Bool) -> Double {
    let count = max(mentions, 1)
    let sentence = firstSentence == Int.max ? 0 : max(firstSentence, 0)
    let frequency =
      count < powers.frequency.count
      ? powers.frequency[count] : TopicMath.pow(Double(count), weights.frequencyExponent)
    let position =
      sentence < powers.position.count
      ? powers.position[sentence] : Powers.position(sentence, weights)
    return frequency * position * (inHeadline ? weights.headline : 1)
  }

  /// The factor for a key phrase whose words have `length` scalars on average.
  func lengthFactor(_ length: Double) -> Double {
    let bucket = Int(min(max(length, 1), 12) * 4)
    return powers.length[min(max(bucket, 0), powers.length.count - 1)]
  }
}
