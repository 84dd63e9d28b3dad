/// A candidate key phrase with the statistics the scorer reads.
///
/// Counts are stored as 32-bit integers and read as `Int`: a candidate takes 104 bytes instead
/// of 176, and an article has about one for every two words, each written once and read by the
/// scorer and the sort.
struct PhraseCandidate: Sendable {
  /// Up to three stem ids, stored inline so that a candidate needs no allocation.
  struct Stems: Sendable {
    private var slots: (Int32, Int32, Int32) = (-1, -1, -1)
    private var stored: Int32 = 0

    init(_ first: Int32) { append(first) }

    var count: Int { Int(stored) }

    mutating func append(_ id: Int32) {
      switch stored {
      case 0: slots.0 = id
      case 1: slots.1 = id
      case 2: slots.2 = id
      default: return
      }
      stored += 1
    }

    /// The id at `slot` (0 to 2); -1 past the stored ones.
    subscript(slot: Int) -> Int32 {
      guard slot < count else { return -1 }
      return slot == 0 ? slots.0 : slot == 1 ? slots.1 : slots.2
    }

    /// The first id, or -1 when there is none.
    var first: Int32 { stored > 0 ? slots.0 : -1 }

    func contains(_ id: Int32) -> Bool {
      (stored > 0 && slots.0 == id) || (stored > 1 && slots.1 == id)
        || (stored > 2 && slots.2 == id)
    }

    /// True when every id here is also in `other`.
    func isSubset(of other: Stems) -> Bool {
      (stored < 1 || other.contains(slots.0)) && (stored < 2 || other.contains(slots.1))
        && (stored < 3 || other.contains(slots.2))
    }
  }

  var score = 0.0
  /// Unicode scalars per content word, on average: longer words are rarer and more specific.
  var wordLength = 0.0
  /// Stem ids of the words, for spotting fragments of longer phrases.
  var stems: Stems
  private var exampleStart: Int32
  private var exampleEnd: Int32
  private var storedLength: Int32
  private var storedMentions: Int32 = 0
  private var storedHeadlineMentions: Int32 = 0
  /// `Int32.max` stands for `Int.max`.
  private var storedFirstSentence = Int32.max
  private var storedSentences: Int32 = 0
  var lastSentence: Int32 = -2
  private var storedCapitalised: Int32 = 0
  private var storedCommonWords: Int32 = 0
  private var storedAttributiveHyphens: Int32 = 0
  private var storedCuedMentions: Int32 = 0
  private var storedIntroducedMentions: Int32 = 0
  private var storedActorMentions: Int32 = 0
  private var storedTruncatedMentions: Int32 = 0
  var isExampleSentenceInitial: Bool
  /// The general words are known for the language, so `commonWords` means something.
  var knowsCommonWords = false
  /// The last word looks like an English adverb or past participle (`tentatively`, `approved`):
  /// it modifies a topic rather than naming one.
  var endsInModifier = false

  init(length: Int, example: Range<Int>, isExampleSentenceInitial: Bool, stems: Stems) {
    storedLength = Int32(truncatingIfNeeded: length)
    exampleStart = Int32(truncatingIfNeeded: example.lowerBound)
    exampleEnd = Int32(truncatingIfNeeded: example.upperBound)
    self.isExampleSentenceInitial = isExampleSentenceInitial
    self.stems = stems
  }

  /// Number of content words (1 to 3).
  var length: Int { Int(storedLength) }

  /// Token range of the first occurrence that does not start a sentence, else the first one.
  var example: Range<Int> {
    get { Int(exampleStart)..<max(Int(exampleStart), Int(exampleEnd)) }
    set {
      exampleStart = Int32(truncatingIfNeeded: newValue.lowerBound)
      exampleEnd = Int32(truncatingIfNeeded: newValue.upperBound)
    }
  }

  var mentions: Int {
    get { Int(storedMentions) }
    set { storedMentions = Int32(truncatingIfNeeded: newValue) }
  }

  var headlineMentions: Int {
    get { Int(storedHeadlineMentions) }
    set { storedHeadlineMentions = Int32(truncatingIfNeeded: newValue) }
  }

  /// Sentence of the first body occurrence; `Int.max` when only the headline has it.
  var firstSentence: Int {
    get { storedFirstSentence == .max ? .max : Int(storedFirstSentence) }
    set { storedFirstSentence = Int32(clamping: newValue) }
  }

  /// Distinct body sentences with an occurrence.
  var sentences: Int {
    get { Int(storedSentences) }
    set { storedSentences = Int32(truncatingIfNeeded: newValue) }
  }

  /// Occurrences written with a capital not at the start of a sentence.
  var capitalised: Int {
    get { Int(storedCapitalised) }
    set { storedCapitalised = Int32(truncatingIfNeeded: newValue) }
  }

  /// Content words that are frequent general words (`called`, `world`) or nationalities.
  var commonWords: Int {
    get { Int(storedCommonWords) }
    set { storedCommonWords = Int32(truncatingIfNeeded: newValue) }
  }

  /// Occurrences where a hyphenated word describes the word after it (`two-year low`,
  /// `Oscar-winning actress`): such compounds are modifiers, not topics.
  var attributiveHyphens: Int {
    get { Int(storedAttributiveHyphens) }
    set { storedAttributiveHyphens = Int32(truncatingIfNeeded: newValue) }
  }

  /// Occurrences in a sentence that says what is discussed (``CueData/topicCues``).
  var cuedMentions: Int {
    get { Int(storedCuedMentions) }
    set { storedCuedMentions = Int32(truncatingIfNeeded: newValue) }
  }

  /// Occurrences opened by an article or a preposition (`the oil market`): a noun phrase, not
  /// a verb with its object (`completes acquisition`).
  var introducedMentions: Int {
    get { Int(storedIntroducedMentions) }
    set { storedIntroducedMentions = Int32(truncatingIfNeeded: newValue) }
  }

  /// Occurrences in a sentence that names a recurring name (``NameAnalysis/actorMentions``).
  var actorMentions: Int {
    get { Int(storedActorMentions) }
    set { storedActorMentions = Int32(truncatingIfNeeded: newValue) }
  }

  /// Occurrences of a multi-word phrase that another content word continues (`summit of
  /// permanent` before `members`): when all are, the phrase is cut from a longer one.
  var truncatedMentions: Int {
    get { Int(storedTruncatedMentions) }
    set { storedTruncatedMentions = Int32(truncatingIfNeeded: newValue) }
  }

  /// One occurrence of a phrase, as ``PhraseTable`` reads it from the tokens.
  struct Mention {
    var range: Range<Int>
    var sentence: Int32
    var isHeadline: Bool
    /// The occurrence opens a sentence or is in the headline.
    var isInitial: Bool
    var hasAttributiveHyphen = false
    var isIntroduced = false
    var isTruncated = false
    var isCued = false
    var isWithActors = false
    var isCapitalised = false
  }

  /// Counts one occurrence of the phrase.
  ///
  /// The stored 32-bit counts are added to in place: through the `Int` properties, each
  /// count was widened, checked and narrowed again.
  @inline(__always)
  mutating func count(_ mention: Mention) {
    storedMentions &+= 1
    if mention.hasAttributiveHyphen { storedAttributiveHyphens &+= 1 }
    if mention.isIntroduced { storedIntroducedMentions &+= 1 }
    if mention.isTruncated { storedTruncatedMentions &+= 1 }
    if mention.isHeadline {
      storedHeadlineMentions &+= 1
    } else {
      if mention.isCued { storedCuedMentions &+= 1 }
      if mention.isWithActors { storedActorMentions &+= 1 }
      storedFirstSentence = min(storedFirstSentence, mention.sentence)
      if mention.sentence != lastSentence {
        storedSentences &+= 1
        lastSentence = mention.sentence
      }
    }
    if mention.isCapitalised && !mention.isInitial { storedCapitalised &+= 1 }
    if isExampleSentenceInitial && !mention.isInitial {
      example = mention.range
      isExampleSentenceInitial = false
    }
  }
}
