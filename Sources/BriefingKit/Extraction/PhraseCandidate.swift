/// A candidate key phrase with the statistics the scorer reads.
struct PhraseCandidate: Sendable {
  /// Number of content words (1 to 3).
  var length: Int
  /// Token range of the first occurrence that does not start a sentence, else the first one.
  var example: Range<Int>
  var isExampleSentenceInitial: Bool
  var mentions = 0
  var headlineMentions = 0
  /// Sentence of the first body occurrence; `Int.max` when only the headline has it.
  var firstSentence = Int.max
  /// Distinct body sentences with an occurrence.
  var sentences = 0
  var lastSentence: Int32 = -2
  /// Occurrences written with a capital not at the start of a sentence.
  var capitalised = 0
  /// Stem ids of the words, for spotting fragments of longer phrases.
  var stems: [Int32]
  var score = 0.0
}
