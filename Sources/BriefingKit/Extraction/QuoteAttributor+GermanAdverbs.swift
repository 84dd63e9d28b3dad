/// German adverbs between a speech verb after a quote and its subject (`„…“, sagte auch ein
/// Sprecher`, `meinte dazu Karl Berger`, `erklärte jedoch die Ministerin`): the subject is
/// read past them.
extension QuoteAttributor {
  /// The subject after the adverbs that follow the speech verb at `verb`; nil when no such
  /// adverb follows it, or no person or nominative phrase comes after them.
  func subjectAfterAdverbs(verb: Int, limit: Int) -> Range<Int>? {
    let end = min(limit, tokens.count)
    var start = verb + 1
    while start < min(end, verb + 4), tokens[start].isWord, tokens[start].isLowercase,
      Self.postVerbAdverbs.contains(tokens[start].hash)
    {
      start += 1
    }
    guard start > verb + 1, start < end, tokens[start].isWord,
      let mention = germanSubject(at: start), mention.lowerBound == start,
      mention.upperBound <= end, namesPerson(mention) || isNominative(mention)
    else { return nil }
    return mention
  }

  private static let postVerbAdverbs: Set<UInt64> = Set(
    [
      "auch", "dazu", "jedoch", "zudem", "ebenfalls", "außerdem", "noch", "dann", "nun",
      "daraufhin", "hingegen", "wiederum", "schließlich", "weiter", "später", "damals",
      "bereits", "danach", "dabei", "erneut", "nochmals", "abschließend", "einmal", "aber",
      "allerdings", "indes", "freilich", "ferner", "gleichfalls",
    ].map(QuoteToken.hash(of:)))
}
