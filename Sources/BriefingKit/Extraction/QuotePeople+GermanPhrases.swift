/// German runs of capitalised words that read as a phrase of common nouns rather than a name:
/// every noun is capitalised, so `Ende Dezember` or `Zwei Breakbälle` at a sentence's start
/// looks like a name as much as `Jana Berg` does.
extension QuotePeople {
  /// True when a German run is a date (`Ende Dezember`, `Freitag Abend`), a count (`Drei
  /// Tore`), a place noun before a place (`Ferienort Grado`, `Nachbarland Polen`), or a noun
  /// before the surname of a person the article named in full before (`deren Name Lindqvist`
  /// after `Sultan Lindqvist`, `bei Aufschlag Brandt` after `Lea Brandt`).
  func isGermanPhrase(_ run: Run) -> Bool {
    guard let first = run.name.first, let last = run.name.last, last < tokens.count else {
      return false
    }
    if run.name.contains(where: { Self.calendarWords.contains(tokens[$0].hash) }) { return true }
    if Self.numberWords.contains(tokens[first].hash) { return true }
    let word = QuoteScalar.string(scalars, tokens[first].start..<tokens[first].end).lowercased()
    if word.count >= 6, Self.placeHeads.contains(where: { word.hasSuffix($0) }) { return true }
    guard run.name.count == 2, isSurname(tokens[last].hash),
      let known = person(named: last..<(last + 1))
    else { return false }
    let person = people[known]
    return person.isPerson && person.words.count >= 2 && !person.words.contains(tokens[first].hash)
  }

  /// Months and weekdays: no part of a person's name.
  private static let calendarWords: Set<UInt64> = QuoteGermanWords.months.union(
    ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"].map(
      QuoteToken.hash(of:)))

  /// Number words that open a count at the start of a sentence (`Zwei Breakbälle`).
  private static let numberWords: Set<UInt64> = Set(
    [
      "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
      "zwanzig", "dreißig", "hundert", "tausend", "hunderte", "tausende", "dutzende", "beide",
    ].map(QuoteToken.hash(of:)))

  /// Heads of German nouns for a place (`Urlaubsort`, `Heimatstadt`, `Nachbarland`).
  private static let placeHeads = ["ort", "stadt", "dorf", "land", "staat", "hafen", "insel"]
}

extension QuotePeople {
  /// `Titelverteidiger Novak Djokovic` in an article that also writes `Djokovic` alone: in a
  /// German run of three or more capitalised words, the last two are a name (and the words
  /// before its role) when the last stands alone elsewhere in the text, between words that
  /// are not capitalised, neither reads as a noun, body, unit or place, and the word before
  /// them is shaped like a role noun (not `Aksel` of `Aksel Lund Svindal`).
  func hasLoneSurname(_ start: Int, end: Int) -> Bool {
    guard start >= 0, end - start >= 3, end <= tokens.count else { return false }
    let tail = (end - 2)..<end
    for index in tail {
      let token = tokens[index]
      guard token.isWord, token.isCapitalized, token.end - token.start >= 3 else { return false }
      let word = QuoteScalar.string(scalars, token.start..<token.end).lowercased()
      if Self.hasNounEnding(word) || QuoteSpeakerResolver.isGermanBody(word)
        || Self.germanUnits.contains(token.hash) || isPlace(index..<(index + 1))
      {
        return false
      }
    }
    if isPlace(tail) || !isRoleShaped(end - 3) { return false }
    let surname = tokens[end - 1].hash
    for (index, token) in tokens.enumerated()
    where token.hash == surname && (index < start || index >= end) {
      let isAfterWord = index > 0 && tokens[index - 1].isWord && tokens[index - 1].isCapitalized
      let isBeforeWord =
        index + 1 < tokens.count && tokens[index + 1].isWord && tokens[index + 1].isCapitalized
      if !isAfterWord && !isBeforeWord { return true }
    }
    return false
  }

  /// A word shaped like a German noun for a person: a known role, a compound (`Ko-Autor`),
  /// seven letters or more (`Jungstar`), or a person noun's ending (`Physiker`, `Ökonom`).
  private func isRoleShaped(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].isWord else { return false }
    let token = tokens[index]
    if lexicon.isRole(token) { return true }
    let word = QuoteScalar.string(scalars, token.start..<token.end).lowercased()
    return word.count >= 7 || word.contains("-")
      || Self.personNounEndings.contains { word.hasSuffix($0) }
  }

  private static let personNounEndings = ["er", "in", "or", "ist", "ent", "ant", "eur", "om"]
}
