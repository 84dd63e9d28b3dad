/// German sentences after a quote that point back at its words and name their owner: `Von
/// diesem Versprechen des Präsidenten Paul Kramer blieb nichts.`, `Diese oft dem Kanzler Otto
/// Brenner zugeschriebene Weisheit gilt noch.` The owner is the speaker.
extension QuoteAttributor {
  /// The owner named by the sentence right after the one that holds `span`, when that
  /// sentence opens (perhaps after a preposition) with `dieser` and a noun for words said;
  /// nil otherwise.
  func ownedWordsAfter(_ span: QuoteSpan) -> QuoteAttribution? {
    guard language == "de", span.isClosed, let start = nextSentence(after: span) else {
      return nil
    }
    // A cue in the quote's own sentence names its speaker there.
    let opening = sentenceStart(before: span.openToken, floor: max(0, span.openToken - 40))
    let own = Array(opening..<span.openToken) + Array((span.closeToken + 1)..<start)
    guard !own.contains(where: { cue(at: $0) != nil }) else { return nil }
    var index = start
    if index < tokens.count, Self.prepositions.contains(tokens[index].hash) { index += 1 }
    guard index + 2 < tokens.count, Self.demonstratives.contains(tokens[index].hash) else {
      return nil
    }
    var end = index + 1
    while end < min(tokens.count, index + 12), tokens[end].isWord { end += 1 }
    let words = (index + 1)..<end
    if let participle = words.first(where: { Self.ascribedTo.contains(tokens[$0].hash) }) {
      return ascribedOwner(from: index + 1, participle: participle)
    }
    guard let noun = words.first(where: { tokens[$0].isCapitalized }),
      Self.wordNouns.contains(tokens[noun].hash)
    else { return nil }
    return genitiveOwner(after: noun)
  }

  /// The first token of the sentence after the quote's: right after the quote when it ends
  /// its sentence inside the marks, else after the next sentence end within 40 tokens.
  private func nextSentence(after span: QuoteSpan) -> Int? {
    let last = span.end - 1
    if last >= 0, last < scalars.count, QuoteScalar.isSentenceEnd(scalars[last].value) {
      return span.closeToken + 1 < tokens.count ? span.closeToken + 1 : nil
    }
    var index = span.closeToken + 1
    while index < min(tokens.count, span.closeToken + 40) {
      let token = tokens[index]
      if token.kind == .mark || token.kind == .lineBreak { return nil }
      if isSentenceEnd(index) { return index + 1 < tokens.count ? index + 1 : nil }
      index += 1
    }
    return nil
  }

  /// `dem Kanzler Otto Brenner zugeschriebene`: the phrase after `dem` or `der` before the
  /// participle, when it is capitalised at its end.
  private func ascribedOwner(from start: Int, participle: Int) -> QuoteAttribution? {
    guard
      let article = (start..<participle).first(where: {
        Self.datives.contains(tokens[$0].hash) && tokens[$0].isLowercase
      }), article + 1 < participle, tokens[participle - 1].isCapitalized
    else { return nil }
    let owner = article..<participle
    return namesSpeaker(owner) || namesPerson((article + 1)..<participle)
      ? QuoteAttribution(cue: nil, mention: owner, source: .after) : nil
  }

  /// `Versprechen des damaligen Präsidenten Paul Kramer`: the genitive or `von` phrase after
  /// the noun at `noun`.
  private func genitiveOwner(after noun: Int) -> QuoteAttribution? {
    let start = noun + 1
    guard start + 1 < tokens.count, tokens[start].isLowercase,
      QuoteGermanWords.genitiveDeterminers.contains(tokens[start].hash)
        || tokens[start].hash == QuoteGermanWords.von
    else { return nil }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    let first = tokens[start].hash == QuoteGermanWords.von ? start + 1 : start
    guard let read = parser.forward(from: first, limit: clauseEnd(from: first)) else {
      return nil
    }
    let owner = germanPhrase(read)
    guard namesPerson(owner) || canSpeak(owner) else { return nil }
    return QuoteAttribution(cue: nil, mention: owner, source: .after)
  }

  private static let prepositions: Set<UInt64> = Set(
    ["von", "mit", "nach", "bei", "zu", "in", "an", "auf"].map(QuoteToken.hash(of:)))
  private static let demonstratives: Set<UInt64> = Set(
    ["diese", "dieser", "dieses", "diesem", "diesen"].map(QuoteToken.hash(of:)))
  private static let datives: Set<UInt64> = Set(["dem", "der"].map(QuoteToken.hash(of:)))
  private static let ascribedTo: Set<UInt64> = Set(
    ["zugeschriebene", "zugeschriebenen", "zugeschriebener", "zugeschriebenes"].map(
      QuoteToken.hash(of:)))
  private static let wordNouns: Set<UInt64> = Set(
    [
      "worte", "worten", "satz", "aussage", "äußerung", "zitat", "weisheit", "versprechen",
      "ankündigung", "forderung", "warnung", "spruch", "zusage", "drohung", "prognose",
    ].map(QuoteToken.hash(of:)))
}
