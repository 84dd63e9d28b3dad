/// ``TopicWeights/salience(mentions:firstSentence:inHeadline:)`` with its powers and logarithms
/// remembered for small counts, since an article asks for the same few values many times.
struct SalienceTable {
  let weights: TopicWeights
  private var frequency: [Double] = []
  private var position: [Double] = []
  private var lengthFactors: [Double] = []

  init(weights: TopicWeights) {
    self.weights = weights
  }

  /// The salience of a topic with these statistics.
  mutating func value(mentions: Int, firstSentence: Int, inHeadline: Bool) -> Double {
    let count = max(mentions, 1)
    let sentence = firstSentence == Int.max ? 0 : max(firstSentence, 0)
    return frequencyFactor(count) * positionFactor(sentence) * (inHeadline ? weights.headline : 1)
  }

  /// The factor for a key phrase whose words have `length` scalars on average.
  mutating func lengthFactor(_ length: Double) -> Double {
    let bucket = Int(min(max(length, 1), 12) * 4)
    while lengthFactors.count <= bucket {
      let value = Double(lengthFactors.count) / 4
      lengthFactors.append(TopicMath.pow(value / 8, weights.wordLengthExponent))
    }
    return lengthFactors[bucket]
  }

  private mutating func frequencyFactor(_ count: Int) -> Double {
    guard count < 256 else { return TopicMath.pow(Double(count), weights.frequencyExponent) }
    while frequency.count <= count {
      frequency.append(TopicMath.pow(Double(max(frequency.count, 1)), weights.frequencyExponent))
    }
    return frequency[count]
  }

  private mutating func positionFactor(_ sentence: Int) -> Double {
    func compute(_ sentence: Int) -> Double {
      1 / TopicMath.pow(TopicMath.log2(2 + Double(sentence)), weights.positionExponent)
    }
    guard sentence < 1024 else { return compute(sentence) }
    while position.count <= sentence { position.append(compute(position.count)) }
    return position[sentence]
  }
}
