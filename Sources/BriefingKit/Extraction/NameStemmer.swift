/// Strips case endings from names so that inflected forms of one name compare equal.
///
/// Only what names need: Russian case endings (`Путина`, `Путину` → `путин`) and a German
/// genitive `s` on longer words (`Merkels` → `merkel`).
enum NameStemmer {
  private static let russianEndings: [String] = [
    "ого", "ому", "ым", "ом", "ем", "ой", "ей", "ах", "ях", "а", "я", "у", "ю", "е", "ы", "и",
  ]

  /// The stem of a lowercased, space-separated name.
  static func stem(_ key: String, stemsLast: Bool = true) -> String {
    var copy = key
    if let ascii = copy.withUTF8({ asciiStem($0, stemsLast: stemsLast) }) { return ascii }
    let words = key.split(separator: " ")
    return words.indices.map { index in
      let word = String(words[index])
      guard index == words.count - 1 else { return stem(adjective: word) }
      return stemsLast ? stem(word: word) : word
    }.joined(separator: " ")
  }

  /// ``stem(_:)`` of an ASCII key, read on its bytes (splitting every name into characters and
  /// words into strings was a fifth of ranking a session's topics); nil for other keys. An
  /// ASCII word is no Cyrillic one, and its characters are its bytes.
  private static func asciiStem(_ bytes: UnsafeBufferPointer<UInt8>, stemsLast: Bool) -> String? {
    guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
    let words = words(bytes)
    var stemmed: [UInt8] = []
    stemmed.reserveCapacity(bytes.count)
    for (index, range) in words.enumerated() {
      if index > 0 { stemmed.append(0x20) }
      let word = bytes[range]
      var kept = word.count
      if index < words.count - 1 {
        for ending in adjectiveEndingBytes
        where word.count - ending.count >= 4 && word.suffix(ending.count).elementsEqual(ending) {
          kept = word.count - ending.count
          break
        }
      } else if stemsLast, word.count >= 5, word.last == UInt8(ascii: "s") {
        kept = word.count - 1
      }
      stemmed += word.prefix(kept)
    }
    return String(decoding: stemmed, as: UTF8.self)
  }

  /// The byte ranges of the space-separated words of `bytes`, as `split(separator: " ")` cuts
  /// an ASCII string.
  static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var words: [Range<Int>] = []
    var start = 0
    for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
      if index > start { words.append(start..<index) }
      start = index + 1
    }
    return words
  }

  /// The endings ``stem(adjective:)`` strips, in the order it tries them.
  private static let adjectiveEndings = ["en", "er", "es", "em", "e"]
  /// ``adjectiveEndings`` as bytes, for ``asciiStem(_:)``.
  private static let adjectiveEndingBytes = adjectiveEndings.map { Array($0.utf8) }

  /// The stem of a Latin-script word before the last of a name, which a German adjective
  /// inflects (`Europäischen Union`, `Deutsche Bahn`, `Deutscher Bundestag`): without its
  /// ending `e`, `en`, `er`, `es` or `em`, keeping four letters at least. A Cyrillic word is
  /// stemmed as a noun.
  static func stem(adjective word: String) -> String {
    let scalars = word.unicodeScalars
    let isCyrillic = scalars.first.map { (0x0400...0x04FF).contains($0.value) } ?? false
    guard !isCyrillic else { return stem(word: word) }
    let count = scalars.count
    for ending in adjectiveEndings where word.hasSuffix(ending) && count - ending.count >= 4 {
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
