/// An article split into words: the tokens of the headline, then those of the body.
///
/// Each distinct surface form is stored once, as bytes; tokens refer to it by id, and each
/// surface form has the id of its lowercased form, so per-word facts are computed per form.
/// Strings are made only when asked for.
struct ScannedText: Sendable {
  var tokens: [WordToken] = []
  /// Distinct surface forms, as written (apostrophes normalised to `'`).
  var surfaceTable = ByteInterner(capacity: 32)
  /// For each surface form, the id of its lowercased form in ``lowerTable``.
  var lowerOfSurface: [Int32] = []
  /// Distinct lowercased forms.
  var lowerTable = ByteInterner(capacity: 32)
  /// For each lowercased form, what the lexicon knows about it.
  var classes: [TopicWordClass] = []
  /// Number of sentences in the body.
  var sentenceCount = 0
  /// Body sentences holding a topic cue (`discuss`, `agenda`), ascending, maybe repeated.
  var cuedSentences: [Int32] = []
  /// Index of the first body token (the headline's tokens come before it).
  var bodyStart = 0

  /// Number of distinct lowercased forms.
  var lowerCount: Int { lowerTable.count }

  /// The surface form of a token.
  func surface(of token: WordToken) -> String { surfaceTable.string(of: token.surface) }

  /// The lowercased form of a token.
  func lower(of token: WordToken) -> String { lowerTable.string(of: token.lower) }

  /// The lowercased form with id `id`.
  func lower(_ id: Int32) -> String { lowerTable.string(of: id) }

  /// True when body sentence `sentence` holds a topic cue.
  func isCued(_ sentence: Int32) -> Bool {
    !cuedSentences.isEmpty && cuedSentences.contains(sentence)
  }

  /// The lexicon classes of a token's lowercased form.
  func classes(of token: WordToken) -> TopicWordClass { classes[Int(token.lower)] }
}
