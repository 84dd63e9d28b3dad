private typealias German = QuoteGermanWords

/// German subjects that open a sentence in a way the mention parser stops at: a focus
/// particle before them (`Selbst die Zeitung hatte kritisiert, …`) or a name in quotation
/// marks after their noun (`Die Wochenzeitung „Die Welt“ hatte kritisiert, …`).
extension QuoteAttributor {
  /// The subject that opens the sentence of the speech verb at `verb`, when no mention was
  /// read for it, or the sentence opens with a focus particle and the mention read names no
  /// person after it. Nil when the opening is no such subject.
  func focusedOrNamedSubject(verb: Int, read: Range<Int>?) -> Range<Int>? {
    guard language == "de", verb > 0, verb < tokens.count else { return nil }
    var first = sentenceStartAcrossNames(before: verb)
    guard first < verb else { return nil }
    let isFocused = Self.focusParticles.contains(tokens[first].hash)
    if let read, !isFocused || namesPerson(read) && read.lowerBound != first { return nil }
    if isFocused { first += 1 }
    guard first < verb else { return nil }
    if let named = namedPhrase(at: first, limit: verb) { return named }
    guard read != nil, let subject = germanSubject(at: first), subject.upperBound <= verb,
      namesSpeaker(subject)
    else { return nil }
    return subject
  }

  /// `die linke Wochenzeitung „Die Welt“ hatte`: an article, at most three words of which the
  /// last is a noun, a name in quotation marks, then a lower-case verb.
  private func namedPhrase(at start: Int, limit: Int) -> Range<Int>? {
    guard tokens[start].isWord, lexicon.is(tokens[start].hash, .determiner) else { return nil }
    var index = start + 1
    while index < min(limit, start + 4), tokens[index].isWord { index += 1 }
    guard index > start + 1, index < limit, tokens[index - 1].isCapitalized,
      let name = quotedName(at: index), name.upperBound < limit,
      tokens[name.upperBound].isLowercase, isFiniteVerb(name.upperBound)
    else { return nil }
    return start..<name.upperBound
  }

  /// Words that single out the subject after them (`Selbst die Zeitung`, `Auch Huber`).
  private static let focusParticles: Set<UInt64> = Set(
    ["selbst", "sogar", "auch", "gerade", "ausgerechnet"].map(QuoteToken.hash(of:)))
}
