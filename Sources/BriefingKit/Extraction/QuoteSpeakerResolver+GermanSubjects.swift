private typealias German = QuoteGermanWords

/// German main clauses put the finite verb second, so the subject often follows it: `In der
/// Befragung erläuterte Mantler …`, `Den Ball hat sich Draxler gesichert`.
extension QuoteSpeakerResolver {
  /// True when the German name at token `name` follows the finite verb of its sentence (a
  /// speech verb or an auxiliary, perhaps with `sich`), with one phrase and no comma between
  /// the sentence's start and the verb.
  func isInvertedSubject(_ name: Int) -> Bool {
    guard language == "de", name >= 2, name < tokens.count else { return false }
    var verb = name - 1
    if tokens[verb].hash == German.reflexive, tokens[verb].isLowercase { verb -= 1 }
    guard verb >= 1, tokens[verb].isWord, tokens[verb].isLowercase,
      lexicon.isCue(tokens[verb].hash) || German.auxiliaries.contains(tokens[verb].hash)
    else { return false }
    var cursor = verb - 1
    while cursor >= 0, cursor >= verb - 7 {
      let token = tokens[cursor]
      if token.kind == .lineBreak || lexicon.isSentenceEnd(cursor, in: tokens) {
        return cursor < verb - 1
      }
      guard token.kind != .mark, token.isWord || token.scalar == 0x2E else { return false }
      cursor -= 1
    }
    return cursor < 0 && verb > 0
  }
}

extension QuoteSpeakerResolver {
  /// `die Ärztin Lea Maskarel Maričić von ADRA`: a German mention whose full name of two or
  /// more capitalised words is followed by `von` and the body the person works for, without
  /// that body (`Ursula von der Leyen` has one word before `von`, a particle; `Die Sichtweise
  /// von Rech` an article).
  func withoutAffiliation(_ mention: Range<Int>) -> Range<Int>? {
    guard language == "de", mention.count >= 4, mention.upperBound <= tokens.count,
      let from = mention.dropFirst(2).first(where: {
        tokens[$0].isLowercase && Self.affiliations.contains(tokens[$0].hash)
      }),
      tokens[from - 1].isCapitalized, tokens[from - 2].isCapitalized,
      tokens[from - 1].isWord, tokens[from - 2].isWord,
      !lexicon.is(tokens[from - 2].hash, .determiner)
    else { return nil }
    return mention.lowerBound..<from
  }

  private static let affiliations: Set<UInt64> = Set(
    ["von", "vom"].map(QuoteToken.hash(of:)))
}
