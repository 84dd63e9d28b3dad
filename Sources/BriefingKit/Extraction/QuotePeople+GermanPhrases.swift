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
