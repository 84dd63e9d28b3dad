private typealias German = QuoteGermanWords

/// German quotes followed by a view the speaker holds rather than a speech verb: `„…“, ist
/// sich Huber sicher`, `„…“ Davon ist die Ministerin überzeugt.` The copula comes second,
/// the speaker after it, and the adjective of the view closes the clause.
extension QuoteAttributor {
  /// The speaker of a quote that opens its sentence and is followed by a copula, the speaker
  /// and an adjective of conviction or feeling (`überzeugt`, `sicher`, `zuversichtlich`),
  /// perhaps after `Davon`, `Dessen` or a dash and `da`. Nil for anything else.
  func attitudeAfter(_ span: QuoteSpan) -> QuoteAttribution? {
    guard language == "de", span.isClosed else { return nil }
    var index = span.closeToken + 1
    var skipped = 0
    while index < tokens.count, skipped < 2, tokens[index].kind == .punctuation {
      guard Self.joiners.contains(tokens[index].scalar) else { return nil }
      index += 1
      skipped += 1
    }
    if index < tokens.count, Self.pointers.contains(tokens[index].hash) { index += 1 }
    guard index + 2 < tokens.count, tokens[index].isLowercase,
      German.copulas.contains(tokens[index].hash)
    else { return nil }
    index += 1
    if tokens[index].hash == German.reflexive { index += 1 }
    guard let mention = germanSubject(at: index), namesSpeaker(mention),
      let view = attitude(after: mention.upperBound)
    else { return nil }
    return QuoteAttribution(cue: view, mention: mention, source: .after)
  }

  /// The adjective of a view within a few words after `start` that ends its clause (`fest
  /// überzeugt.`, `sicher, dass …`).
  private func attitude(after start: Int) -> Int? {
    var index = start
    while index < min(tokens.count, start + 5), tokens[index].isWord {
      if tokens[index].isLowercase, Self.views.contains(tokens[index].hash) {
        let next = index + 1
        guard
          next >= tokens.count || tokens[next].kind == .lineBreak || isSentenceEnd(next)
            || tokens[next].kind == .punctuation && tokens[next].scalar == 0x2C
        else { return nil }
        return index
      }
      index += 1
    }
    return nil
  }

  /// Comma, full stop and dashes between a quote and the copula after it.
  private static let joiners: Set<UInt32> = [0x2C, 0x2E, 0x2D, 0x2013, 0x2014]

  /// Words that point back at the quote before the copula (`Davon ist …`, `– da ist …`).
  private static let pointers: Set<UInt64> = Set(
    ["davon", "dessen", "da", "darin", "darüber"].map(QuoteToken.hash(of:)))

  /// Adjectives of a view or feeling that a speaker holds about what they said.
  private static let views: Set<UInt64> = Set(
    [
      "überzeugt", "sicher", "gewiss", "zuversichtlich", "optimistisch", "pessimistisch",
      "skeptisch", "einig", "bewusst", "enttäuscht", "empört", "besorgt", "froh", "stolz",
      "erleichtert", "zufrieden", "unzufrieden", "verärgert", "entsetzt",
    ].map(QuoteToken.hash(of:)))
}
