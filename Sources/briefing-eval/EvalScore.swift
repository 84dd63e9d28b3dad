/// Precision, recall, F1 and speaker accuracy of predicted quotes against gold quotes.
///
/// A gold quote is hit by the unused prediction that covers the largest share of its words
/// (lower-cased runs of letters, digits and `_`, quotation marks dropped), when that share is
/// at least `cover`. Every prediction left unused is a false positive.
struct EvalScore {
  let cover: Double
  var hits = 0
  var misses = 0
  var extras = 0
  var speakerChecked = 0
  var speakerRight = 0
  /// Misses, extras and wrong speakers, one line each, when ``isVerbose`` is set.
  var log: [String] = []
  var isVerbose = false

  init(cover: Double, isVerbose: Bool = false) {
    self.cover = cover
    self.isVerbose = isVerbose
  }

  /// Scores one document; `judge(gold, prediction)` is nil when gold names no speaker, and
  /// `context(gold)` is added to a verbose log line about that gold quote.
  ///
  /// `sameQuote(a, b)` tells when two gold entries are one quote annotated twice with two
  /// sources (a paper quoting a minister: once the minister, once the paper). A prediction
  /// that names either source has the speaker right; which entry comes first in the file
  /// decides nothing. The second entry still needs a prediction of its own to be a hit.
  mutating func add<Gold, Prediction>(
    gold: [Gold], goldText: (Gold) -> String, predictions: [Prediction],
    predictionText: (Prediction) -> String, judge: (Gold, Prediction) -> Bool?,
    sameQuote: ((Gold, Gold) -> Bool)? = nil, context: ((Gold) -> String)? = nil
  ) {
    let predicted = predictions.map { Set(Self.words(predictionText($0))) }
    var used = Set<Int>()
    for item in gold {
      let words = Self.words(goldText(item))
      guard !words.isEmpty else { continue }
      var best = 0.0
      var bestIndex: Int?
      for (index, set) in predicted.enumerated() where !used.contains(index) {
        let share = Double(words.filter(set.contains).count) / Double(words.count)
        if share > best { (best, bestIndex) = (share, index) }
      }
      guard best >= cover, let index = bestIndex else {
        misses += 1
        if isVerbose { log.append("MISS \(goldText(item))" + (context.map { $0(item) } ?? "")) }
        continue
      }
      used.insert(index)
      hits += 1
      if var right = judge(item, predictions[index]) {
        speakerChecked += 1
        if !right, let sameQuote {
          right = gold.contains { sameQuote(item, $0) && judge($0, predictions[index]) == true }
        }
        if right { speakerRight += 1 }
        if !right && isVerbose {
          log.append(
            "SPEAKER \(predictions[index]) GOLD \(item)" + (context.map { $0(item) } ?? ""))
        }
      }
    }
    extras += predictions.count - used.count
    if isVerbose {
      for index in predictions.indices where !used.contains(index) {
        log.append("EXTRA \(predictions[index])")
      }
    }
  }

  var precision: Double { hits + extras == 0 ? 0 : Double(hits) / Double(hits + extras) }
  var recall: Double { hits + misses == 0 ? 0 : Double(hits) / Double(hits + misses) }
  var f1: Double {
    precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }
  var speaker: Double { speakerChecked == 0 ? 0 : Double(speakerRight) / Double(speakerChecked) }

  /// One line: `cover 30%: P 0.700 R 0.800 F1 0.747, speaker 0.850 (…)`.
  var summary: String {
    "cover \(Int(cover * 100))%: P \(Self.format(precision)) R \(Self.format(recall)) "
      + "F1 \(Self.format(f1)), speaker \(Self.format(speaker)) "
      + "(\(hits) hits, \(misses) missed, \(extras) extra; speaker checked on \(speakerChecked))"
  }

  static func format(_ value: Double) -> String {
    let scaled = Int((value * 1000).rounded())
    let digits = String(scaled % 1000)
    return "\(scaled / 1000)." + String(repeating: "0", count: 3 - digits.count) + digits
  }

  /// Lower-cased word runs, quotation marks and punctuation dropped (Python's `\w+`).
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let properties = scalar.properties
      if properties.isAlphabetic || properties.numericType != nil || scalar == "_"
        || properties.generalCategory == .nonspacingMark
      {
        current.append(scalar)
      } else if !current.isEmpty {
        words.append(String(current).lowercased())
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { words.append(String(current).lowercased()) }
    return words
  }

  /// Words that do not identify anyone (`the`, `of`, `der`).
  static let functionWords: Set<String> = [
    "the", "a", "an", "of", "and", "in", "on", "for", "to", "at", "by", "with", "s", "der", "die",
    "das", "des", "dem", "den", "und", "von", "ein", "eine",
  ]

  /// True when two texts share a word that is not a function word.
  static func shareName(_ left: String?, _ right: String) -> Bool {
    guard let left else { return false }
    let names = Set(words(left)).subtracting(functionWords)
    return !names.isDisjoint(with: words(right))
  }
}
