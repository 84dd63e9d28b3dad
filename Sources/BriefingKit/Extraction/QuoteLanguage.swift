/// Picks the language whose cue words apply to an article.
///
/// Uses ``Article/language`` when it is set; otherwise counts the most frequent function
/// words of each supported language among the first few hundred words.
struct QuoteLanguage {
  private static let table: QuoteWordTable = {
    var table = QuoteWordTable(count: 64)
    for (index, marker) in markers.enumerated() {
      for word in marker.1 { table.insert(QuoteToken.hash(of: word), 1 << UInt32(index)) }
    }
    return table
  }()
  private static let markers: [(String, [String])] = [
    ("en", ["the", "and", "of", "to", "is", "that", "was"]),
    ("de", ["der", "die", "und", "das", "nicht", "ist", "den"]),
    ("fr", ["le", "les", "et", "des", "est", "une", "du"]),
    ("es", ["el", "los", "y", "que", "del", "las", "por"]),
    ("it", ["il", "che", "di", "della", "è", "non", "gli"]),
    ("pt", ["o", "os", "que", "não", "do", "da", "uma"]),
    ("ru", ["и", "в", "не", "что", "на", "с", "по"]),
  ]

  /// The ISO 639-1 code to use for `article`.
  func code(for article: Article, tokens: [QuoteToken]) -> String {
    let given = article.language.lowercased()
    if given.count >= 2 && given != "und" { return String(given.prefix(2)) }
    var counts = [Int](repeating: 0, count: Self.markers.count)
    var seen = 0
    let table = Self.table  // once, not a lazy-global check and a copy per word
    for token in tokens where token.isWord {
      let bits = table.value(token.hash)
      if bits != 0 {
        for index in counts.indices where bits & (1 << UInt32(index)) != 0 { counts[index] += 1 }
      }
      seen += 1
      if seen >= 300 { break }
    }
    guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] > 0 else {
      return "und"
    }
    return Self.markers[best].0
  }
}
