/// Strips case endings from names so that inflected forms of one name compare equal.
///
/// Only what names need: Russian case endings (`Путина`, `Путину` → `путин`) and a German
/// genitive `s` on longer words (`Merkels` → `merkel`).
enum NameStemmer {
  private static let russianEndings: [String] = [
    "ого", "ому", "ым", "ом", "ем", "ой", "ей", "ах", "ях", "а", "я", "у", "ю", "е", "ы", "и",
  ]

  /// The stem of a lowercased, space-separated name.
  static func stem(_ key: String) -> String {
    let words = key.split(separator: " ")
    return words.indices.map { index in
      let word = String(words[index])
      return index < words.count - 1 ? stem(adjective: word) : stem(word: word)
    }.joined(separator: " ")
  }

  /// The stem of a Latin-script word before the last of a name, which a German adjective
  /// inflects (`Europäischen Union`, `Deutsche Bahn`, `Deutscher Bundestag`): without its
  /// ending `e`, `en`, `er`, `es` or `em`, keeping four letters at least. A Cyrillic word is
  /// stemmed as a noun.
  static func stem(adjective word: String) -> String {
    let scalars = word.unicodeScalars
    let isCyrillic = scalars.first.map { (0x0400...0x04FF).contains($0.value) } ?? false
    guard !isCyrillic else { return stem(word: word) }
    let count = scalars.count
    let endings = ["en", "er", "es", "em", "e"]
    for ending in endings where word.hasSuffix(ending) && count - ending.count >= 4 {
      return String(String.UnicodeScalarView(scalars.prefix(count - ending.count)))
    }
    return word
  }

  private static func stem(word: String) -> String {
    let scalars = word.unicodeScalars
    guard scalars.count >= 4 else { return word }
    let isCyrillic = scalars.first.map { (0x0400...0x04FF).contains($0.value) } ?? false
    if isCyrillic {
      for ending in russianEndings where word.hasSuffix(ending) {
        let kept = scalars.count - ending.unicodeScalars.count
        if kept >= 3 { return String(String.UnicodeScalarView(scalars.prefix(kept))) }
      }
      return word
    }
    if scalars.count >= 5, word.hasSuffix("s") {
      return String(String.UnicodeScalarView(scalars.dropLast()))
    }
    return word
  }
}
