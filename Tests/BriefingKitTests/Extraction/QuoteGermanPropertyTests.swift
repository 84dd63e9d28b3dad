import BriefingKit
import Testing

/// Generated German articles made of the words the German attribution rules read (cues,
/// `heißt es`, `so`, `Für`, subordinators, names with `von`, commas and colons): quotes and
/// mentions stay inside the text, whatever the order.
struct QuoteGermanPropertyTests {
  static let pieces: [String] = [
    "„", "“", "‚", "‘", "\"", " ", " ", " ", " ", "\n\n", ",", ",", ".", ":", "(", ")", "–",
    "sagte", "so", "heißt", "hieß", "es", "in", "vom", "der", "des", "dem", "den", "die", "Die",
    "Der", "Das", "Mitteilung", "Ida", "Vogelsang", "von", "Hollerbeck", "er", "sie", "sei",
    "habe", "hätte", "gesagt", "hatte", "betont", "Für", "musste", "zitiert", "einen", "nannte",
    "würdigte", "Vorsitzende", "und", "Da", "weil", "wie", "zumal", "Verfasser", "58-Jährige",
    "laut", "zufolge", "Polizei", "zeige", "Mit", "Worten", "Europapolitik", "Zeit", "Angebot",
    "lehnt", "ab", "Um", "zu", "So", "warnten", "Vertreter", "Sprecher", "Zeitung", "wörtlich",
    "dazu", "Ein", "Beamter", "spricht", "Von", "einem", "Eingriff", "Kurt", "ihn", "Wir",
    "kommen", "morgen", "nicht", "mehr",
  ]

  static func article(seed: UInt64) -> Article {
    var generator = SplitMix(seed: seed)
    var text = ""
    for _ in 0..<Int.random(in: 0...80, using: &generator) {
      text += pieces.randomElement(using: &generator) ?? ""
    }
    let paragraphs = text.split(separator: "\n\n", omittingEmptySubsequences: false).map(
      String.init)
    return Article(title: "Ida Vogelsang", language: "de", paragraphs: paragraphs)
  }

  @Test func offsetsStayInsideTheText() {
    for seed in UInt64(1)...3000 {
      let article = Self.article(seed: seed)
      let count = article.text.unicodeScalars.count
      for quote in QuoteExtractor().quotes(in: article) {
        #expect(0 <= quote.start && quote.start < quote.end && quote.end <= count, "seed \(seed)")
        guard let mention = quote.mention else { continue }
        #expect(0 <= mention.start && mention.start < mention.end && mention.end <= count)
      }
    }
  }
}
