/// A stretch of quoted words found between quotation marks, before attribution.
struct QuoteSpan: Equatable {
  /// Token index of the opening mark.
  var openToken: Int
  /// Token index of the closing mark, or of the first token after the quote when unclosed.
  var closeToken: Int
  /// Scalar offsets of the quoted words, marks and outer spaces excluded.
  var start: Int
  var end: Int
  var family: QuoteMark.Family
  /// False when the paragraph ended before a closing mark.
  var isClosed: Bool
  /// True when this piece continues a quote from the previous paragraph.
  var continuesPrevious: Bool = false
}
