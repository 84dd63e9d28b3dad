/// Lines written in title case (`Profit Misses Estimates as Retailer Absorbs Cost Rises`),
/// where a capital says nothing about a name.
extension NameFinder {
  /// Classes that make a capitalised word in a title-case line a name on their own.
  static let knownNameClasses: TopicWordClass = [
    .givenName, .knownOrganisation, .organisationStart, .placeStart,
  ]

  /// For each body sentence, and last for the headline, true when it is written in title case:
  /// three or more of its words after the first are capitalised, none of its words of four
  /// letters or more but stopwords is in lowercase, and a body sentence ends without a full
  /// stop, as a headline does (`Robinson is at Greater Baltimore Medical Center.` is a
  /// sentence). Only where the general words of the language are known (English).
  static func titleCaseLines(in scan: ScannedText, language: String, mask: UInt8) -> [Bool] {
    guard language == "en" || language == "und" else { return [] }
    let lines = scan.sentenceCount + 1
    // One array of tallies, written through its buffer: three arrays each paid a uniqueness
    // and a bounds check per token.
    var tallies = [LineTally](repeating: LineTally(), count: lines)
    // Tokens and classes are read through buffers too: a bounds check per token and per
    // class was most of the pass.
    tallies.withUnsafeMutableBufferPointer { tallies in
      scan.tokens.withUnsafeBufferPointer { tokens in
        scan.classes.withUnsafeBufferPointer { classes in
          for index in tokens.indices where tokens[index].flags.contains(.hasLetter) {
            let token = tokens[index]
            let line = token.sentence < 0 ? lines - 1 : Int(token.sentence)
            guard line < lines else { continue }
            tallies[line].lastToken = index
            if token.flags.contains(.capitalised) {
              if !token.flags.contains(.sentenceStart) { tallies[line].capitals += 1 }
            } else if token.end - token.start >= 4, Int(token.lower) < classes.count,
              classes[Int(token.lower)].rawValue & UInt32(mask) == 0
            {
              tallies[line].lowercase += 1
            }
          }
        }
      }
    }
    return tallies.indices.map { line in
      guard tallies[line].capitals >= 3, tallies[line].lowercase == 0 else { return false }
      return line == lines - 1 || !endsWithStop(after: tallies[line].lastToken, in: scan)
    }
  }

  /// What ``titleCaseLines(in:language:mask:)`` counts in one line.
  private struct LineTally {
    /// Capitalised words that do not open a sentence.
    var capitals: Int32 = 0
    /// Words of four letters or more in lowercase that are no stopwords.
    var lowercase: Int32 = 0
    /// The line's last word with a letter.
    var lastToken = -1
  }

  /// True when a full stop, a question or exclamation mark or a colon follows the body token
  /// at `index`, after any closing quotation marks or brackets; true when it cannot be read.
  static func endsWithStop(after index: Int, in scan: ScannedText) -> Bool {
    guard index >= 0, index < scan.tokens.count else { return true }
    let token = scan.tokens[index]
    guard !token.flags.contains(.normalised), !token.flags.contains(.headline) else {
      return true
    }
    let start = Int(token.byteStart) + Int(token.byteCount)
    let result = scan.body.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
      var position = max(start, 0)
      while position < utf8.count {
        let byte = utf8[position]
        if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
          || byte == UInt8(ascii: ":")
        {
          return true
        }
        // Closing marks and brackets, ASCII or not, are read past; anything else ends the look.
        let isClosing =
          byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")")
          || byte >= 0x80
        guard isClosing else { return false }
        position += 1
      }
      return false
    }
    return result ?? true
  }

  /// True when the token at `index` stands in a title-case line (``titleCaseLines``).
  @inline(__always)
  func isInTitleCaseLine(_ index: Int) -> Bool {
    guard !titleCaseLines.isEmpty else { return false }
    let sentence = scan.tokens[index].sentence
    let line = sentence < 0 ? titleCaseLines.count - 1 : Int(sentence)
    return line < titleCaseLines.count && titleCaseLines[line]
  }

  /// True when the capitalised word at `index` of a title-case line is a name: a known given
  /// name, body or place, an acronym, a word written with a capital in running text, or a
  /// word right after a given name (`Ada Vance Wins Prize`).
  func isNameInTitleCase(_ index: Int) -> Bool {
    let token = scan.tokens[index]
    let lower = Int(token.lower)
    if token.flags.contains(.allCaps) { return true }
    if lower < capitalisedUses.count && capitalisedUses[lower] > 0 { return true }
    if !scan.classes[lower].isDisjoint(with: Self.knownNameClasses) { return true }
    guard index > 0, !token.flags.contains(.breakBefore) else { return false }
    let before = scan.tokens[index - 1]
    return before.flags.contains(.capitalised) && scan.classes(of: before).contains(.givenName)
  }
}
