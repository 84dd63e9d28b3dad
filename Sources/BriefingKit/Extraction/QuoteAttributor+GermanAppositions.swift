/// German names set off from their sentence: a party in parentheses between the subject and
/// its verb (`Jürgen Albers (SPD) zeigte sich zufrieden:`), and a name between commas after
/// the role that introduces it (`Die Vorsitzende des Mieterbundes, Sabine Krämer, sagte`).
extension QuoteAttributor {
  /// `Finanzminister Jürgen Albers (SPD) zeigte sich zufrieden: „…“`: the mention that opens
  /// the quote's sentence, when a short tag in parentheses and then a verb or comma follow it.
  func taggedSubject(_ span: QuoteSpan) -> QuoteAttribution? {
    guard language == "de", span.openToken < tokens.count else { return nil }
    let start = sentenceStart(before: span.openToken, floor: max(0, span.openToken - 40))
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard start < span.openToken,
      let read = parser.forward(from: start, limit: span.openToken),
      let after = tagEnd(from: read.upperBound, limit: span.openToken),
      after < span.openToken, tokens[after].isLowercase || tokens[after].scalar == 0x2C
    else { return nil }
    let mention = germanPhrase(read)
    guard mention.upperBound == read.upperBound, namesSpeaker(mention) else { return nil }
    return QuoteAttribution(cue: nil, mention: mention, source: .subject)
  }

  /// The token after a tag in parentheses that opens at `open` (`(SPD)`, `(Grüne)`), when it
  /// closes within a few words.
  func tagEnd(from open: Int, limit: Int) -> Int? {
    guard open < limit, tokens[open].kind == .punctuation, tokens[open].scalar == 0x28 else {
      return nil
    }
    var index = open + 1
    while index < min(limit, open + 6) {
      let token = tokens[index]
      if token.kind == .punctuation, token.scalar == 0x29 { return index + 1 }
      if token.kind == .mark || token.kind == .lineBreak { return nil }
      index += 1
    }
    return nil
  }

  /// `die Vorsitzende des Mieterbundes, Sabine Krämer,`: the name between commas (or before
  /// the sentence's end) right after a German description that names no one before its
  /// owner (`der Sprecher von Präsident Jan Olk, Timo Rast`), also after a place, body or
  /// cause in a prepositional phrase (`der Leiter der Abteilung im Amt der Landesregierung,
  /// Harald Brenner`, `die Beauftragte für Flüchtlinge, Lena Sauer`) and after a described
  /// role (`Odessas Gouverneur, der frühere Präsident Michail Sorin`).
  func appositiveName(after description: Range<Int>, limit: Int) -> Range<Int>? {
    let end = min(limit, tokens.count)
    let comma = prepositionalEnd(after: description.upperBound, limit: end)
    guard language == "de", comma + 2 < end, !names(ownHead(of: description)),
      tokens[comma].kind == .punctuation, tokens[comma].scalar == 0x2C
    else { return nil }
    var first = comma + 1
    let isDescribed = lexicon.is(tokens[first].hash, .determiner) && tokens[first].isLowercase
    if isDescribed { first = describedNameStart(after: first, limit: end) }
    guard first < end, tokens[first].isCapitalized else { return nil }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard let read = parser.forward(from: first, limit: min(end, first + 7)) else { return nil }
    let name = germanPhrase(read)
    guard name.count >= 2, name.allSatisfy({ tokens[$0].isCapitalized }), namesPerson(name),
      !isDescribed || QuoteGermanNames.isGivenName(tokens[name.lowerBound].hash)
    else { return nil }
    let next = name.upperBound
    guard next >= end || tokens[next].kind == .punctuation else { return nil }
    return name
  }

  /// The comma after a prepositional phrase at `start` that names a place or body (`im Amt der
  /// Landesregierung,`, `im Landtag,`): articles, capitalised words and inflected adjectives
  /// only. `start` itself when no such phrase is there.
  private func prepositionalEnd(after start: Int, limit: Int) -> Int {
    guard start < limit, tokens[start].isWord, tokens[start].isLowercase,
      Self.placePrepositions.contains(tokens[start].hash)
    else { return start }
    var index = start + 1
    while index < min(limit, start + 8), tokens[index].isWord {
      let token = tokens[index]
      let isArticle = lexicon.is(token.hash, .determiner)
      guard token.isCapitalized || isArticle || isInflected(index) else { return start }
      index += 1
    }
    guard index > start + 1, index < limit, tokens[index].kind == .punctuation,
      tokens[index].scalar == 0x2C
    else { return start }
    return index
  }

  /// After the article of `der frühere Präsident Michail Sorin`: past the lower-case
  /// adjectives and the role noun, where the name starts.
  private func describedNameStart(after article: Int, limit: Int) -> Int {
    var index = article + 1
    while index < min(limit, article + 4), tokens[index].isWord, isInflected(index) {
      index += 1
    }
    guard index + 2 < limit, tokens[index].isCapitalized, tokens[index + 1].isCapitalized else {
      return limit
    }
    return index + 1
  }

  /// A lower-case word with the ending of an inflected adjective (`frühere`, `Deutschen`).
  private func isInflected(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.isLowercase, token.end - token.start >= 4 else { return false }
    let last = token.lastScalar
    return last == 0x65 || last == 0x6E || last == 0x72 || last == 0x73 || last == 0x6D
  }

  private static let placePrepositions: Set<UInt64> = Set(
    ["im", "in", "am", "beim", "bei", "vom", "an", "aus", "für"].map(QuoteToken.hash(of:)))

  /// A description up to the owner it names after `von`, `des` or `der` (`der Sprecher` of
  /// `der Sprecher von Präsident Jan Olk`): a name there is the owner's, not the speaker's.
  private func ownHead(of description: Range<Int>) -> Range<Int> {
    var index = description.lowerBound
    while index < description.upperBound, lexicon.is(tokens[index].hash, .determiner) {
      index += 1
    }
    while index < description.upperBound {
      if tokens[index].isLowercase, Self.owners.contains(tokens[index].hash) {
        return description.lowerBound..<index
      }
      index += 1
    }
    return description
  }

  private static let owners: Set<UInt64> = Set(
    ["von", "vom", "des", "der"].map(QuoteToken.hash(of:)))

  /// True when a mention holds a name: a given name or the surname of a known person.
  private func names(_ mention: Range<Int>) -> Bool {
    mention.contains {
      tokens[$0].isCapitalized
        && (QuoteGermanNames.isGivenName(tokens[$0].hash) || isPersonsSurname($0))
    }
  }

  /// `Region` in `Gouverneur der Region` ends a phrase the article names, but no person.
  private func isPersonsSurname(_ index: Int) -> Bool {
    guard people.isSurname(tokens[index].hash),
      let person = people.person(named: index..<(index + 1))
    else { return false }
    return people.people[person].isPerson
  }
}
