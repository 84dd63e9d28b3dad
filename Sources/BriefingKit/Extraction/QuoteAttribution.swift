/// Where a quote's cue and speaker mention stand, by token index, before names are resolved.
struct QuoteAttribution: Equatable {
  /// How the attribution was found.
  enum Source: UInt8 { case after, before, colon, subject, inherited }

  /// Token index of the cue word, when there is one.
  var cue: Int?
  /// Token range of the mention, when one was read.
  var mention: Range<Int>?
  var source: Source
}
