/// German descriptions with a participle phrase between article and noun after a speech verb
/// (`„…“, sagte der in Hamburg lebende Ukrainer`, `sagte die auf Muscheln spezialisierte
/// Forscherin`) or after `heißt es in` (`in einer am Montag verbreiteten Erklärung`): the whole
/// phrase is the mention, not its article alone.
extension QuoteAttributor {
  /// The description from the article at `start` (after a speech verb) through the noun
  /// after a lower-case participle or adjective (and the name after it), when a lower-case word
  /// or a number follows the article (`der in …`, `der 27 Jahre junge …`, not `der Papst in
  /// einem … Interview`) and the noun can speak; nil otherwise.
  func participialDescription(from start: Int, limit: Int) -> Range<Int>? {
    guard let noun = participialNoun(from: start, limit: limit, articles: Self.articles) else {
      return nil
    }
    let word = QuoteScalar.string(scalars, tokens[noun].start..<tokens[noun].end)
    guard QuoteGermanNouns.canSpeak(word.lowercased()) else { return nil }
    // `der beteiligte Politologe Georg Spitzer`: a name after the noun belongs to it.
    var last = noun
    while last + 1 < min(limit, tokens.count, noun + 4), tokens[last + 1].isWord,
      tokens[last + 1].isCapitalized
    {
      last += 1
    }
    return start..<(last + 1)
  }

  /// `einer am Montag verbreiteten Erklärung`, `dem gestern veröffentlichten Bericht der
  /// Kommission`: a text described the same way, with its genitive owner; nil when the noun
  /// names no text.
  func participialText(from start: Int, limit: Int) -> Range<Int>? {
    guard let noun = participialNoun(from: start, limit: limit, articles: Self.textArticles),
      QuoteGermanNouns.isText(
        QuoteScalar.string(scalars, tokens[noun].start..<tokens[noun].end).lowercased())
    else { return nil }
    return start..<withGenitive(noun..<(noun + 1), limit: limit).upperBound
  }

  /// The index of the capitalised noun after the article at `start`, a lower-case word or a
  /// number, and a lower-case participle or adjective ending in `e` or `n`.
  private func participialNoun(from start: Int, limit: Int, articles: Set<UInt64>) -> Int? {
    let end = min(limit, tokens.count, start + 9)
    guard start + 1 < end, tokens[start].isWord, tokens[start].isLowercase,
      articles.contains(tokens[start].hash), !tokens[start + 1].isCapitalized
    else { return nil }
    var index = start + 2
    while index + 1 < end, tokens[index].isWord {
      let token = tokens[index]
      // `die Direktorin Sibylle Günter nach dem ersten Experiment`: a name ends the phrase.
      if token.isCapitalized, tokens[index + 1].isCapitalized { return nil }
      if token.isLowercase, token.end - token.start >= 5,
        token.lastScalar == 0x65 || token.lastScalar == 0x6E, tokens[index + 1].isWord,
        tokens[index + 1].isCapitalized,
        lexicon.wordClass(token.hash).isDisjoint(with: [.determiner, .stop, .linking, .conjunction])
      {
        return index + 1
      }
      index += 1
    }
    return nil
  }

  private static let articles: Set<UInt64> = Set(
    ["der", "die", "ein", "eine"].map(QuoteToken.hash(of:)))
  private static let textArticles: Set<UInt64> = Set(
    ["der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem", "eines"].map(
      QuoteToken.hash(of:)))
}
