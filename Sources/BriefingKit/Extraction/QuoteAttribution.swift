/// Where a quote's cue and speaker mention stand, by token index, before names are resolved.
struct QuoteAttribution: Equatable {
  /// How the attribution was found: `owner` for a noun of speech and its owner before the
  /// quote (`her remark that “…”`), a person named in passing.
  enum Source: UInt8 { case after, before, colon, subject, inherited, owner }

  /// Token index of the cue word, when there is one.
  var cue: Int?
  /// Token range of the mention, when one was read.
  var mention: Range<Int>?
  var source: Source
}
