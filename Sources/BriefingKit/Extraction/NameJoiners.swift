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

  /// ``words`` as bytes, for ``join(_:)``, and the length of the longest.
  private static let wordBytes = words.map { Array($0.utf8) }
  private static let longest = wordBytes.map(\.count).max() ?? 0

  /// Whether `bytes[start..<end]` is one of ``words``.
  static func isJoiner(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> Bool
  {
    guard end - start <= longest else { return false }
    let word = bytes[start..<end]
    return wordBytes.contains { $0.count == word.count && $0.elementsEqual(word) }
  }
}
