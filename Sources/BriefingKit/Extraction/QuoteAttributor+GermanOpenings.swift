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

  /// `Offizielle Stellen in Kiew erklärten`, `Vertreter der Regierung in Berlin sagten`: a
  /// place after `in` or `aus` right before the speech verb belongs to the phrase that opens
  /// the sentence; that whole phrase speaks, not the place.
  func placedSubject(_ read: Range<Int>, verb: Int) -> Range<Int>? {
    guard language == "de", read.upperBound == verb, read.lowerBound >= 2,
      tokens[read.lowerBound - 1].isLowercase,
      Self.placePrepositions.contains(tokens[read.lowerBound - 1].hash)
    else { return nil }
    let preposition = read.lowerBound - 1
    let first = sentenceStart(before: preposition, floor: max(0, verb - 16))
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard first < preposition, tokens[first].isCapitalized,
      let opener = parser.forward(from: first, limit: preposition)
    else { return nil }
    let head = withGenitive(germanPhrase(opener), limit: preposition)
    guard head.lowerBound == first, head.upperBound == preposition,
      isNominative(head) || isBarePluralSubject(head)
    else { return nil }
    return first..<read.upperBound
  }

  private static let placePrepositions: Set<UInt64> = Set(
    ["in", "aus"].map(QuoteToken.hash(of:)))

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

  /// `Die Gewerkschaft kritisierte Schneider als „…“`, `Bauers Kampagne dagegen warf
  /// Schneider vor, …`: a phrase in the nominative for a body or group that opens the sentence
  /// right before the verb (adverbs aside) is its subject; the name right after the verb is the
  /// object, even when the article names that person. Nil for a phrase that cannot speak (`Die
  /// Entscheidung kritisierte Schneider`) or names a text.
  func openingBody(before verb: Int, read: Range<Int>) -> Range<Int>? {
    guard language == "de", read.lowerBound == verb + 1, verb >= 2, verb + 1 < tokens.count,
      tokens[verb + 1].isCapitalized
    else { return nil }
    let first = sentenceStart(before: verb, floor: max(0, verb - 12))
    guard first < verb, Self.openers.contains(tokens[first].hash) || isGenitiveName(first)
    else { return nil }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard let opener = parser.forward(from: first, limit: verb) else { return nil }
    let phrase = withGenitive(germanPhrase(opener), limit: verb)
    guard phrase.lowerBound == first, phrase.upperBound <= verb, verb - phrase.upperBound <= 3,
      (phrase.upperBound..<verb).allSatisfy({ tokens[$0].isWord && tokens[$0].isLowercase }),
      !phrase.contains(where: { isTextNoun($0) }), !isDative(phrase)
    else { return nil }
    // `Bauers Kampagne`: the owner's name in the genitive, then the body that speaks.
    let isOwned = isGenitiveName(first) && phrase.count == 2
    guard
      isOwned
        ? canSpeak((first + 1)..<phrase.upperBound) : !namesPerson(phrase) && canSpeak(phrase)
    else { return nil }
    return phrase
  }

  /// `Der englischsprachigen Zeitung sagte Karma`: `der` before an adjective in `-en` or a
  /// feminine noun is a dative or genitive, no subject.
  private func isDative(_ phrase: Range<Int>) -> Bool {
    guard tokens[phrase.lowerBound].hash == QuoteGermanWords.der else { return false }
    return phrase.contains { index in
      let word = QuoteScalar.string(scalars, tokens[index].start..<tokens[index].end)
        .lowercased()
      if tokens[index].isLowercase { return word.hasSuffix("en") }
      return index == phrase.upperBound - 1 && Self.feminine.contains { word.hasSuffix($0) }
    }
  }

  private static let feminine = [
    "ung", "heit", "keit", "schaft", "ion", "ei", "tät", "in", "innen", "ur", "ik", "wehr", "ee",
    "e", "a", "bank", "kammer",
  ]

  /// `McCains`, `Bauers`: a capitalised word in `s` before another one, a name in the genitive.
  private func isGenitiveName(_ index: Int) -> Bool {
    guard index + 1 < tokens.count, tokens[index].isWord, tokens[index].isCapitalized,
      tokens[index + 1].isWord, tokens[index + 1].isCapitalized, tokens[index].end > 0
    else { return false }
    return scalars[tokens[index].end - 1] == "s"
  }

  private func isTextNoun(_ index: Int) -> Bool {
    tokens[index].isWord && tokens[index].isCapitalized
      && QuoteGermanNouns.isText(
        QuoteScalar.string(scalars, tokens[index].start..<tokens[index].end).lowercased())
  }

  private static let openers: Set<UInt64> = Set(
    ["der", "die", "das", "ein", "eine"].map(QuoteToken.hash(of:)))

  /// Words that single out the subject after them (`Selbst die Zeitung`, `Auch Huber`).
  private static let focusParticles: Set<UInt64> = Set(
    ["selbst", "sogar", "auch", "gerade", "ausgerechnet"].map(QuoteToken.hash(of:)))
}
