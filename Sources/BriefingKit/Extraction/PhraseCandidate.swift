/// A candidate key phrase with the statistics the scorer reads.
struct PhraseCandidate: Sendable {
  /// Up to three stem ids, stored inline so that a candidate needs no allocation.
  struct Stems: Sendable {
    private var slots: (Int32, Int32, Int32) = (-1, -1, -1)
    private(set) var count = 0

    init(_ first: Int32) { append(first) }

    mutating func append(_ id: Int32) {
      switch count {
      case 0: slots.0 = id
      case 1: slots.1 = id
      case 2: slots.2 = id
      default: return
      }
      count += 1
    }

    /// The id at `slot` (0 to 2); -1 past the stored ones.
    subscript(slot: Int) -> Int32 {
      guard slot < count else { return -1 }
      return slot == 0 ? slots.0 : slot == 1 ? slots.1 : slots.2
    }

    /// The first id, or -1 when there is none.
    var first: Int32 { count > 0 ? slots.0 : -1 }

    func contains(_ id: Int32) -> Bool {
      (count > 0 && slots.0 == id) || (count > 1 && slots.1 == id) || (count > 2 && slots.2 == id)
    }

    /// True when every id here is also in `other`.
    func isSubset(of other: Stems) -> Bool {
      (count < 1 || other.contains(slots.0)) && (count < 2 || other.contains(slots.1))
        && (count < 3 || other.contains(slots.2))
    }
  }

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
  /// Content words that are frequent general words (`called`, `world`) or nationalities.
  var commonWords = 0
  /// The general words are known for the language, so `commonWords` means something.
  var knowsCommonWords = false
  /// The last word looks like an English adverb or past participle (`tentatively`, `approved`):
  /// it modifies a topic rather than naming one.
  var endsInModifier = false
  /// Occurrences where a hyphenated word describes the word after it (`two-year low`,
  /// `Oscar-winning actress`): such compounds are modifiers, not topics.
  var attributiveHyphens = 0
  /// Occurrences in a sentence that says what is discussed (``CueData/topicCues``).
  var cuedMentions = 0
  /// Occurrences opened by an article or a preposition (`the oil market`): a noun phrase, not
  /// a verb with its object (`completes acquisition`).
  var introducedMentions = 0
  /// Occurrences in a sentence that names a recurring name (``NameAnalysis/actorMentions``).
  var actorMentions = 0
  /// Occurrences of a multi-word phrase that another content word continues (`summit of
  /// permanent` before `members`): when all are, the phrase is cut from a longer one.
  var truncatedMentions = 0
  /// Unicode scalars per content word, on average: longer words are rarer and more specific.
  var wordLength = 0.0
  /// Stem ids of the words, for spotting fragments of longer phrases.
  var stems: Stems
  var score = 0.0
}
