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
      lexicon.cue(for: tokens[verb].hash) != nil || German.auxiliaries.contains(tokens[verb].hash)
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
