/// Which words of a German text are nouns, read from how the text writes them.
///
/// German capitalises every noun and nothing else inside a sentence, so a word form written
/// with a capital after the first word of its sentence is a noun (`der Sturm`, `die Busse`)
/// and one written in lowercase there is a verb, adjective or adverb (`gebracht`,
/// `zusätzliche`, `erstmals`). The first word of a sentence, of a quote or of a headline says
/// nothing, since it is capitalised whatever it is.
///
/// ```swift
/// let nouns = GermanNounTable(scan)
/// nouns.isNoun(token.lower)  // true for `Sturm`, false for `gebracht`
/// ```
struct GermanNounTable: Sendable {
  /// Per lowercased form (``ScannedText/lowers`` id): uses written with a capital inside a
  /// sentence.
  private var capitalised: [Int32]
  /// Per lowercased form: uses written in lowercase inside a sentence.
  private var lowercase: [Int32]

  /// The table of `scan`'s words. O(*n*) for *n* words.
  init(_ scan: ScannedText) {
    capitalised = [Int32](repeating: 0, count: scan.lowerCount)
    lowercase = capitalised
    for token in scan.tokens where !token.flags.contains(.sentenceStart) {
      let lower = Int(token.lower)
      guard lower >= 0, lower < capitalised.count, token.flags.contains(.hasLetter) else {
        continue
      }
      if token.flags.contains(.capitalised) {
        capitalised[lower] &+= 1
      } else {
        lowercase[lower] &+= 1
      }
    }
  }

  /// True when the form `lower` is written with a capital inside sentences at least as often
  /// as in lowercase (a form seen only at sentence starts is not known to be a noun).
  func isNoun(_ lower: Int32) -> Bool {
    let at = Int(lower)
    guard at >= 0, at < capitalised.count else { return false }
    return capitalised[at] > 0 && capitalised[at] >= lowercase[at]
  }
}
