/// German sentences that open with an adverbial before the finite verb: verb-second order then
/// puts the subject right after the verb. The adverbial is a word that no noun or name is
/// spelled like (`Eigentlich wollte der 51-Jährige …`, `Natürlich betonte die Ministerin …`) or
/// a phrase with `als` (`Als Trainer der Gäste wackelt Härtel: „…“`), whose noun is never the
/// subject. An opening word and a verb in `-e` mark reported speech (`Dieser zeige „…“`).
extension QuoteAttributor {
  /// True when the sentence from `first` opens with such an adverbial.
  func opensWithGermanAdverbial(_ first: Int, limit: Int) -> Bool {
    guard language == "de", first >= 0, first + 2 < min(limit, tokens.count),
      tokens[first].isWord, tokens[first].isCapitalized
    else { return false }
    if tokens[first].hash == Self.als { return true }
    return isAdverbForm(first) && isFiniteVerb(first + 1)
      && !namesPerson(first..<(first + 1))
  }

  /// The subject after the finite verb of a sentence that opens with an adverbial, or nil when
  /// none stands there (`Als Trainer der Gäste war er …` gives `er`).
  func subjectAfterGermanAdverbial(from first: Int, limit: Int) -> QuoteAttribution? {
    if tokens[first].hash == Self.als { return germanInvertedSubject(from: first, limit: limit) }
    var start = first + 2
    if start < limit, tokens[start].hash == QuoteGermanWords.reflexive { start += 1 }
    guard start < limit, let mention = germanSubject(at: start), mention.upperBound <= limit
    else { return nil }
    return QuoteAttribution(cue: nil, mention: mention, source: .subject)
  }

  /// `eigentlich`, `glücklicherweise`, `damals`, `allerdings`, `jedenfalls`: endings that make
  /// an adverb of a word and that no German noun in the nominative has.
  private func isAdverbForm(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.end - token.start > 6, token.end <= scalars.count else { return false }
    let word = QuoteScalar.string(scalars, token.start..<token.end).lowercased()
    return Self.adverbEndings.contains { word.hasSuffix($0) }
  }

  private static let als = QuoteToken.hash(of: "als")
  private static let adverbEndings = ["lich", "weise", "mals", "dings", "falls"]

  /// `Dieser zeige „…“`, `Damit lasse man „…“`: a verb in `-e` (not the past `-te`) right
  /// after the opening word, which is no preposition, and with no noun right after it (`Die
  /// neue Regel`, `Einige große Firmen` open with an adjective): the subjunctive of reported
  /// speech.
  func opensWithSubjunctive(_ sentence: Range<Int>) -> Bool {
    let first = sentence.lowerBound
    let verb = first + 1
    guard verb + 1 < sentence.upperBound, tokens[first].isWord, tokens[first].isCapitalized,
      !Self.openingPrepositions.contains(tokens[first].hash), !tokens[verb + 1].isCapitalized
    else { return false }
    let token = tokens[verb]
    guard token.isLowercase, token.end - token.start >= 4, token.lastScalar == 0x65,
      token.end <= scalars.count, scalars[token.end - 2] != "t"
    else { return false }
    return isFiniteVerb(verb)
  }

  private static let openingPrepositions: Set<UInt64> = Set(
    [
      "über", "für", "ohne", "mit", "nach", "bei", "von", "aus", "zu", "in", "an", "auf",
      "durch", "gegen", "um", "unter", "vor", "hinter", "neben", "zwischen", "seit", "trotz",
      "wegen", "während", "statt", "ab", "bis", "laut", "gemäß",
    ].map(QuoteToken.hash(of:)))
}
