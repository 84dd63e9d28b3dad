/// Words that join two names into one (`Bank of England`, `Department for Transport`),
/// unlike a surname's particle (`de`, `van`, `von`): after them, the last word names something
/// else, never a person's surname, and an acronym leaves them out.
enum NameJoiners {
  static let words: Set<Substring> = ["of", "for", "and", "the", "on"]
  /// ``words`` with their French, Spanish and German counterparts, for names read in an
  /// article of any language (`Bündnis für Arbeit`).
  static let anyLanguage: Set<Substring> = words.union(["et", "y", "und", "für"])

  /// Whether a lowercased name of space-separated words has a joining word.
  ///
  /// An ASCII name is read byte for byte (``words`` are ASCII): splitting every name into
  /// substrings and hashing each was 1.8% of a BBC load and ranking. Other names split as
  /// characters, where a space may belong to a cluster and so not separate words.
  static func join(_ key: String) -> Bool {
    var copy = key
    let ascii: Bool? = copy.withUTF8 { bytes in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      var start = 0
      for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
        if isJoiner(bytes, start, end) { return true }
        start = end + 1
      }
      return false
    }
    return ascii ?? key.split(separator: " ").contains { words.contains($0) }
  }

  /// Whether `bytes[start..<end]` spells `of`, `for`, `and`, `the` or `on`.
  private static func isJoiner(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> Bool
  {
    switch end - start {
    case 2:
      return bytes[start] == 0x6F && (bytes[start + 1] == 0x66 || bytes[start + 1] == 0x6E)
    case 3:
      let word =
        (UInt32(bytes[start]) << 16) | (UInt32(bytes[start + 1]) << 8)
        | UInt32(bytes[start + 2])
      return word == 0x66_6F72 || word == 0x61_6E64 || word == 0x74_6865
    default:
      return false
    }
  }
}
