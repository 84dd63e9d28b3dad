/// German participles of speech verbs used as adjectives (`die angekündigte „Reform“`, `nicht
/// näher bezeichnete „Probleme“`): the form is that of the past tense, but nobody speaks there.
extension QuoteAttributor {
  /// True when the speech verb form at `index` stands after an article or `näher`, `oben`,
  /// `eingangs` and before a noun or a quote, as an adjective. Not after a comma
  /// (`…, die erklärte: „…“` opens a relative clause).
  func isGermanAttributive(_ index: Int) -> Bool {
    guard index >= 2, index + 1 < tokens.count, tokens[index].isLowercase
    else { return false }
    let previous = tokens[index - 1]
    guard previous.isWord, previous.isLowercase,
      Self.articles.contains(previous.hash) || Self.adverbs.contains(previous.hash),
      tokens[index - 2].kind != .punctuation
    else { return false }
    let next = tokens[index + 1]
    return next.kind == .mark || next.isWord && next.isCapitalized
  }

  /// Articles that an attributive participle follows (not `das` or `dies`, which take up a
  /// quote: `„…“, das sagte Huber`).
  private static let articles: Set<UInt64> = Set(
    [
      "der", "die", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    ].map(QuoteToken.hash(of:)))

  private static let adverbs: Set<UInt64> = Set(
    ["näher", "oben", "eingangs"].map(QuoteToken.hash(of:)))
}
