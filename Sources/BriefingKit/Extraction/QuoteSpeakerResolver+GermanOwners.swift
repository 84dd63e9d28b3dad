/// German mentions that name a statement and its owner (`Das Fazit von Anna Vogt`, `die
/// Antwort des Ministers Karl Huber`, `aus dem Umfeld von Jonas Berger`, `Die ersten Worte
/// Meiers`): the speaker is the owner, not the statement.
extension QuoteSpeakerResolver {
  /// The owner the German mention names after a statement noun and `von` or a genitive
  /// article, resolved as a mention of its own; nil when the mention has no such shape.
  mutating func statementOwner(_ mention: Range<Int>) -> Speaker? {
    guard language == "de", mention.count >= 3, mention.upperBound <= tokens.count else {
      return nil
    }
    var noun = mention.lowerBound
    while noun < mention.upperBound - 2, tokens[noun].isWord,
      lexicon.is(tokens[noun].hash, .determiner) || tokens[noun].isLowercase
    {
      noun += 1
    }
    guard tokens[noun].isWord, tokens[noun].isCapitalized, isStatementNoun(noun) else {
      return nil
    }
    if noun + 2 == mention.upperBound, let owner = genitiveOwner(noun + 1) { return owner }
    var owner = noun + 1
    guard Self.ownerWords.contains(tokens[owner].hash), tokens[owner].isLowercase else {
      return nil
    }
    if tokens[owner].hash == QuoteGermanWords.von, owner + 1 < mention.upperBound,
      Self.genitives.contains(tokens[owner + 1].hash)
    {
      owner += 1
    }
    let rest = (owner + 1)..<mention.upperBound
    guard !rest.isEmpty, rest.contains(where: { tokens[$0].isCapitalized }),
      let run = people.split(rest), !run.name.isEmpty
    else { return nil }
    // The article's run may hold the statement noun too (`Fazit von Anna Vogt`): such a
    // person is not the owner.
    if let index = people.person(named: run.name),
      !people.people[index].words.contains(tokens[noun].hash)
    {
      return remember(index, at: rest.lowerBound, role: run.role.map(people.nameText))
    }
    return Speaker(name: people.nameText(run.name), role: run.role.map(people.nameText))
  }

  /// `Die ersten Worte Meiers`: a name in the genitive right after the statement noun owns
  /// it; the person of that surname when the article names one, else the name without `s`.
  private mutating func genitiveOwner(_ index: Int) -> Speaker? {
    let token = tokens[index]
    let scalars = people.scalars
    guard token.isWord, token.isCapitalized, token.end - token.start >= 4,
      token.end <= scalars.count, scalars[token.end - 1] == "s",
      !QuoteSpeakerResolver.isGermanBody(people.text(index..<(index + 1)).lowercased())
    else { return nil }
    var stem = QuoteToken.hashSeed
    for offset in token.start..<(token.end - 1) where !QuoteToken.isFolded(scalars[offset].value) {
      stem = QuoteToken.mix(stem, scalars[offset].value)
    }
    let known = people.people.indices.filter {
      people.people[$0].isPerson && people.people[$0].words.last == stem
    }
    if let person = known.max(by: { people.people[$0].words.count < people.people[$1].words.count })
    {
      return remember(person, at: index)
    }
    guard !people.isPlace(index..<(index + 1)) else { return nil }
    return Speaker(name: QuoteScalar.string(scalars, token.start..<(token.end - 1)), role: nil)
  }

  private func isStatementNoun(_ index: Int) -> Bool {
    let hash = tokens[index].hash
    if QuoteGermanWords.viewNouns.contains(hash) || Self.statementNouns.contains(hash) {
      return true
    }
    return QuoteGermanNouns.isText(people.text(index..<(index + 1)).lowercased())
  }

  private static let ownerWords: Set<UInt64> = Set(
    ["von", "vom", "des", "der"].map(QuoteToken.hash(of:)))
  private static let genitives: Set<UInt64> = Set(
    ["der", "dem", "den", "des"].map(QuoteToken.hash(of:)))
  private static let statementNouns: Set<UInt64> = Set(
    [
      "kritik", "umfeld", "äußerung", "äußerungen", "aussagen", "worten", "angaben", "sicht",
      "seiten", "lager", "vorwurf", "vorwürfe", "warnung", "rede", "ansprache",
    ].map(QuoteToken.hash(of:)))

  /// `die Fraktion` after `die SPD-Landtagsfraktion`: a body described by its noun is the
  /// compound with that ending named last in the 80 tokens before; nil when there is none.
  func bodyNamedBefore(_ index: Int, noun: String) -> Speaker? {
    var cursor = index - 1
    while cursor >= max(0, index - 80) {
      let token = tokens[cursor]
      if token.isWord, token.isCapitalized, token.end - token.start > noun.count {
        let word = people.text(cursor..<(cursor + 1))
        if word.lowercased().hasSuffix(noun) { return Speaker(name: word, role: nil) }
      }
      cursor -= 1
    }
    return nil
  }

  /// `der` or `die` after a comma, read as the subject of a relative clause: the capitalised
  /// words the clause hangs on (`Gewerkschaftschef Karl Huber, der`), resolved as a mention.
  mutating func relativeAntecedent(_ mention: Range<Int>) -> Speaker? {
    let pronoun = mention.lowerBound
    guard mention.count == 1, pronoun >= 2, tokens[pronoun].isLowercase,
      Self.relatives.contains(tokens[pronoun].hash), tokens[pronoun - 1].kind == .punctuation,
      tokens[pronoun - 1].scalar == 0x2C
    else { return nil }
    var start = pronoun - 1
    while start > max(0, pronoun - 7), tokens[start - 1].isWord, tokens[start - 1].isCapitalized {
      start -= 1
    }
    guard start < pronoun - 1 else { return nil }
    return resolve(start..<(pronoun - 1))
  }

  private static let relatives: Set<UInt64> = Set(
    ["der", "die", "welcher", "welche"].map(QuoteToken.hash(of:)))
}
