/// How quotes print, shared by `quotes`, `topic` and `pins`.
enum QuoteListing {
  /// One line per quote: `[3.2] “text” — Speaker (role)`. A partial quote is the writer's
  /// clause with the quoted words marked inside it: `[3.3] the city “cannot wait” — Speaker
  /// [partial]`.
  static func line(_ stored: StoredQuote) -> String {
    let quote = stored.quote
    var who = quote.speaker ?? "unattributed"
    if let role = quote.role, !role.isEmpty { who += " (\(role))" }
    let text = quote.isPartial ? quote.text : "“\(quote.text)”"
    return "[\(stored.id)] \(text) — \(who)\(quote.isPartial ? " [partial]" : "")"
  }

  /// Quotes under a heading per article.
  static func grouped(_ quotes: [StoredQuote], titles: [Int: String], width: Int) -> String {
    var lines: [String] = []
    var current: Int?
    for stored in quotes {
      if stored.articleID != current {
        if current != nil { lines.append("") }
        current = stored.articleID
        lines.append("\(stored.articleID). \(titles[stored.articleID] ?? "")")
      }
      lines.append("  " + line(stored))
    }
    return lines.joined(separator: "\n")
  }

  /// Lower-cased words (runs of letters and digits).
  static func words(of text: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in text.lowercased().unicodeScalars {
      if isWordScalar(scalar) {
        current.append(scalar)
      } else if !current.isEmpty {
        words.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { words.append(String(current)) }
    return words
  }

  /// How many words ``words(of:)`` finds; ASCII text is counted without building them.
  static func wordCount(of text: String) -> Int {
    var count = 0
    var inWord = false
    for byte in text.utf8 {
      // Lowercasing can change other scripts' scalars: leave them to words(of:).
      guard byte < 0x80 else { return words(of: text).count }
      let isWord = isWordScalar(Unicode.Scalar(byte))
      if isWord && !inWord { count += 1 }
      inWord = isWord
    }
    return count
  }

  /// A letter or digit; ASCII is decided without the Unicode property tables (the slow part).
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value)
        || (0x30...0x39).contains(value)
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
