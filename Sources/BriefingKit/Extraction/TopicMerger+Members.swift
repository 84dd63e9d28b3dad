extension TopicMerger {
  /// The lowercased name of one member of a body named by `key`: a party's name without
  /// `party` (`labour party` → `labour`), a plural last word made singular (`tories` → `tory`,
  /// `lib dems` → `lib dem`, `conservatives` → `conservative`). Other keys come back as they
  /// are: a last word of four letters or fewer (`news`, `aids`), or one ending in `ss` or
  /// `us` (`congress`, `campus`).
  static func memberForm(_ key: String) -> String {
    if let ascii = key.withUTF8Bytes({ asciiMemberForm($0) }) { return ascii }
    var words = key.split(separator: " ")
    if words.count > 1, words.last == "party" { words.removeLast() }
    guard let last = words.last else { return key }
    if let cut = Array(last.utf8).withUnsafeBufferPointer({ singularCut(of: $0) }) {
      let singular = Array(last.utf8.dropLast(cut.drop)) + (cut.tail.map { [$0] } ?? [])
      words[words.count - 1] = Substring(String(decoding: singular, as: UTF8.self))
    }
    return words.joined(separator: " ")
  }

  /// ``memberForm(_:)`` of an ASCII key with a word, read on its bytes (splitting every
  /// entity's name into characters was a fifth of ranking a session's topics) and written
  /// into scratch memory, then made a string at once (arrays of the words and of the singular
  /// first cost 3,200 instructions a key); nil for other keys. The form is never longer than
  /// the key: spaces only collapse, and a singular is shorter than its plural.
  private static func asciiMemberForm(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
    var words = NameStemmer.words(bytes)
    if words.count > 1, let last = words.last, bytes[last].elementsEqual("party".utf8) {
      words.removeLast()
    }
    guard let last = words.last else { return nil }
    let cut = singularCut(of: UnsafeBufferPointer(rebasing: bytes[last]))
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { form in
      var count = 0
      func append(_ range: Range<Int>) {
        for index in range {
          form[count] = bytes[index]
          count += 1
        }
      }
      for word in words.dropLast() {
        append(word)
        form[count] = 0x20
        count += 1
      }
      append(last.lowerBound..<last.upperBound - (cut?.drop ?? 0))
      if let tail = cut?.tail {
        form[count] = tail
        count += 1
      }
      return String(decoding: UnsafeBufferPointer(rebasing: form[..<count]), as: UTF8.self)
    }
  }

  /// How the singular of an English plural written in ASCII letters differs from `word`: its
  /// last `drop` bytes go and `tail` (if any) is added (`tories` → `tory`, `tigers` → `tiger`);
  /// nil when `word` does not read as a plural.
  private static func singularCut(of word: UnsafeBufferPointer<UInt8>) -> (drop: Int, tail: UInt8?)?
  {
    let count = word.count
    let s = UInt8(ascii: "s")
    guard count > 4, word[count - 1] == s, word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else {
      return nil
    }
    let before = word[count - 2]
    if before == s || before == UInt8(ascii: "u") { return nil }
    if before == UInt8(ascii: "e") && word[count - 3] == UInt8(ascii: "i") {
      return (3, UInt8(ascii: "y"))
    }
    return (1, nil)
  }
}
