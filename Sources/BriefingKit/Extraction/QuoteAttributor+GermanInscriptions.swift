/// German words that stand written somewhere: `Auf dem Plakat war die Parole „…“ zu lesen`,
/// `Darauf stand: „…“`. The placard, page or sign is the source the quote is read from.
extension QuoteAttributor {
  /// The place a quote is read on, when the quote's sentence opens with it (`Auf dem Plakat`,
  /// `Darauf`) and says the words stood there (`stand`, `war … zu lesen`).
  func inscription(_ span: QuoteSpan) -> QuoteAttribution? {
    guard language == "de", span.openToken < tokens.count else { return nil }
    if let carrier = relativeInscription(span) { return carrier }
    let start = sentenceStart(before: span.openToken, floor: max(0, span.openToken - 30))
    guard start + 1 < span.openToken, tokens[start].isCapitalized else { return nil }
    let hash = tokens[start].hash
    var place: Range<Int>
    var verb: Int
    if Self.pointers.contains(hash) {
      place = start..<(start + 1)
      verb = start + 1
    } else if Self.places.contains(hash) {
      verb = start + 1
      while verb < min(span.openToken, start + 7), !Self.standing.contains(tokens[verb].hash) {
        guard tokens[verb].isWord else { return nil }
        verb += 1
      }
      guard verb > start + 2, tokens[verb - 1].isCapitalized else { return nil }
      place = documentSource(from: start + 1, limit: verb) ?? (start + 1)..<verb
    } else {
      return nil
    }
    guard verb < span.openToken, Self.standing.contains(tokens[verb].hash),
      tokens[verb].isLowercase, isRead(after: verb, span: span, place: place)
    else { return nil }
    return QuoteAttribution(cue: verb, mention: place, source: .subject)
  }

  /// `ein Zettel, auf dem geschrieben stand: „…“`: the thing a relative clause of standing
  /// words hangs on, right before the quote (perhaps with the main clause's last verb between
  /// them: `musste ein Zettel kleben, auf dem stand`).
  private func relativeInscription(_ span: QuoteSpan) -> QuoteAttribution? {
    var verb = span.openToken - 1
    if verb > 0, tokens[verb].kind == .punctuation, tokens[verb].scalar == 0x3A { verb -= 1 }
    guard verb >= 4, Self.written.contains(tokens[verb].hash), tokens[verb].isLowercase else {
      return nil
    }
    var pronoun = verb - 1
    if tokens[pronoun].hash == Self.geschrieben { pronoun -= 1 }
    let comma = pronoun - 2
    guard comma > 0, Self.relatives.contains(tokens[pronoun].hash),
      Self.places.contains(tokens[pronoun - 1].hash), tokens[pronoun - 1].isLowercase,
      tokens[comma].kind == .punctuation, tokens[comma].scalar == 0x2C
    else { return nil }
    let floor = sentenceStart(before: comma, floor: max(0, comma - 20))
    var end = comma
    if tokens[end - 1].isWord, tokens[end - 1].isLowercase { end -= 1 }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard end > floor, let read = parser.backward(from: end - 1, floor: floor) else { return nil }
    let carrier = germanPhrase(read)
    guard carrier.upperBound == end, tokens[end - 1].isCapitalized else { return nil }
    return QuoteAttribution(cue: verb, mention: carrier, source: .subject)
  }

  /// True when the words are said to be read (`zu lesen` in the sentence) or spoken of (`war
  /// von „…“ die Rede`), or follow `stand` right away (`stand: „…“`).
  private func isRead(after verb: Int, span: QuoteSpan, place: Range<Int>) -> Bool {
    if Self.written.contains(tokens[verb].hash) {
      let next = verb + 1
      if next == span.openToken || next + 1 == span.openToken && tokens[next].scalar == 0x3A {
        return true
      }
    }
    var index = verb + 1
    while index + 1 < min(tokens.count, verb + 50), tokens[index].kind != .lineBreak {
      if index > span.closeToken, isSentenceEnd(index) { return false }
      if tokens[index].hash == Self.zu, Self.reading.contains(tokens[index + 1].hash) {
        return true
      }
      if tokens[index].hash == Self.die, tokens[index + 1].hash == Self.rede,
        tokens[index + 1].isCapitalized
      {
        return namesText(place)
      }
      index += 1
    }
    return false
  }

  /// True when a phrase holds a noun for a text (`dem Bericht der Kommission`, `Darin`).
  private func namesText(_ place: Range<Int>) -> Bool {
    if place.count == 1, Self.pointers.contains(tokens[place.lowerBound].hash) { return true }
    return place.contains { index in
      let token = tokens[index]
      guard token.isCapitalized, token.end <= scalars.count else { return false }
      return QuoteGermanNouns.isText(
        QuoteScalar.string(scalars, token.start..<token.end).lowercased())
    }
  }

  private static let pointers: Set<UInt64> = Set(
    ["darauf", "darin", "daran", "dort"].map(QuoteToken.hash(of:)))
  private static let places: Set<UInt64> = Set(["auf", "in", "an"].map(QuoteToken.hash(of:)))
  private static let standing: Set<UInt64> = Set(
    ["stand", "standen", "steht", "stehen", "war", "waren", "ist", "sind"].map(
      QuoteToken.hash(of:)))
  private static let written: Set<UInt64> = Set(
    ["stand", "standen", "steht", "stehen"].map(QuoteToken.hash(of:)))
  private static let zu = QuoteToken.hash(of: "zu")
  private static let geschrieben = QuoteToken.hash(of: "geschrieben")
  private static let die = QuoteToken.hash(of: "die")
  private static let rede = QuoteToken.hash(of: "rede")
  private static let relatives: Set<UInt64> = Set(
    ["dem", "der", "denen"].map(QuoteToken.hash(of:)))
  private static let reading: Set<UInt64> = Set(["lesen"].map(QuoteToken.hash(of:)))
}

/// German sources opened by `Nach` and a text: `Nach einem Bericht der Zeitung hat die Firma
/// „…“`, `Nach dem Gesetz muss …`. The text (with its author) is the source, not the subject
/// the sentence goes on to speak about.
extension QuoteAttributor {
  /// The text a quote's sentence opens with after `Nach` and an article, when its noun names
  /// a text (`Bericht`, `Studie`, `Gesetz`) and no numbered part of one (`Artikel 65`).
  func textAccordingTo(_ span: QuoteSpan) -> QuoteAttribution? {
    guard language == "de", span.openToken < tokens.count else { return nil }
    let start = sentenceStartAcrossNames(before: span.openToken)
    guard start + 3 < span.openToken, tokens[start].isCapitalized,
      tokens[start].hash == Self.nach, lexicon.is(tokens[start + 1].hash, .determiner),
      tokens[start + 2].isCapitalized, tokens[start + 2].end <= scalars.count
    else { return nil }
    let noun = tokens[start + 2]
    let word = QuoteScalar.string(scalars, noun.start..<noun.end).lowercased()
    guard QuoteGermanNouns.isText(word), !isNumber(start + 3),
      let text = documentSource(from: start + 1, limit: min(span.openToken, clauseEnd(from: start)))
    else { return nil }
    return QuoteAttribution(cue: start, mention: text, source: .subject)
  }

  /// True for a token that opens with a digit (`Artikel 65`): a numbered part of a law,
  /// which is no source that speaks.
  private func isNumber(_ index: Int) -> Bool {
    guard index < tokens.count, tokens[index].start < scalars.count else { return false }
    return scalars[tokens[index].start].properties.numericType != nil
  }

  private static let nach = QuoteToken.hash(of: "nach")
}
