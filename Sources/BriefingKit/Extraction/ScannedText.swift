/// An article split into words: the tokens of the headline, then those of the body.
///
/// Each distinct surface form is stored once; tokens refer to it by index, and each surface
/// form has the index of its lowercased form, so per-word facts are computed per form.
struct ScannedText: Sendable {
  var tokens: [WordToken] = []
  /// Distinct surface forms, as written (apostrophes normalised to `'`).
  var surfaces: [String] = []
  /// For each surface form, the index of its lowercased form in ``lowers``.
  var lowerOfSurface: [Int32] = []
  /// Distinct lowercased forms.
  var lowers: [String] = []
  /// For each lowercased form, what the lexicon knows about it.
  var classes: [TopicWordClass] = []
  /// Number of sentences in the body.
  var sentenceCount = 0
  /// Index of the first body token (the headline's tokens come before it).
  var bodyStart = 0

  /// The surface form of a token.
  func surface(of token: WordToken) -> String { surfaces[Int(token.surface)] }

  /// The lowercased form of a token.
  func lower(of token: WordToken) -> String { lowers[Int(token.lower)] }

  /// The lexicon classes of a token's lowercased form.
  func classes(of token: WordToken) -> TopicWordClass { classes[Int(token.lower)] }
}
