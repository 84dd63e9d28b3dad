/// Speech words that are nouns where they stand: `the claim that “…”` quotes no claimant.
extension QuoteAttributor {
  /// True when a speech verb's word is used as a noun after an article: `the promise of “…”`,
  /// `a claim that “…”`, `the states`. After a possessive (`her claim that “…”`) the word
  /// still cues a quote, with the possessor as its speaker.
  func isNounUse(_ index: Int) -> Bool {
    if language != "en" { return language == "de" && isGermanAttributive(index) }
    guard index > 0, index < tokens.count, tokens[index - 1].isWord else {
      return false
    }
    return Self.articles.contains(tokens[index - 1].hash)
  }

  /// English articles: a verb never follows them (`some said` may).
  private static let articles = QuoteWordSet(["the", "a", "an"])

  /// `refused to say the words “…”`: in English a description after a verb that comes
  /// before its quote is the verb's object, not the speaker, unless it names a role.
  func isObjectNoun(at index: Int, _ source: QuoteAttribution.Source) -> Bool {
    guard language == "en", source == .before, index < tokens.count,
      Self.articles.contains(tokens[index].hash)
    else { return false }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard let mention = parser.forward(from: index, limit: min(tokens.count, index + 12)) else {
      return false
    }
    return !mention.contains { lexicon.isRole(tokens[$0]) || tokens[$0].isCapitalized }
  }
}
