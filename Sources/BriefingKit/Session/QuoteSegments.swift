/// A quote's segments as the session stores them: NULL for the usual single part from `start`
/// to `end`, else `start-end` pairs separated by commas (`1-9,25-36`).
enum QuoteSegments {
  static func encode(_ quote: Quote) -> String? {
    // Compared part by part: building `[start..<end]` to compare with cost an array per quote.
    if quote.segments.count == 1, quote.segments.first == quote.start..<quote.end { return nil }
    return quote.segments.map { "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ",")
  }

  /// The segments `text` lists; a missing or damaged value gives the one part
  /// `start..<end`.
  static func decode(_ text: String?, start: Int, end: Int) -> [Range<Int>] {
    let whole = [start..<max(start, end)]
    guard let text else { return whole }
    var segments: [Range<Int>] = []
    for pair in text.split(separator: ",") {
      let bounds = pair.split(separator: "-").compactMap { Int($0) }
      guard bounds.count == 2, bounds[0] <= bounds[1],
        bounds[0] >= (segments.last?.upperBound ?? start)
      else { return whole }
      segments.append(bounds[0]..<bounds[1])
    }
    guard segments.first?.lowerBound == start, segments.last?.upperBound == end else {
      return whole
    }
    return segments
  }
}
