/// The names and aliases of an article's entity topics, asked whether a key phrase is one of
/// them ignoring case: the answer a set of their lowercased forms gives, without making those
/// forms or hashing them for a set (that was a tenth of the topic step's own work).
///
/// ASCII strings lowercase byte by byte, so two ASCII strings match when their bytes agree with
/// capitals lowered: each is kept as a hash of its lowered bytes, and only a phrase with an
/// equal hash is compared in full. Any other string is compared as its lowercased form.
struct TakenNames {
  private var names: [(text: String, hash: UInt64)] = []
  /// Strings that are not all ASCII, compared by their lowercased forms.
  private var others: [String] = []

  /// The names and aliases of `topics`.
  init(_ topics: [Topic]) {
    names.reserveCapacity(topics.count * 2)
    // By index, reading the two fields: a topic taken from the array is copied whole.
    for index in topics.indices {
      add(topics[index].name)
      for alias in topics[index].aliases { add(alias) }
    }
  }

  private mutating func add(_ name: String) {
    if let hash = Self.loweredHash(name) {
      names.append((name, hash))
    } else {
      others.append(name.lowercased())
    }
  }

  /// Whether `phrase` lowercased equals one of the names lowercased.
  func contains(_ phrase: String) -> Bool {
    guard let hash = Self.loweredHash(phrase) else {
      // Lowercasing may make a non-ASCII phrase equal to an ASCII name (`K`, U+212A, is `k`).
      let lowered = phrase.lowercased()
      return others.contains(lowered) || names.contains { $0.text.lowercased() == lowered }
    }
    for name in names where name.hash == hash && Self.equalLowered(name.text, phrase) {
      return true
    }
    // A non-ASCII name may lowercase to an ASCII phrase's form.
    return !others.isEmpty && others.contains(phrase.lowercased())
  }

  /// A hash of the bytes of an all-ASCII `text` with capitals lowered; nil for other text.
  ///
  /// Eight bytes are tested, lowered and hashed at a time (``loweredWord(_:)``): one byte at
  /// a time, hashing was most of the cost of a look-up.
  static func loweredHash(_ text: String) -> UInt64? {
    // Read in place: `withUTF8` first copies the string to make it mutable.
    if let hash = text.utf8.withContiguousStorageIfAvailable(loweredHash(of:)) { return hash }
    var text = text
    return text.withUTF8(loweredHash(of:))
  }

  /// ``loweredHash(_:)`` of the UTF-8 `bytes`.
  private static func loweredHash(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
    var offset = 0
    while offset < bytes.count {
      var word: UInt64 = 0
      if let base = bytes.baseAddress, bytes.count - offset >= 8 {
        word = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      } else {
        for index in offset..<bytes.count {
          word |= UInt64(bytes[index]) << (8 * UInt64(index - offset))
        }
      }
      offset += 8
      guard word & 0x8080_8080_8080_8080 == 0 else { return nil }
      hash = (hash ^ loweredWord(word)) &* 0x100_0000_01b3
    }
    return hash
  }

  /// The eight ASCII bytes of `word` with capitals lowered. Per byte, adding 0x3F sets the
  /// top bit from `A` on and adding 0x25 from past `Z`; no sum carries into the next byte.
  @inline(__always)
  static func loweredWord(_ word: UInt64) -> UInt64 {
    let fromA = word &+ 0x3F3F_3F3F_3F3F_3F3F
    let pastZ = word &+ 0x2525_2525_2525_2525
    return word | ((fromA & ~pastZ & 0x8080_8080_8080_8080) >> 2)
  }

  /// Whether two all-ASCII strings agree byte for byte with capitals lowered.
  static func equalLowered(_ first: String, _ second: String) -> Bool {
    var first = first
    var second = second
    return first.withUTF8 { one in
      second.withUTF8 { other in
        one.count == other.count && !zip(one, other).contains { lowered($0) != lowered($1) }
      }
    }
  }

  @inline(__always)
  private static func lowered(_ byte: UInt8) -> UInt8 {
    byte &- 0x41 < 26 ? byte | 0x20 : byte
  }
}
