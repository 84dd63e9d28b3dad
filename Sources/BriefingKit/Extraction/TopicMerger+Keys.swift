extension TopicMerger {
  /// The last space-separated word of `key` when it has two or more, found on its bytes (a
  /// split by `Character` was a sixth of ranking a session's topics).
  static func lastOfSeveralWords(_ key: String) -> String? {
    key.withUTF8Bytes { bytes in
      guard let lastLetter = bytes.lastIndex(where: { $0 != 0x20 }) else { return nil }
      var start = lastLetter
      while start > 0 && bytes[start - 1] != 0x20 { start -= 1 }
      guard bytes[..<start].contains(where: { $0 != 0x20 }) else { return nil }
      return String(decoding: bytes[start...lastLetter], as: UTF8.self)
    }
  }

  /// Whether `key` has two space-separated words or more, as ``lastOfSeveralWords(_:)`` tells
  /// it without making the last word a string.
  static func hasSeveralWords(_ key: String) -> Bool {
    key.withUTF8Bytes { bytes in
      guard let first = bytes.firstIndex(where: { $0 != 0x20 }) else { return false }
      guard let space = bytes[first...].firstIndex(of: 0x20) else { return false }
      return bytes[space...].contains { $0 != 0x20 }
    }
  }

  /// A key phrase reduced to light stems, so that inflected forms share a group: each
  /// space-separated word cut as ``PhraseStemmer`` cuts it, in one pass over the key's bytes.
  static func phraseKey(_ key: String) -> String {
    changedPhraseKey(key) ?? key
  }

  /// ``phraseKey(_:)`` when its bytes differ from those of `key`; nil when `key` is its own
  /// phrase key (no word is cut, and its words are one space apart), as most keys are: they
  /// then cost no new string, nor hashing one to find that it is `key`.
  static func changedPhraseKey(_ key: String) -> String? {
    key.withUTF8Bytes { bytes in
      let rules = phraseRules
      guard !isOwnPhraseKey(bytes, rules: rules) else { return nil }
      // Written into scratch memory, then made a string at once (an array of the bytes first
      // cost 1,000 instructions a key; `String(unsafeUninitializedCapacity:)` makes a string
      // longer than 15 bytes through an array whose type it looks up at run time, 650). A
      // word's cut adds at most the one byte of its tail, and words one byte long are never
      // cut, so twice the key's bytes is room enough.
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * bytes.count) { stemmed in
        var count = 0
        func append(_ part: UnsafeBufferPointer<UInt8>) {
          for byte in part {
            stemmed[count] = byte
            count += 1
          }
        }
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
          defer { start = end + 1 }
          guard end > start else { continue }
          let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
          if count > 0 {
            stemmed[count] = 0x20
            count += 1
          }
          let cut = PhraseStemmer.cut(word, rules: rules)
          append(UnsafeBufferPointer(rebasing: word[..<(word.count - (cut?.drop ?? 0))]))
          if let tail = cut?.tail {
            stemmed[count] = tail
            count += 1
          }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: stemmed[..<count]), as: UTF8.self)
      }
    }
  }

  /// Whether the phrase key of `bytes` is `bytes` themselves: no word is cut, and no word is
  /// empty (no space at either end, none doubled).
  private static func isOwnPhraseKey(
    _ bytes: UnsafeBufferPointer<UInt8>, rules: PhraseStemmer.Rules
  ) -> Bool {
    let count = bytes.count
    guard let first = bytes.first, let last = bytes.last else { return true }
    guard first != 0x20, last != 0x20 else { return false }
    func isCut(_ start: Int, _ end: Int) -> Bool {
      PhraseStemmer.cut(UnsafeBufferPointer(rebasing: bytes[start..<end]), rules: rules) != nil
    }
    var start = 0
    var index = 1
    while index < count {
      if bytes[index] == 0x20 {
        guard index > start, !isCut(start, index) else { return false }
        start = index + 1
      }
      index += 1
    }
    return !isCut(start, count)
  }

  /// The rules of ``PhraseStemmer`` that key phrases are cut by, whatever their language.
  private static let phraseRules = PhraseStemmer.Rules(language: "und")
}
