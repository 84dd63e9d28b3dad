/// Picks the language whose cue words apply to an article.
///
/// Uses ``Article/language`` when it is set; otherwise counts the most frequent function
/// words of each supported language among the first few hundred words.
struct QuoteLanguage {
  private static let markers: [(String, Set<UInt64>)] = [
    ("en", ["the", "and", "of", "to", "is", "that", "was"]),
    ("de", ["der", "die", "und", "das", "nicht", "ist", "den"]),
    ("fr", ["le", "les", "et", "des", "est", "une", "du"]),
    ("es", ["el", "los", "y", "que", "del", "las", "por"]),
    ("it", ["il", "che", "di", "della", "è", "non", "gli"]),
    ("pt", ["o", "os", "que", "não", "do", "da", "uma"]),
    ("ru", ["и", "в", "не", "что", "на", "с", "по"]),
  ].map { ($0.0, Set($0.1.map(QuoteToken.hash(of:)))) }

  /// The ISO 639-1 code to use for `article`.
  func code(for article: Article, tokens: [QuoteToken]) -> String {
    let given = article.language.lowercased()
    if given.count >= 2 && given != "und" { return String(given.prefix(2)) }
    var counts = [Int](repeating: 0, count: Self.markers.count)
    var seen = 0
    for token in tokens where token.isWord {
      for (index, marker) in Self.markers.enumerated() where marker.1.contains(token.hash) {
        counts[index] += 1
      }
      seen += 1
      if seen >= 400 { break }
    }
    guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] > 0 else {
      return "und"
    }
    return Self.markers[best].0
  }
}
