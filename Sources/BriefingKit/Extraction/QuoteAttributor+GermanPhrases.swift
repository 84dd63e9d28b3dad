private typealias German = QuoteGermanWords

/// German noun phrases: where a mention ends (`Die Feuerwehr bekräftigt`), a genitive that
/// belongs to it (`Vertreter der Verbände`), and whether it can be a speaking subject.
extension QuoteAttributor {
  /// A noun without an article and the genitive after it: `Vertreter der deutschen Verbände`.
  func withGenitive(_ mention: Range<Int>, limit: Int) -> Range<Int> {
    let determiner = mention.upperBound
    guard mention.count == 1, tokens[mention.lowerBound].isCapitalized, determiner + 1 < limit,
      !people.isSurname(tokens[mention.lowerBound].hash),
      German.genitiveDeterminers.contains(tokens[determiner].hash)
    else { return mention }
    var index = determiner + 1
    while index < min(limit, determiner + 4), tokens[index].isWord, tokens[index].isLowercase,
      !lexicon.is(tokens[index].hash, .stop)
    {
      index += 1
    }
    guard index < limit, tokens[index].isWord, tokens[index].isCapitalized else { return mention }
    return mention.lowerBound..<(index + 1)
  }

  /// `Vertreter der Verbände`, `Mitglieder des Vereins`: after the verb, a noun without an
  /// article and a genitive is the subject.
  func isBarePluralSubject(_ mention: Range<Int>) -> Bool {
    guard mention.count >= 3, tokens[mention.lowerBound].isCapitalized else { return false }
    let first = tokens[mention.lowerBound].hash
    let next = tokens[mention.lowerBound + 1].hash
    return !lexicon.is(first, .determiner) && !lexicon.is(first, .stop)
      && German.genitiveDeterminers.contains(next) && tokens[mention.upperBound - 1].isCapitalized
  }

  /// A mention cut to its German noun phrase: a lower-case word after a capitalised noun is
  /// the verb (`Die Feuerwehr bekräftigt`), a determiner after it starts the object (`das
  /// Landgericht sein Urteil`); genitives stay (`die Sprecherin der Partei`).
  func germanPhrase(_ mention: Range<Int>) -> Range<Int> {
    guard language == "de" else { return mention }
    var index = mention.lowerBound + 1
    while index < mention.upperBound {
      let token = tokens[index]
      let previous = tokens[index - 1]
      if let surname = QuoteNameParticles.mentionSurname(
        at: index, in: tokens, limit: mention.upperBound)
      {
        index = surname + 1
        continue
      }
      let isVerb = lexicon.is(token.hash, .skippable) || German.subjunctives.contains(token.hash)
      if isVerb && token.isLowercase
        || isNounLike(previous) && !lexicon.is(previous.hash, .determiner) && token.isLowercase
          && !lexicon.is(token.hash, .conjunction)
          && (!lexicon.is(token.hash, .linking) || German.objectDeterminers.contains(token.hash)
            || token.hash == German.der && endsName(at: index - 1, from: mention.lowerBound))
      {
        return mention.lowerBound..<index
      }
      index += 1
    }
    return mention
  }

  /// A capitalised word, or a word that opens with a digit (`der 51-Jährige`,
  /// `die 30-jährige Lehrerin`): a lower-case word after it starts the rest of the clause.
  private func isNounLike(_ token: QuoteToken) -> Bool {
    token.isCapitalized || token.isWord && !token.isLowercase
  }

  /// True when token `index` ends a person's name (`Ida Vogelsang`, a known surname): a
  /// `der` after it is a dative object (`sagte Vogelsang der Zeitung`), no genitive.
  private func endsName(at index: Int, from start: Int) -> Bool {
    let token = tokens[index]
    guard token.isCapitalized, !lexicon.isRole(token), !lexicon.is(token.hash, .determiner)
    else { return false }
    if people.isSurname(token.hash) { return true }
    guard index > start else { return false }
    let previous = tokens[index - 1]
    return previous.isCapitalized && !lexicon.isRole(previous)
      && !lexicon.is(previous.hash, .determiner)
  }

  /// A German noun phrase that can be a speaking subject: a pronoun, a person, or a
  /// determiner in the nominative before a noun for people, a body or a text (`die
  /// Polizei`, `Das Gericht`, `ein Sprecher`, `die Mitteilung`), not a thing (`die Zeit`).
  func isNominative(_ mention: Range<Int>) -> Bool {
    let first = tokens[mention.lowerBound]
    if mention.count == 1 {
      return lexicon.is(first.hash, .pronoun) || lexicon.is(first.hash, .pluralPronoun)
        || namesPerson(mention)
    }
    if German.obliqueDeterminers.contains(first.hash) { return false }
    guard isNoun(mention.upperBound - 1) else { return false }
    if namesPerson(mention) || people.isSurname(tokens[mention.upperBound - 1].hash) {
      return true
    }
    return lexicon.is(first.hash, .determiner) && canSpeak(mention)
  }

  /// True when the head noun of a German phrase names people, a body or a text: the first
  /// noun after the determiners and adjectives.
  func canSpeak(_ mention: Range<Int>) -> Bool {
    guard
      let head = mention.first(where: {
        isNoun($0) && tokens[$0].isWord && !lexicon.is(tokens[$0].hash, .determiner)
      })
    else {
      return false
    }
    let token = tokens[head]
    if token.isAllCaps || lexicon.isRole(token) { return true }
    let word = QuoteScalar.string(scalars, token.start..<token.end).lowercased()
    return QuoteGermanNouns.canSpeak(word)
  }

  /// A capitalised word, or a number joined to a noun (`58-Jährige`).
  func isNoun(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count else { return false }
    let token = tokens[index]
    if token.isCapitalized { return true }
    guard token.isWord, token.start < token.end, token.end <= scalars.count,
      scalars[token.start].properties.numericType != nil
    else { return false }
    var offset = token.start
    while offset + 1 < token.end, scalars[offset] != "-" { offset += 1 }
    return scalars[offset] == "-" && scalars[offset + 1].properties.isUppercase
  }

  /// `Gewerkschaft ko.op`: a lower-case word joined by a dot to the next or the one before,
  /// a part of a name written in lower case, no verb.
  func isDotted(_ index: Int) -> Bool {
    let joined = { (left: Int, right: Int) -> Bool in
      left >= 0 && right < tokens.count && tokens[left].end == tokens[right].start
    }
    let isDot = { (dot: Int) -> Bool in
      dot >= 0 && dot < tokens.count && tokens[dot].kind == .punctuation
        && tokens[dot].scalar == 0x2E
    }
    return isDot(index + 1) && joined(index, index + 1) && joined(index + 1, index + 2)
      && tokens[index + 2].isWord
      || isDot(index - 1) && joined(index - 1, index) && joined(index - 2, index - 1)
        && tokens[index - 2].isWord
  }
}
