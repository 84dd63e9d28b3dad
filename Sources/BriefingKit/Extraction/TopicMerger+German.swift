extension TopicMerger {
  /// The key that the declined forms of a German key phrase share, so that `Flüchtlinge`,
  /// `Flüchtlingen` and `Flüchtlings` are one topic: each word before the last stemmed as an
  /// adjective (``NameStemmer/stem(adjective:)``), the last as a noun (``germanNounStem(_:)``).
  /// Nil when that is `key` itself.
  static func germanPhraseKey(_ key: String) -> String? {
    let words = key.split(separator: " ")
    guard let last = words.last else { return nil }
    var stems = words.dropLast().map { NameStemmer.stem(adjective: String($0)) }
    stems.append(germanNounStem(last))
    let stemmed = stems.joined(separator: " ")
    return stemmed == key ? nil : stemmed
  }

  /// A lowercased German noun without its case and plural endings: first a genitive `-es`, or
  /// `-s` after a consonant (`staates`, `unternehmens`; not the `s` of `kreis`), then a plural
  /// or dative `-en`, `-n` after a vowel, `l` or `r` (`regeln`, `kindern`), or `-e`. A stem
  /// keeps four letters at least, so that `ende` and `enden` meet at `ende`.
  static func germanNounStem(_ word: Substring) -> String {
    var scalars = Array(word.unicodeScalars)
    func ends(_ suffix: String) -> Bool {
      scalars.count > suffix.unicodeScalars.count
        && scalars.suffix(suffix.unicodeScalars.count).elementsEqual(suffix.unicodeScalars)
    }
    func drop(_ count: Int) -> Bool {
      guard scalars.count - count >= 4 else { return false }
      scalars.removeLast(count)
      return true
    }
    func isVowel(_ scalar: Unicode.Scalar?) -> Bool {
      scalar.map { "aeiouyäöü".unicodeScalars.contains($0) } ?? false
    }
    if ends("es") {
      _ = drop(2)
    } else if ends("s"), scalars.count >= 2, !isVowel(scalars[scalars.count - 2]),
      scalars[scalars.count - 2] != "s"
    {
      _ = drop(1)
    }
    let droppedEn = ends("en") && drop(2)
    if !droppedEn, ends("n"), scalars.count >= 2,
      isVowel(scalars[scalars.count - 2])
        || "lr".unicodeScalars.contains(scalars[scalars.count - 2])
    {
      _ = drop(1)
    } else if !droppedEn, ends("e") {
      _ = drop(1)
    }
    var stem = ""
    stem.unicodeScalars.append(contentsOf: scalars)
    return stem
  }

  /// The names of a German key phrase's group with each declined form of a noun counted under
  /// the form it extends by a case ending (`Flüchtlingen` and `Flüchtlinge` under
  /// `Flüchtlinge`, `Unternehmens` under `Unternehmen`), so that the group is shown by the
  /// nominative its articles use most, not by the dative or genitive.
  static func nounFormsTogether(_ names: [Tally]) -> [Tally] {
    guard names.count > 1 else { return names }
    var names = names
    // Longest first: `Flüchtlingen` folds into `Flüchtlinge` before that is read.
    let order = names.indices.sorted {
      (names[$0].value.unicodeScalars.count, $1) > (names[$1].value.unicodeScalars.count, $0)
    }
    var isFolded = [Bool](repeating: false, count: names.count)
    for index in order {
      let value = names[index].value
      let base = names.indices.first { other in
        guard other != index, !isFolded[other] else { return false }
        let shorter = names[other].value
        guard value.hasPrefix(shorter) else { return false }
        let ending = value.dropFirst(shorter.count)
        return ending == "n" || ending == "s" || ending == "es"
      }
      guard let base else { continue }
      names[base].count += names[index].count
      isFolded[index] = true
    }
    return names.indices.filter { !isFolded[$0] }.map { names[$0] }
  }
}
