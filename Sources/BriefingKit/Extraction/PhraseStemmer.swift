/// Reduces a lowercased word to a light stem so that singular and plural count as one word.
///
/// Deliberately conservative: only regular plural endings are cut (and a final English `y`
/// becomes `i`, so `policy` and `policies` meet; a final `-ie` loses its `e`, so `movie` and
/// `movies` meet as `movi`), so unrelated words rarely collide. Works on
/// UTF-8 bytes: every ending it looks at is ASCII.
enum PhraseStemmer {
  /// Which endings a language's stems lose.
  enum Rules {
    /// English (and undetermined) plurals: `-ies`, `-y`, `-ie`, `-sses`, `-xes`, `-ches`, `-shes`,
    /// `-s`.
    case english
    /// A final `s` (French also `x`): French, Spanish, Portuguese, Italian.
    case romance(cutsX: Bool)
    /// No ending is cut.
    case none

    /// The rules for an ISO 639-1 `language`.
    init(language: String) {
      switch language {
      case "en", "und": self = .english
      case "fr", "es", "pt", "it": self = .romance(cutsX: language == "fr")
      default: self = .none
      }
    }
  }

  /// The stem of `word` for an ISO 639-1 `language`.
  static func stem(_ word: String, language: String) -> String {
    String(decoding: stem(Array(word.utf8), language: language), as: UTF8.self)
  }

  /// The stem of a word given as UTF-8 bytes.
  static func stem(_ bytes: [UInt8], language: String) -> [UInt8] {
    let rules = Rules(language: language)
    guard let cut = bytes.withUnsafeBufferPointer({ Self.cut($0, rules: rules) }) else {
      return bytes
    }
    var result = Array(bytes[..<(bytes.count - cut.drop)])
    if let tail = cut.tail { result.append(tail) }
    return result
  }

  /// How a word's stem differs from it: `drop` final bytes go and `tail` (if any) is added;
  /// nil when the word is its own stem. Needs no allocation.
  static func cut(_ bytes: UnsafeBufferPointer<UInt8>, rules: Rules) -> (drop: Int, tail: UInt8?)? {
    let count = bytes.count
    guard count >= 4, let last = bytes.last else { return nil }
    // Byte by byte: comparing through the collections' iterators cost more than the cut.
    func ends(_ suffix: StaticString) -> Bool {
      let length = suffix.utf8CodeUnitCount
      guard count > length else { return false }
      let ending = suffix.utf8Start
      for offset in 0..<length where bytes[count - length + offset] != ending[offset] {
        return false
      }
      return true
    }
    switch rules {
    case .english:
      if ends("ies") && count >= 5 { return (2, nil) }
      if last == UInt8(ascii: "y") { return (1, UInt8(ascii: "i")) }
      // `calorie` is cut as `calories` is (`-ies` loses `es`); three-letter words (`tie`, `pie`)
      // stay whole, as their plurals only lose the `s`.
      if ends("ie") { return (1, nil) }
      if ends("sses") || ends("xes") || ends("ches") || ends("shes") { return (2, nil) }
      if last == UInt8(ascii: "s"), !ends("ss"), !ends("us"), !ends("is") { return (1, nil) }
    case .romance(let cutsX):
      if last == UInt8(ascii: "s") || (cutsX && last == UInt8(ascii: "x")) { return (1, nil) }
    case .none:
      break
    }
    return nil
  }
}
