/// German source phrases (`nach Angaben der Polizei`, `laut dem Sprecher`, `dem Bericht
/// zufolge`) when a sentence holds two of them.
extension QuoteAttributor {
  /// `Nach Angaben eines Sprechers sei die Lage „ernst“, nach Angaben der Polizei aber ruhig`:
  /// a source phrase after the quote and a comma opens the next, shortened clause when the
  /// quote's own clause names its source with such a phrase before the quote (`so` after a
  /// quote still speaks for the whole sentence).
  func isLaterSource(_ after: QuoteAttribution, _ span: QuoteSpan, floor: Int) -> Bool {
    guard language == "de", let cue = after.cue, cue > span.closeToken, cue < tokens.count,
      isSourcePhrase(cue), tokens[cue].hash != QuoteGermanWords.so,
      (span.closeToken + 1..<cue).contains(where: {
        tokens[$0].kind == .punctuation && tokens[$0].scalar == 0x2C
      }),
      let before = beforeCue(span, floor: floor), before.mention != nil,
      let sourceCue = before.cue, sourceCue < span.openToken
    else { return false }
    return isSourcePhrase(sourceCue)
  }

  private func isSourcePhrase(_ index: Int) -> Bool {
    guard let kind = cue(at: index)?.kind else { return false }
    return kind == .preposition || kind == .postposition
  }

  /// `Kempf erläutert es so: „…“, und fügt hinzu: „…“`: a verb after `und` right behind a
  /// quote (and its comma) shares the subject of the sentence that quote stands in.
  func subjectOfQuoteBefore(_ conjunction: Int) -> Range<Int>? {
    var index = conjunction - 1
    while index > 0, tokens[index].kind == .punctuation, tokens[index].scalar == 0x2C {
      index -= 1
    }
    guard index > 0, tokens[index].kind == .mark,
      spans.contains(where: { $0.closeToken == index && $0.isClosed })
    else { return nil }
    return subjectBeforeQuote(endingBefore: conjunction)
  }

  /// `Scharfe Kritik kam auch von Grünen-Chefin Anna Lang: „…“`, `Widerspruch kommt aus der
  /// Opposition`: when a reaction `kommt von` someone, they speak, not the reaction `phrase`
  /// that opens the sentence. `verb` is the token after that phrase.
  func reactionOrigin(_ phrase: Range<Int>, verb: Int, limit: Int) -> Range<Int>? {
    guard language == "de", verb < min(limit, tokens.count), !phrase.isEmpty,
      Self.reactions.contains(tokens[phrase.upperBound - 1].hash),
      Self.coming.contains(tokens[verb].hash), tokens[verb].isLowercase
    else { return nil }
    var index = verb + 1
    while index < min(limit, verb + 4), QuoteGermanWords.frontedAdverbs.contains(tokens[index].hash)
    {
      index += 1
    }
    guard index + 1 < limit, tokens[index].isLowercase, Self.origins.contains(tokens[index].hash),
      let origin = documentSource(from: index + 1, limit: min(limit, clauseEnd(from: index + 1))),
      namesPerson(origin) || canSpeak(origin)
    else { return nil }
    return origin
  }

  private static let reactions: Set<UInt64> = Set(
    [
      "kritik", "lob", "widerspruch", "zustimmung", "ablehnung", "unterstützung", "protest",
      "proteste", "applaus", "beifall", "warnungen", "reaktionen", "dank", "spott", "skepsis",
      "empörung", "rückendeckung", "gegenwind",
    ].map(QuoteToken.hash(of:)))
  private static let coming: Set<UInt64> = Set(
    ["kam", "kamen", "kommt", "kommen"].map(QuoteToken.hash(of:)))
  private static let origins: Set<UInt64> = Set(["von", "vom", "aus"].map(QuoteToken.hash(of:)))

  /// `„…“, ein interner Bericht beschreibt die Lage anders`: after a German quote the verb of
  /// its attribution comes first (`„…“, sagte Huber`), or a conjunction (`wie Huber sagte`);
  /// a clause that opens with a subject of its own before the verb at `cue` speaks for itself.
  func opensWithSubject(after span: QuoteSpan, cue: Int) -> Bool {
    guard language == "de", cue < tokens.count, lexicon.cue(for: tokens[cue].hash)?.kind == .verb
    else { return false }
    var first = span.closeToken + 1
    while first < cue, tokens[first].kind == .punctuation { first += 1 }
    guard first < cue, tokens[first].isWord else { return false }
    let token = tokens[first]
    if token.isCapitalized { return !lexicon.isCue(token.hash) }
    return lexicon.is(token.hash, .determiner)
      || QuoteGermanWords.subjectPronouns.contains(token.hash)
  }
}
