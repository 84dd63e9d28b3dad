/// Term weighting over the sentences of one article (no stop-word lists: any language works).
///
/// Each sentence is a sparse vector of (1 + ln tf) · ln(1 + n / df) over its distinct words;
/// its centrality is the cosine with the sum of all the other sentences' vectors. Arrays
/// indexed by word id stand in for dictionaries, and the logarithms of the few distinct
/// counts are computed once each.
enum SummaryWeights {
  /// The leave-one-out cosine of each sentence of `text` (0 when either vector is empty).
  ///
  /// - Complexity: O(*w* + *v*) for *w* words and *v* distinct words.
  static func centrality(of text: SummaryText) -> [Double] {
    let weights = termWeights(of: text)
    var total = [Double](repeating: 0, count: text.vocabularySize)
    for (position, id) in text.terms.enumerated() { total[Int(id)] += weights[position] }
    let totalSquared = total.reduce(0) { $0 + $1 * $1 }
    return text.sentences.map { sentence in
      var dotWithTotal = 0.0
      var selfSquared = 0.0
      for position in sentence.terms {
        let weight = weights[position]
        dotWithTotal += weight * total[Int(text.terms[position])]
        selfSquared += weight * weight
      }
      let dot = dotWithTotal - selfSquared
      let restSquared = totalSquared - 2 * dotWithTotal + selfSquared
      guard selfSquared > 0, restSquared > 1e-12, dot > 0 else { return 0 }
      return dot / (selfSquared.squareRoot() * restSquared.squareRoot())
    }
  }

  /// The weight of each entry of `text.terms`.
  private static func termWeights(of text: SummaryText) -> [Double] {
    let count = Double(text.sentences.count)
    // ln(1 + n / df) and 1 + ln tf for each count that occurs, computed on first use.
    var idfByFrequency = [Double](repeating: .nan, count: text.sentences.count + 1)
    var tfFactors = [Double](repeating: .nan, count: Int(text.maxTermCount) + 1)
    let terms = text.terms
    let termCounts = text.termCounts
    let documentFrequency = text.documentFrequency
    // Every df is at most n and every tf at most maxTermCount, as SummaryText counts them.
    return [Double](unsafeUninitializedCapacity: terms.count) { weights, initialized in
      for position in 0..<terms.count {
        let df = Int(documentFrequency[Int(terms[position])])
        let tf = Int(termCounts[position])
        if idfByFrequency[df].isNaN { idfByFrequency[df] = naturalLog(1 + count / Double(df)) }
        // Most words occur once in their sentence: 1 + ln 1 is exactly 1.
        guard tf != 1 else {
          weights.initializeElement(at: position, to: idfByFrequency[df])
          continue
        }
        if tfFactors[tf].isNaN { tfFactors[tf] = 1 + naturalLog(Double(tf)) }
        weights.initializeElement(at: position, to: tfFactors[tf] * idfByFrequency[df])
      }
      initialized = terms.count
    }
  }

  /// Natural logarithm of a positive finite number, from the standard library alone (0 otherwise).
  static func naturalLog(_ x: Double) -> Double {
    guard x.isFinite, x > 0 else { return 0 }
    // x = m · 2^e with m in [1, 2); ln m = 2 atanh(z), z = (m - 1) / (m + 1) in [0, 1/3].
    let z = (x.significand - 1) / (x.significand + 1)
    let zSquared = z * z
    var term = z
    var sum = 0.0
    for k in stride(from: 1, through: 29, by: 2) {
      sum += term / Double(k)
      term *= zSquared
    }
    return 2 * sum + Double(x.exponent) * 0.693_147_180_559_945_3
  }
}
