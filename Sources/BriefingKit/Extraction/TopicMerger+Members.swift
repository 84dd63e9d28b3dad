extension TopicMerger {
  /// The lowercased name of one member of a body named by `key`: a party's name without
  /// `party` (`labour party` → `labour`), a plural last word made singular (`tories` → `tory`,
  /// `lib dems` → `lib dem`, `conservatives` → `conservative`). Other keys come back as they
  /// are: a last word of four letters or fewer (`news`, `aids`), or one ending in `ss` or
  /// `us` (`congress`, `campus`).
  static func memberForm(_ key: String) -> String {
    var words = key.split(separator: " ")
    if words.count > 1, words.last == "party" { words.removeLast() }
    guard let last = words.last else { return key }
    let bytes = Array(last.utf8)
    if let singular = singular(of: bytes) {
      words[words.count - 1] = Substring(String(decoding: singular, as: UTF8.self))
    }
    return words.joined(separator: " ")
  }

  /// The singular of an English plural written in ASCII letters, or nil when `word` does not
  /// read as one.
  private static func singular(of word: [UInt8]) -> [UInt8]? {
    let s = UInt8(ascii: "s")
    guard word.count > 4, word.last == s, word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else {
      return nil
    }
    let before = word[word.count - 2]
    if before == s || before == UInt8(ascii: "u") { return nil }
    if word.suffix(3).elementsEqual("ies".utf8) { return word.dropLast(3) + Array("y".utf8) }
    return Array(word.dropLast())
  }
}
