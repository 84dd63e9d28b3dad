/// Extractive one-or-two-sentence summary chosen by centrality and position (stdlib only).
///
/// Each sentence is scored by how close its words are to the rest of the article (cosine of
/// term weights against the article without that sentence; terms found in most sentences weigh
/// little) and by how early it comes, as news puts the gist first. Short fragments (datelines,
/// bylines, subheadings), questions, lead-ins ending in `:` and pieces of quotations that run
/// over several sentences are passed over while better sentences exist. Chosen sentences come back in article order, whitespace collapsed.
///
/// ```swift
/// let line = Summarizer().summary(of: article, maxSentences: 1)
/// ```
public struct Summarizer: Sendable {
  /// Sentences with fewer words are chosen only when no other sentence qualifies.
  public var minimumWords = 6
  /// Sentences with more words are chosen only when no other sentence qualifies.
  public var maximumWords = 70
  /// A further sentence is added only while the summary stays within this many words.
  public var wordBudget = 75
  /// Share of the score given to position (the rest is centrality), from 0 to 1.
  public var positionWeight = 0.5

  /// A summarizer with the settings above, tuned on English news.
  public init() {}

  /// The summary of `article`: at most `maxSentences` sentences, empty when it has no text.
  ///
  /// - Complexity: O(*n*) in the length of the text, plus O(*s*·*w*) for *s* sentences of *w*
  ///   distinct words.
  public func summary(of article: Article, maxSentences: Int = 2) -> String {
    guard maxSentences > 0 else { return "" }
    let scalars = Array(article.text.unicodeScalars)
    let sentences = SentenceSplitter(language: article.language).sentences(in: scalars).compactMap {
      Sentence(range: $0, in: scalars)
    }
    guard !sentences.isEmpty else { return "" }
    let scores = self.scores(of: sentences)
    let chosen = choose(from: sentences, scores: scores, limit: maxSentences)
    return chosen.sorted().map { sentences[$0].text(in: scalars) }.joined(separator: " ")
  }

  /// Centrality blended with position, one score per sentence; ineligible ones score below 0.
  private func scores(of sentences: [Sentence]) -> [Double] {
    let vectors = TermWeights.vectors(for: sentences.map(\.words))
    let centrality = TermWeights.leaveOneOutCosines(vectors)
    let top = centrality.max() ?? 0
    return sentences.indices.map { index in
      let central = top > 0 ? centrality[index] / top : 0
      let early = 1 / (1 + 0.35 * Double(index))
      let score = (1 - positionWeight) * central + positionWeight * early
      return isEligible(sentences[index]) ? score : score - 2
    }
  }

  private func isEligible(_ sentence: Sentence) -> Bool {
    let count = sentence.words.count
    guard count >= minimumWords, count <= maximumWords else { return false }
    return !sentence.isQuestion && !sentence.isLeadIn && !sentence.hasOpenQuote
  }

  /// Indices of the best sentence and, budget allowing, further ones that add new words.
  private func choose(from sentences: [Sentence], scores: [Double], limit: Int) -> [Int] {
    let ranked = sentences.indices.sorted {
      scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1)
    }
    guard let best = ranked.first else { return [] }
    var chosen = [best]
    var words = sentences[best].words.count
    for index in ranked.dropFirst() where chosen.count < limit && scores[index] >= 0 {
      let count = sentences[index].words.count
      guard words + count <= wordBudget else { continue }
      let repeats = chosen.contains { overlap(sentences[$0].words, sentences[index].words) > 0.6 }
      if repeats { continue }
      chosen.append(index)
      words += count
    }
    return chosen
  }

  /// Share of the shorter sentence's distinct words that the other one also has.
  private func overlap(_ first: [UInt64], _ second: [UInt64]) -> Double {
    let a = Set(first)
    let b = Set(second)
    let smaller = min(a.count, b.count)
    guard smaller > 0 else { return 0 }
    return Double(a.intersection(b).count) / Double(smaller)
  }
}

/// One sentence of the article: where it lies, and its lowercased words as 64-bit hashes
/// (FNV-1a over the folded scalars: no string is built for a word).
private struct Sentence {
  var range: Range<Int>
  var words: [UInt64]
  var isQuestion: Bool
  var isLeadIn: Bool
  /// An odd number of quotation marks: part of a quotation that runs on past the sentence.
  var hasOpenQuote: Bool

  /// Nil when the range holds no visible text; out-of-range bounds are clamped.
  init?(range: Range<Int>, in scalars: [Unicode.Scalar]) {
    let lower = max(0, min(range.lowerBound, scalars.count))
    let upper = max(lower, min(range.upperBound, scalars.count))
    var words: [UInt64] = []
    var word: UInt64 = Self.offsetBasis
    var inWord = false
    var hasVisible = false
    var last: Unicode.Scalar?
    var straight = 0
    var curly = 0
    for scalar in scalars[lower..<upper] {
      if !Self.isBlank(scalar) {
        hasVisible = true
        if !Self.closers.contains(scalar) { last = scalar }
        if scalar == "\"" { straight += 1 } else if Self.curlyMarks.contains(scalar) { curly += 1 }
      }
      if Self.isWordScalar(scalar) {
        Self.hashLowercased(scalar, into: &word)
        inWord = true
      } else if inWord {
        words.append(word)
        word = Self.offsetBasis
        inWord = false
      }
    }
    if inWord { words.append(word) }
    guard hasVisible else { return nil }
    self.range = lower..<upper
    self.words = words
    self.isQuestion = last == "?"
    self.isLeadIn = last == ":"
    self.hasOpenQuote = straight % 2 == 1 || curly % 2 == 1
  }

  /// The sentence's text with runs of whitespace and control characters collapsed to a space.
  func text(in scalars: [Unicode.Scalar]) -> String {
    var view = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in scalars[range] {
      if Self.isBlank(scalar) {
        pendingSpace = !view.isEmpty
      } else {
        if pendingSpace { view.append(" ") }
        pendingSpace = false
        view.append(scalar)
      }
    }
    return String(view)
  }

  private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let curlyMarks = Set("“”„«»".unicodeScalars)
  private static let closers = Set("\"'”’»)]".unicodeScalars)

  /// Whitespace or a control character; ASCII answered without the Unicode tables.
  @inline(__always)
  private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value <= 0x20 || (scalar.value >= 0x80 && scalar.properties.isWhitespace)
  }

  /// A letter or digit; ASCII answered without the Unicode tables.
  @inline(__always)
  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      let folded = value | 0x20
      return (0x30...0x39).contains(value) || (0x61...0x7A).contains(folded)
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  @inline(__always)
  private static func mix(_ value: UInt32, into hash: inout UInt64) {
    hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3
  }

  private static func hashLowercased(_ scalar: Unicode.Scalar, into hash: inout UInt64) {
    let value = scalar.value
    if value < 0x80 {
      mix((0x41...0x5A).contains(value) ? value + 0x20 : value, into: &hash)
    } else {
      for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
        mix(lowered.value, into: &hash)
      }
    }
  }
}

/// Term weighting over the sentences of one article (no stop-word lists: any language works).
private enum TermWeights {
  /// One sparse vector per sentence: (1 + log tf) · log(1 + n / df).
  static func vectors(for sentences: [[UInt64]]) -> [[UInt64: Double]] {
    var documentFrequency: [UInt64: Int] = [:]
    for words in sentences {
      for word in Set(words) { documentFrequency[word, default: 0] += 1 }
    }
    let count = Double(sentences.count)
    return sentences.map { words in
      var counts: [UInt64: Int] = [:]
      for word in words { counts[word, default: 0] += 1 }
      var vector: [UInt64: Double] = [:]
      for (word, tf) in counts {
        let idf = naturalLog(1 + count / Double(documentFrequency[word] ?? 1))
        vector[word] = (1 + naturalLog(Double(tf))) * idf
      }
      return vector
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

  /// Cosine of each vector with the sum of all the others (0 when either is empty).
  static func leaveOneOutCosines(_ vectors: [[UInt64: Double]]) -> [Double] {
    var total: [UInt64: Double] = [:]
    for vector in vectors {
      for (word, weight) in vector { total[word, default: 0] += weight }
    }
    let totalSquared = total.values.reduce(0) { $0 + $1 * $1 }
    return vectors.map { vector in
      var dotWithTotal = 0.0
      var selfSquared = 0.0
      for (word, weight) in vector {
        dotWithTotal += weight * (total[word] ?? 0)
        selfSquared += weight * weight
      }
      let dot = dotWithTotal - selfSquared
      let restSquared = totalSquared - 2 * dotWithTotal + selfSquared
      guard selfSquared > 0, restSquared > 1e-12, dot > 0 else { return 0 }
      return dot / (selfSquared.squareRoot() * restSquared.squareRoot())
    }
  }
}
