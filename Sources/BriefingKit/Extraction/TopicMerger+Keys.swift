extension TopicMerger {
  /// The last space-separated word of `key` when it has two or more (found over bytes: a
  /// split by `Character` was a sixth of ranking a session's topics).
  static func lastOfSeveralWords(_ key: String) -> String? {
    let bytes = key.utf8
    guard let lastLetter = bytes.lastIndex(where: { $0 != 0x20 }) else { return nil }
    let start = bytes[..<lastLetter].lastIndex(of: 0x20).map { bytes.index(after: $0) }
    guard let start, bytes[..<start].contains(where: { $0 != 0x20 }) else { return nil }
    return String(decoding: bytes[start...lastLetter], as: UTF8.self)
  }

  /// A key phrase reduced to light stems, so that inflected forms share a group.
  static func phraseKey(_ key: String) -> String {
    var stemmed: [UInt8] = []
    var word: [UInt8] = []
    func flush() {
      guard !word.isEmpty else { return }
      if !stemmed.isEmpty { stemmed.append(0x20) }
      stemmed += PhraseStemmer.stem(word, language: "und")
      word.removeAll(keepingCapacity: true)
    }
    for byte in key.utf8 {
      if byte == 0x20 { flush() } else { word.append(byte) }
    }
    flush()
    return String(decoding: stemmed, as: UTF8.self)
  }
}
