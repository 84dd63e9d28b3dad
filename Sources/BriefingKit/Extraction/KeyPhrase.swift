/// A key phrase of one article: one to three content words that say what the article is about.
public struct KeyPhrase: Sendable, Equatable, Hashable {
  /// The phrase as written in the article, lowercased unless the language capitalises nouns.
  public var text: String
  /// Salience within the article; higher is more central.
  public var score: Double
  /// Occurrences in the headline and body, inflected forms counted together.
  public var mentions: Int

  /// A key phrase with the given facts; ``KeyPhraseExtractor`` makes them from text.
  public init(text: String, score: Double, mentions: Int) {
    self.text = text
    self.score = score
    self.mentions = mentions
  }
}
