/// Reduces a lowercased word to a light stem so that singular and plural count as one word.
///
/// Deliberately conservative: only regular plural endings are cut (and a final English `y`
/// becomes `i`, so `policy` and `policies` meet), so unrelated words rarely collide. Works on
/// UTF-8 bytes: every ending it looks at is ASCII.
enum PhraseStemmer {
  /// The stem of `word` for an ISO 639-1 `language`.
  static func stem(_ word: String, language: String) -> String {
    String(decoding: stem(Array(word.utf8), language: language), as: UTF8.self)
  }

  /// The stem of a word given as UTF-8 bytes.
  static func stem(_ bytes: [UInt8], language: String) -> [UInt8] {
    let count = bytes.count
    guard count >= 4, let last = bytes.last else { return bytes }
    func ends(_ suffix: StaticString) -> Bool {
      let length = suffix.utf8CodeUnitCount
      guard count > length else { return false }
      return suffix.withUTF8Buffer { $0.elementsEqual(bytes[(count - length)...]) }
    }
    func dropping(_ n: Int, adding tail: UInt8? = nil) -> [UInt8] {
      var result = Array(bytes[..<(count - n)])
      if let tail { result.append(tail) }
      return result
    }
    switch language {
    case "en", "und":
      if ends("ies") && count >= 5 { return dropping(2) }
      if last == UInt8(ascii: "y") { return dropping(1, adding: UInt8(ascii: "i")) }
      if ends("sses") || ends("xes") || ends("ches") || ends("shes") { return dropping(2) }
      if last == UInt8(ascii: "s"), !ends("ss"), !ends("us"), !ends("is") { return dropping(1) }
    case "fr", "es", "pt", "it":
      if last == UInt8(ascii: "s") || (language == "fr" && last == UInt8(ascii: "x")) {
        return dropping(1)
      }
    default:
      break
    }
    return bytes
  }
}
