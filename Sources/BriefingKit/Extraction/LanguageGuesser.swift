/// Guesses an article's language from the stopwords among its first words.
struct LanguageGuesser: Sendable {
  var lexicon: TopicLexicon = .shared
  /// How many tokens to look at; stopwords are frequent, so a few hundred words decide.
  var sample = 400

  /// The article's own language when it has a stopword list, else the language whose
  /// stopwords are most frequent in `scan`; `und` when no stopword is seen at all.
  func language(of article: Article, scan: ScannedText) -> String {
    if TopicLexicon.languages.contains(article.language) { return article.language }
    var counts = [Int](repeating: 0, count: TopicLexicon.languages.count)
    for token in scan.tokens.prefix(sample) {
      let mask = UInt8(truncatingIfNeeded: scan.classes(of: token).rawValue)
      guard mask != 0 else { continue }
      for bit in counts.indices where mask & (UInt8(1) << UInt8(bit)) != 0 {
        counts[bit] += 1
      }
    }
    guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] > 0
    else { return "und" }
    return TopicLexicon.languages[best]
  }
}
