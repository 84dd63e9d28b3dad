/// Reduces a lowercased word to a light stem so that singular and plural count as one word.
///
/// Deliberately conservative: only regular plural endings are cut, so the stem stays a word a
/// reader recognises and unrelated words rarely collide.
enum PhraseStemmer {
  /// The stem of `word` for an ISO 639-1 `language`.
  static func stem(_ word: String, language: String) -> String {
    let scalars = word.unicodeScalars
    let count = scalars.count
    guard count >= 4, let last = scalars.last else { return word }
    switch language {
    case "en", "und":
      if word.hasSuffix("ies") && count >= 5 { return dropping(3, of: scalars) + "y" }
      if word.hasSuffix("sses") || word.hasSuffix("xes") || word.hasSuffix("ches")
        || word.hasSuffix("shes")
      {
        return dropping(2, of: scalars)
      }
      if last == "s", !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
        return dropping(1, of: scalars)
      }
    case "fr", "es", "pt", "it":
      if last == "s" || (language == "fr" && last == "x") { return dropping(1, of: scalars) }
    default:
      break
    }
    return word
  }

  private static func dropping(_ n: Int, of scalars: String.UnicodeScalarView) -> String {
    String(String.UnicodeScalarView(scalars.dropLast(n)))
  }
}
