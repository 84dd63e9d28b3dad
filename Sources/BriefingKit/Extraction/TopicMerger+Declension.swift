extension TopicMerger {
  /// The name a group is shown by: the longest of the names given in at least half as many
  /// articles as the most frequent one (`Vladimir Putin` over `Putin`), so that a long name
  /// one article gives (`ICM for BBC News`) never names a group of a hundred (`BBC News`).
  /// `isGerman`: the names are all from German articles (``declinedTogether(_:isGerman:)``).
  static func name(of names: [Tally], isGerman: Bool = false) -> Tally {
    guard names.count > 1 else { return names.first ?? Tally(value: "", count: 0) }
    let names = declinedTogether(names, isGerman: isGerman)
    // Read in place, without arrays of the counts and of the names kept.
    let most = names.reduce(0) { Swift.max($0, $1.count) }
    return names.lazy.filter { 2 * $0.count >= most }.max { lhs, rhs in
      (TopicRanker.wordCount(lhs.value), lhs.count, rhs.value)
        < (TopicRanker.wordCount(rhs.value), rhs.count, lhs.value)
    } ?? Tally(value: "", count: 0)
  }

  /// The names of a group with the forms of one name whose adjectives are inflected counted
  /// as one, written as the shortest of them (`Europäische Union` for it and `Europäischen
  /// Union`: the nominative is the shortest form), or, when the names are all from German
  /// articles, as a form with the strong ending that an article gives (``isStrongForm(_:of:)``:
  /// `Islamischer Staat` over `Islamische Staat`; in English `Houses of Parliament` is no such
  /// form of `House of Parliament`). The last word is compared as it is, so that `Liberal
  /// Democrats` and `Liberal Democrat` stay two names.
  static func declinedTogether(_ names: [Tally], isGerman: Bool = false) -> [Tally] {
    // Per folded name: its stem, the form shown and how often that form itself was given.
    // A group has a handful of names: a list is searched faster than a dictionary is built.
    var folded: [(stem: String, shown: Tally, total: Int)] = []
    folded.reserveCapacity(names.count)
    for tally in names {
      let stem = adjectivesStemmed(tally.value.lowercased())
      guard let at = folded.firstIndex(where: { $0.stem == stem }) else {
        folded.append((stem, tally, tally.count))
        continue
      }
      let shown = folded[at].shown
      let (length, shownLength) = (
        tally.value.unicodeScalars.count, shown.value.unicodeScalars.count
      )
      // Of forms as long, the more frequent, then the one that sorts first (`Reading`).
      let isShorter =
        length < shownLength
        || (length == shownLength && (tally.count, shown.value) > (shown.count, tally.value))
      let isBetter =
        isGerman
        ? isStrongForm(tally.value, of: shown.value)
          || (isShorter && !isStrongForm(shown.value, of: tally.value))
        : isShorter
      folded[at] = (stem, isBetter ? tally : shown, folded[at].total + tally.count)
    }
    return folded.map { Tally(value: $0.shown.value, count: $0.total, id: $0.shown.id) }
  }

  /// Whether `name` is `other` with the strong adjective endings `-er` or `-es` where `other`
  /// has the weak `-e` or `-en` (`Islamischer Staat`, `Islamische Staat`): the nominative of
  /// a masculine or neuter name cited without its article, as an article that writes it
  /// that way names it; the weak form is what is left when the article `der` is dropped. A
  /// feminine name is never written so (`Europäischer Union` is a genitive, which no article
  /// gives as the name).
  static func isStrongForm(_ name: String, of other: String) -> Bool {
    let words = name.split(separator: " ")
    let others = other.split(separator: " ")
    guard words.count >= 2, words.count == others.count, words.last == others.last else {
      return false
    }
    var isChanged = false
    for (word, weak) in zip(words.dropLast(), others.dropLast()) where word != weak {
      guard word.hasSuffix("er") || word.hasSuffix("es") else { return false }
      let weakEnding = weak.hasSuffix("en") ? 2 : weak.hasSuffix("e") ? 1 : 0
      guard weakEnding > 0, word.dropLast(2) == weak.dropLast(weakEnding) else { return false }
      isChanged = true
    }
    return isChanged
  }

  /// `key` with each word but the last stemmed as an adjective; one word is the key as given.
  static func adjectivesStemmed(_ key: String) -> String {
    // Without a space there is one word at most: nothing to stem, and no stem to build.
    // Spaces looked for on the strings' bytes (`utf8.contains` cost 265 instructions a name).
    guard TopicForms.hasSpace(key) else { return key }
    let stem = NameStemmer.stem(key, stemsLast: false)
    // The words are joined by single spaces: a stem without one is a single word.
    return TopicForms.hasSpace(stem) ? stem : key
  }
}
