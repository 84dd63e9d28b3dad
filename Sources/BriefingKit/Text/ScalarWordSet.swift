/// A set of words asked about with a range of scalars, building a string only for a likely hit.
///
/// The FNV-1a hashes of the words' scalars sit in an open-addressing table. A word whose
/// scalars are all below U+0300 (no combining marks, so string equality is scalar equality)
/// and whose hash is not in the table is not in the set; any other word is checked as a
/// string, so the answers are those of `Set<String>.contains`.
struct ScalarWordSet: Sendable {
  /// The words, compared as strings.
  let words: Set<String>
  private var keys: [UInt64]

  init(_ words: Set<String>) {
    self.words = words
    var size = 16
    while size < words.count * 4 { size <<= 1 }
    keys = [UInt64](repeating: 0, count: size)
    for word in words {
      var hash = Self.offsetBasis
      for scalar in word.unicodeScalars { Self.mix(scalar.value, into: &hash) }
      var slot = slot(of: hash)
      while keys[slot] != 0 && keys[slot] != hash { slot = (slot + 1) & (keys.count - 1) }
      keys[slot] = hash
    }
  }

  /// Whether the set holds the word made of `scalars[range]`.
  func contains(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    var hash = Self.offsetBasis
    var isPlain = true
    for index in range {
      let value = scalars[index].value
      if value >= 0x300 { isPlain = false }
      Self.mix(value, into: &hash)
    }
    if isPlain && !hasKey(hash) { return false }
    return words.contains(String(String.UnicodeScalarView(scalars[range])))
  }

  private func hasKey(_ hash: UInt64) -> Bool {
    var slot = slot(of: hash)
    while keys[slot] != 0 {
      if keys[slot] == hash { return true }
      slot = (slot + 1) & (keys.count - 1)
    }
    return false
  }

  private func slot(of hash: UInt64) -> Int {
    Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 40) & (keys.count - 1)
  }

  private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

  @inline(__always)
  private static func mix(_ value: UInt32, into hash: inout UInt64) {
    // Never 0, which marks an empty slot.
    hash = ((hash ^ UInt64(value)) &* 0x100_0000_01b3) | 1
  }
}
