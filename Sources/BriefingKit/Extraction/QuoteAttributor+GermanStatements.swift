private typealias German = QuoteGermanWords

/// German statements named with their author before the clause that gives their words:
/// `Den Vorwurf der Opposition, er habe „…“, wies Huber zurück`. The quote is the author's,
/// not that of the one who answers it.
extension QuoteAttributor {
  /// The statement and its author (`Den Vorwurf der Opposition`) that open the quote's
  /// sentence, perhaps after `Auf`, when the quote stands in the clause right after them.
  func statementClause(_ span: QuoteSpan) -> QuoteAttribution? {
    guard language == "de", span.openToken < tokens.count else { return nil }
    var start = sentenceStart(before: span.openToken, floor: max(0, span.openToken - 30))
    for _ in 0..<3 {
      guard let earlier = spans.last(where: { $0.closeToken + 1 == start }), earlier.isClosed,
        continuesSentence(earlier), earlier.openToken < start
      else { break }
      start = sentenceStart(before: earlier.openToken, floor: max(0, span.openToken - 40))
    }
    var first = start
    if first < span.openToken, Self.openers.contains(tokens[first].hash) { first += 1 }
    guard first + 3 < span.openToken, lexicon.is(tokens[first].hash, .determiner),
      isStatement(first + 1), Self.owners.contains(tokens[first + 2].hash),
      tokens[first + 2].isLowercase
    else { return nil }
    var ownerStart = first + 3
    if tokens[first + 2].hash == QuoteGermanWords.von,
      lexicon.is(tokens[ownerStart].hash, .determiner)
    {
      ownerStart += 1
    }
    guard
      let comma = (ownerStart..<span.openToken).first(where: {
        tokens[$0].kind == .punctuation && tokens[$0].scalar == 0x2C
      }),
      comma > ownerStart, comma - first <= 10,
      (ownerStart..<comma).allSatisfy({ tokens[$0].isWord }),
      tokens[comma - 1].isCapitalized,
      !((comma + 1)..<span.openToken).contains(where: { !isInStatement($0) })
    else { return nil }
    return QuoteAttribution(cue: first + 1, mention: first..<comma, source: .subject)
  }

  /// `Den Vorwurf, er habe „…“, wies Huber zurück`: a statement with no author opens the
  /// quote's sentence and a comma follows it; the words are no one's the sentence names.
  func opensAuthorlessStatement(_ span: QuoteSpan) -> Bool {
    guard language == "de", span.openToken < tokens.count else { return false }
    var first = sentenceStart(before: span.openToken, floor: max(0, span.openToken - 30))
    if first < span.openToken, Self.openers.contains(tokens[first].hash) { first += 1 }
    return first + 3 < span.openToken && lexicon.is(tokens[first].hash, .determiner)
      && isStatement(first + 1) && tokens[first + 2].kind == .punctuation
      && tokens[first + 2].scalar == 0x2C
  }

  /// True for a token of the clauses that give the statement's words: a word that is no cue,
  /// an earlier quote's mark or a comma (`…, es sei „…“, mit dem man „…“ wolle`).
  private func isInStatement(_ index: Int) -> Bool {
    let token = tokens[index]
    switch token.kind {
    case .word: return cue(at: index) == nil
    case .mark: return true
    case .punctuation: return token.scalar == 0x2C
    default: return false
    }
  }

  /// True for a noun of a statement or view (`Vorwurf`, `Forderung`, `Behauptung`).
  private func isStatement(_ index: Int) -> Bool {
    let token = tokens[index]
    return token.isCapitalized
      && (German.viewNouns.contains(token.hash) || Self.statements.contains(token.hash))
  }

  private static let openers: Set<UInt64> = Set(["auf", "gegen"].map(QuoteToken.hash(of:)))
  private static let owners: Set<UInt64> = Set(
    ["der", "des", "von", "vom"].map(QuoteToken.hash(of:)))
  private static let statements: Set<UInt64> = Set(
    [
      "vorwurf", "vorwürfe", "forderung", "forderungen", "behauptung", "kritik", "aussage",
      "einschätzung", "warnung", "darstellung", "äußerung", "vorschlag", "einwand", "frage",
    ].map(QuoteToken.hash(of:)))
}
