extension TopicMerger {
  /// The lowercased name of one member of a body named by `key`: a party's name without
  /// `party` (`labour party` → `labour`), a plural last word made singular (`tories` → `tory`,
  /// `lib dems` → `lib dem`, `conservatives` → `conservative`). Other keys come back as they
  /// are: a last word of four letters or fewer (`news`, `aids`), or one ending in `ss` or
  /// `us` (`congress`, `campus`).
  static func memberForm(_ key: String) -> String {
    var copy = key
    if let ascii = copy.withUTF8({ asciiMemberForm($0) }) { return ascii }
    var words = key.split(separator: " ")
    if words.count > 1, words.last == "party" { words.removeLast() }
    guard let last = words.last else { return key }
    let bytes = Array(last.utf8)
    if let singular = singular(of: bytes) {
      words[words.count - 1] = Substring(String(decoding: singular, as: UTF8.self))
    }
    return words.joined(separator: " ")
  }

  /// ``memberForm(_:)`` of an ASCII key with a word, read on its bytes (splitting every
  /// entity's name into characters was a fifth of ranking a session's topics); nil for other
  /// keys.
  private static func asciiMemberForm(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
    var words = NameStemmer.words(bytes)
    if words.count > 1, let last = words.last, bytes[last].elementsEqual("party".utf8) {
      words.removeLast()
    }
    guard let last = words.last else { return nil }
    var form: [UInt8] = []
    form.reserveCapacity(bytes.count)
    for word in words.dropLast() {
      form += bytes[word]
      form.append(0x20)
    }
    let lastWord = Array(bytes[last])
    form += singular(of: lastWord) ?? lastWord
    return String(decoding: form, as: UTF8.self)
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
