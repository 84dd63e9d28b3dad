import BriefingKit
import Testing

/// Generated articles: whatever the marks and words, quotes and mentions stay inside the text
/// and slice back to their own text (a quote's segments joined by ` … ` where a letter or digit
/// stands between them and by one space elsewhere, or for a partial
/// quote reported with its clause the whole clause, marks normalised), in reading order,
/// without overlapping.
struct QuotePropertyTests {

  static let pieces: [String] = [
    "“", "”", "\"", "'", "‘", "’", "„", "“", "‚", "«", "»", "‹", "›", "「", "」", "『", "』", "''",
    "``", " ", " ", " ", "\n", "\n\n", ",", ".", ":", "–", "-", "(", ")", "?", "!", "…", "said",
    "he", "she", "they", "Okafor", "Idris", "Okafor", "the", "minister", "told", "reporters",
    "according", "to", "sagte", "so", "Müller", "заявил", "Песков", "a", "déclaré", "selon",
    "It's", "growers'", "5'11\"", "'90s", "Mr.", "Sen.", "U.S.", "we", "will", "win", "é",
    "e\u{301}", "🇺🇦", "👩‍👩‍👧", "\u{A0}", "\u{200B}", "\t", "\r\n", "Ω", "日本", "0", "42",
  ]

  static func article(seed: UInt64) -> Article {
    var generator = SplitMix(seed: seed)
    let count = Int.random(in: 0...60, using: &generator)
    var text = ""
    for _ in 0..<count { text += pieces.randomElement(using: &generator) ?? "" }
    let paragraphs = text.split(separator: "\n\n", omittingEmptySubsequences: false).map(
      String.init)
    var title = ""
    for _ in 0..<Int.random(in: 0...8, using: &generator) {
      title += pieces.randomElement(using: &generator) ?? ""
    }
    return Article(title: title, language: seed % 3 == 0 ? "de" : "und", paragraphs: paragraphs)
  }

  @Test func offsetsStayInsideAndSliceBack() {
    for seed in UInt64(1)...3000 {
      let article = Self.article(seed: seed)
      let scalars = Array(article.text.unicodeScalars)
      var previousEnd = 0
      for quote in QuoteExtractor().quotes(in: article) {
        #expect(
          0 <= quote.start && quote.start < quote.end && quote.end <= scalars.count, "seed \(seed)")
        guard quote.start >= 0, quote.start < quote.end, quote.end <= scalars.count else {
          continue
        }
        #expect(Self.segmentsFit(quote, count: scalars.count), "seed \(seed)")
        if Self.isClause(quote), Self.segmentsFit(quote, count: scalars.count) {
          let clause = Self.marksNormalised(scalars[quote.start..<quote.end])
          #expect(Self.marksNormalised(quote.text.unicodeScalars) == clause, "seed \(seed)")
        } else if Self.segmentsFit(quote, count: scalars.count) {
          #expect(quote.text == Self.joined(quote.segments, scalars), "seed \(seed)")
        }
        #expect(quote.start >= previousEnd, "seed \(seed): quotes overlap or are out of order")
        previousEnd = quote.end
        guard let mention = quote.mention else { continue }
        #expect(0 <= mention.start && mention.start < mention.end && mention.end <= scalars.count)
        if mention.start >= 0, mention.start < mention.end, mention.end <= scalars.count {
          #expect(mention.text == Self.string(scalars[mention.start..<mention.end]), "seed \(seed)")
        }
      }
    }
  }

  @Test func sameInputGivesSameQuotes() {
    for seed in UInt64(5000)...5200 {
      let article = Self.article(seed: seed)
      #expect(QuoteExtractor().quotes(in: article) == QuoteExtractor().quotes(in: article))
    }
  }

  /// Segments that are non-empty, in order, apart, inside the text and spanning the quote
  /// (or, for a clause, inside it).
  static func segmentsFit(_ quote: Quote, count: Int) -> Bool {
    guard let first = quote.segments.first, let last = quote.segments.last,
      first.lowerBound >= quote.start, last.upperBound <= quote.end, quote.end <= count,
      isClause(quote) || (first.lowerBound == quote.start && last.upperBound == quote.end)
    else { return false }
    for (previous, next) in zip(quote.segments, quote.segments.dropFirst())
    where previous.upperBound >= next.lowerBound {
      return false
    }
    return quote.segments.allSatisfy { !$0.isEmpty }
  }

  /// The slices of `segments` joined by ` … ` over a gap that holds a letter or digit (the
  /// writer's words left out), by one space over any other.
  static func joined(_ segments: [Range<Int>], _ scalars: [Unicode.Scalar]) -> String {
    var text = ""
    var previous: Range<Int>?
    for segment in segments {
      if let previous {
        let gap = scalars[previous.upperBound..<segment.lowerBound]
        let hasWords = gap.contains {
          $0.properties.isAlphabetic || $0.properties.numericType == .decimal
        }
        text += hasWords ? " … " : " "
      }
      text += string(scalars[segment])
      previous = segment
    }
    return text
  }

  /// A partial quote whose range reaches past its segments: the clause that carries them.
  static func isClause(_ quote: Quote) -> Bool {
    guard quote.isPartial, let first = quote.segments.first, let last = quote.segments.last
    else { return false }
    return quote.start < first.lowerBound || last.upperBound < quote.end
  }

  /// The scalars with every quotation mark made `"`, a mark typed as two (`''`, `""`) as one.
  static func marksNormalised(_ scalars: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar] {
    pairsJoined(scalars).map {
      $0.properties.isQuotationMark || [0x60, 0x2033, 0xFF02].contains($0.value) ? "\"" : $0
    }
  }

  /// The scalars with the second of each pair `''`, `""` or ` `` ` left out, read left to right
  /// as the tokenizer pairs them: a clause writes such a pair as one mark.
  static func pairsJoined(_ scalars: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar] {
    var joined: [Unicode.Scalar] = []
    var pairs = false
    for scalar in scalars {
      if pairs, let last = joined.last, last == scalar {
        pairs = false
        continue
      }
      pairs = scalar == "'" || scalar == "\"" || scalar == "`"
      joined.append(scalar)
    }
    return joined
  }

  static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }
}
