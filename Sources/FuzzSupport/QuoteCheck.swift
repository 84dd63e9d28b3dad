import BriefingKit

/// ``QuoteExtractor`` on any text: every quote lies inside the article's text, in reading order,
/// its segments run from `start` to `end` in order without touching, and its text is their
/// slices joined by ` … ` over a gap holding a letter or digit (the cue left out) and by one
/// space over any other (quotation marks aside, which may be normalised). A partial quote
/// reported with the clause that carries it has its segments inside `start..<end` and the text
/// of that whole range.
public enum QuoteCheck: FuzzCheck {
  public static let name = "quotes"

  public static func violations(in data: [UInt8]) -> [String] {
    let article = FuzzInput.article(data)
    return violations(of: QuoteExtractor().quotes(in: article), in: article.text)
  }

  /// What is wrong with `quotes` as quotes found in `text`.
  public static func violations(of quotes: [Quote], in text: String) -> [String] {
    let scalars = FuzzInput.scalars(text)
    var problems: [String] = []
    var previousStart = 0
    for quote in quotes {
      guard 0 <= quote.start, quote.start <= quote.end, quote.end <= scalars.count else {
        problems.append("quote \(quote.start)..<\(quote.end) outside \(scalars.count) scalars")
        continue
      }
      if quote.start < previousStart { problems.append("quote at \(quote.start) out of order") }
      previousStart = quote.start
      guard segmentsFit(quote) else {
        problems.append("quote segments \(quote.segments) do not run from start to end")
        continue
      }
      let expected =
        isClause(quote)
        ? String(String.UnicodeScalarView(scalars[quote.start..<quote.end]))
        : joined(quote.segments, in: scalars)
      if normalised(expected) != normalised(quote.text) {
        problems.append("quote text \(quote.text.debugDescription) is not its slice")
      }
      if let mention = quote.mention,
        !(0 <= mention.start && mention.start <= mention.end && mention.end <= scalars.count)
      {
        problems.append("mention \(mention.start)..<\(mention.end) outside the text")
      }
    }
    return problems
  }

  /// Segments that are in order, apart, and span the quote exactly (or lie inside a clause).
  static func segmentsFit(_ quote: Quote) -> Bool {
    guard let first = quote.segments.first, let last = quote.segments.last,
      isClause(quote) || (first.lowerBound == quote.start && last.upperBound == quote.end)
    else { return false }
    return zip(quote.segments, quote.segments.dropFirst()).allSatisfy { previous, next in
      previous.upperBound < next.lowerBound
    }
  }

  /// True for a partial quote whose range reaches past its segments: the clause that carries
  /// them, from `start` to `end`.
  static func isClause(_ quote: Quote) -> Bool {
    guard quote.isPartial, let first = quote.segments.first, let last = quote.segments.last,
      quote.start <= first.lowerBound, last.upperBound <= quote.end
    else { return false }
    return quote.start < first.lowerBound || last.upperBound < quote.end
  }

  /// The slices of `segments` joined as ``Quote/text`` states: ` … ` where a letter or digit
  /// stands between two of them, one space elsewhere.
  static func joined(_ segments: [Range<Int>], in scalars: [Unicode.Scalar]) -> String {
    var text = ""
    for (index, segment) in segments.enumerated() {
      if index > 0 {
        let gap = scalars[segments[index - 1].upperBound..<segment.lowerBound]
        let elides = gap.contains {
          $0.properties.isAlphabetic || $0.properties.numericType == .decimal
        }
        text += elides ? " \u{2026} " : " "
      }
      text += String(String.UnicodeScalarView(scalars[segment]))
    }
    return text
  }

  /// `text` with every quotation mark and apostrophe made `"`, and a mark typed as two (`''`,
  /// `""`, ` `` `), which a clause writes as one, made one.
  static func normalised(_ text: String) -> [Unicode.Scalar] {
    var joined: [Unicode.Scalar] = []
    var pairs = false
    for scalar in text.unicodeScalars {
      if pairs, let last = joined.last, last == scalar {
        pairs = false
        continue
      }
      pairs = scalar == "'" || scalar == "\"" || scalar == "`"
      joined.append(scalar)
    }
    return joined.map { scalar in
      let isMark =
        scalar.properties.isQuotationMark
        || [0x60, 0x2033, 0x2BC, 0xFF02].contains(scalar.value)
      return isMark ? "\"" : scalar
    }
  }
}
