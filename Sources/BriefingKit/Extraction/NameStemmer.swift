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
  /// ASCII word is no Cyrillic one, and its characters are its bytes. One pass copies each
  /// word less its ending (an array of word ranges and the endings compared as slices cost
  /// 2,700 instructions a key).
  private static func asciiStem(_ bytes: UnsafeBufferPointer<UInt8>, stemsLast: Bool) -> String? {
    guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
    guard let lastLetter = bytes.lastIndex(where: { $0 != 0x20 }) else { return "" }
    var stemmed: [UInt8] = []
    stemmed.reserveCapacity(bytes.count)
    var start = 0
    while start <= lastLetter {
      guard bytes[start] != 0x20 else {
        start += 1
        continue
      }
      var end = start + 1
      while end < bytes.count && bytes[end] != 0x20 { end += 1 }
      if !stemmed.isEmpty { stemmed.append(0x20) }
      let isLast = end > lastLetter
      let cut =
        isLast
        ? (stemsLast && end - start >= 5 && bytes[end - 1] == UInt8(ascii: "s") ? 1 : 0)
        : adjectiveEnding(UnsafeBufferPointer(rebasing: bytes[start..<end]))
      stemmed.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end - cut]))
      start = end
    }
    return String(decoding: stemmed, as: UTF8.self)
  }

  /// The length of the ending ``stem(adjective:)`` strips from an ASCII `word`, 0 for none:
  /// `en`, `er`, `es` or `em`, else `e`, keeping four letters at least.
  private static func adjectiveEnding(_ word: UnsafeBufferPointer<UInt8>) -> Int {
    let count = word.count
    guard count >= 5 else { return 0 }
    let last = word[count - 1]
    if count >= 6 && word[count - 2] == UInt8(ascii: "e")
      && (last == UInt8(ascii: "n") || last == UInt8(ascii: "r") || last == UInt8(ascii: "s")
        || last == UInt8(ascii: "m"))
    {
      return 2
    }
    return last == UInt8(ascii: "e") ? 1 : 0
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

  /// The endings ``stem(adjective:)`` strips, in the order it tries them (``adjectiveEnding(_:)``
  /// reads the same on bytes).
  private static let adjectiveEndings = ["en", "er", "es", "em", "e"]

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
