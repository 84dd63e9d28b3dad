/// Lower-case particles inside personal names (`Ursula von der Leyen`, `Thomas de Maizière`,
/// `Karl-Theodor zu Guttenberg`, `Maria da Silva`): a run of capitalised words goes on through
/// them when a capitalised surname follows and the word before may carry one.
enum QuoteNameParticles {
  /// Particles that may follow a given name. (Word sets, not `Set<UInt64>`: the particles
  /// are asked about for every lower-case word after a capitalised run, and hashing each hash
  /// again for a `Set` was a third of a percent of a BBC load.)
  static let leading = QuoteWordSet([
    "von", "van", "de", "du", "zu", "bin", "dos", "da", "di", "del", "della", "ten", "ter",
  ])
  /// Particles that only follow another one (`von der`, `van den`, `de la`).
  static let inner = QuoteWordSet(["der", "den", "la", "le", "los", "las"])

  /// The index of the capitalised surname that the particles from `index` lead to (one
  /// leading particle, at most one inner one, each a space apart), or nil. The leading
  /// particle may be capitalised before an inner one, and then stand before `index`: `den` in
  /// `Nick Van den Brul`, `la` in `Fernando De la Rúa`.
  static func surname(after index: Int, in tokens: [QuoteToken], limit: Int) -> Int? {
    let limit = min(limit, tokens.count)
    guard index > 0, index < limit, tokens[index].isWord, tokens[index].isLowercase else {
      return nil
    }
    var next = index + 1
    if leading.contains(tokens[index].hash) {
      if next < limit, tokens[next].isWord, inner.contains(tokens[next].hash),
        tokens[next].start <= tokens[next - 1].end + 1
      {
        next += 1
      }
    } else {
      guard inner.contains(tokens[index].hash), isCapitalisedParticle(tokens, index - 1),
        tokens[index].start <= tokens[index - 1].end + 1
      else { return nil }
    }
    guard next < limit, tokens[next].isWord, tokens[next].isCapitalized,
      !tokens[next].isAllCaps, tokens[next].start <= tokens[next - 1].end + 1
    else { return nil }
    return next
  }

  /// True for a leading particle written with a capital (`Van`, `De`).
  static func isCapitalisedParticle(_ tokens: [QuoteToken], _ index: Int) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].isWord && tokens[index].isCapitalized
      && leading.contains(tokens[index].hash)
  }

  /// Where a run of capitalised words ending before `index` goes on through the particles at
  /// `index`: the surname's index, when the word before may carry particles
  /// (``takesParticle(_:_:scalars:)``) or the particles are no German preposition (`Kees van
  /// den Berg`, `Ada van der Berg`), as ``mentionSurname(at:in:limit:)`` reads them.
  static func runSurname(at index: Int, in tokens: [QuoteToken], scalars: [Unicode.Scalar])
    -> Int?
  {
    guard index > 0, index < tokens.count, tokens[index - 1].isCapitalized,
      let surname = surname(after: index, in: tokens, limit: tokens.count)
    else { return nil }
    return takesParticle(tokens, index - 1, scalars: scalars) || !isPreposition(tokens[index])
      ? surname : nil
  }

  /// True when the word at `index` is a given name that may go before particles.
  static func isGivenName(_ tokens: [QuoteToken], _ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].isCapitalized else { return false }
    return QuoteGermanNames.isGivenName(tokens[index].hash)
      || QuoteGenders.isGivenName(tokens[index].hash)
  }

  /// True when the word at `index` is a given name or a hyphened pair of capitalised words
  /// (`Karl-Theodor`), read from `scalars`.
  static func takesParticle(
    _ tokens: [QuoteToken], _ index: Int, scalars: [Unicode.Scalar]
  ) -> Bool {
    if isGivenName(tokens, index) { return true }
    guard index >= 0, index < tokens.count, tokens[index].isCapitalized else { return false }
    let token = tokens[index]
    var cursor = token.start + 1
    while cursor + 1 < min(token.end, scalars.count) {
      if scalars[cursor].value == 0x2D, QuoteScalar.isUpper(scalars[cursor + 1].value) {
        return true
      }
      cursor += 1
    }
    return false
  }
}

extension QuoteNameParticles {
  /// True when the word at `index` is a particle inside a name (`von` or `der` in `Ursula von
  /// der Leyen`), so that no place or office starts there.
  static func isInsideName(
    _ index: Int, in tokens: [QuoteToken], scalars: [Unicode.Scalar]
  ) -> Bool {
    guard index > 0, index < tokens.count else { return false }
    var first = index
    if inner.contains(tokens[index].hash), !isCapitalisedParticle(tokens, index - 1) {
      first -= 1
    }
    return runSurname(at: first, in: tokens, scalars: scalars) != nil
  }
}

extension QuoteNameParticles {
  /// Where a mention goes on when particles at `index` follow its capitalised word: the
  /// surname's index, when the word before is a given name (`Ursula von der Leyen`) or the
  /// particle is no German preposition (`Kees van den Berg`; not `Minister Sathit von der
  /// Kanzlei`); a parser has no scalars to see a hyphened given name by.
  static func mentionSurname(at index: Int, in tokens: [QuoteToken], limit: Int) -> Int? {
    guard index > 0, index - 1 < tokens.count, tokens[index - 1].isCapitalized,
      let surname = surname(after: index, in: tokens, limit: limit)
    else { return nil }
    return isGivenName(tokens, index - 1) || !isPreposition(tokens[index]) ? surname : nil
  }

  /// `von` and `zu`, which are German prepositions as well as particles.
  private static func isPreposition(_ token: QuoteToken) -> Bool {
    token.hash == von || token.hash == zu
  }

  private static let von = QuoteToken.hash(of: "von")
  private static let zu = QuoteToken.hash(of: "zu")
}
