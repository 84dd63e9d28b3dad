/// The function words of ``LanguageProfiles`` packed for lookup without building strings.
///
/// Every listed word is at most seven Latin-1 letters, so a lowercased word of such letters
/// packs into a `UInt64` (eight bits a scalar) that is equal exactly when the words are; the
/// packed keys live in an open-addressing table whose values are bit masks of the languages
/// listing the word (bit *i* for ``LanguageProfiles/words`` entry *i*).
struct LanguageWords: Sendable {
  /// Longest word that can be packed, in scalars.
  static let maxPackedLength = 7

  /// The table, built on first use.
  static let shared = LanguageWords()

  /// The language codes, in the order of the mask bits.
  let codes: [String]
  private var keys: [UInt64]
  private var masks: [UInt8]
  /// One bit per 8,192 buckets of the key hash, set for the buckets of listed words: a word
  /// whose bit is clear is not listed, found without touching the larger `keys` (most words
  /// of a text are not function words, and their slots were cache misses).
  private var filter: [UInt64]
  /// Lowercase forms of the Latin-1 scalars.
  private let latin1Lower: [UInt8]
  /// For each Latin-1 and Latin Extended-A scalar (folded), the language it hints at, or -1.
  private let hintTable: [Int8]

  private init() {
    codes = LanguageProfiles.words.map(\.code)
    keys = [UInt64](repeating: 0, count: 2048)
    filter = [UInt64](repeating: 0, count: 128)
    masks = [UInt8](repeating: 0, count: 2048)
    var lower = [UInt8](repeating: 0, count: 256)
    for value in 0..<256 {
      let mapping = Unicode.Scalar(UInt8(value)).properties.lowercaseMapping.unicodeScalars
      let only = mapping.count == 1 ? mapping.first?.value ?? 0 : 0
      lower[value] = only < 0x100 ? UInt8(only) : 0
    }
    latin1Lower = lower
    var hints = [Int8](repeating: -1, count: 0x180)
    for (value, code) in LanguageProfiles.letterHints where value < 0x180 {
      hints[Int(value)] = Int8(codes.firstIndex(of: code) ?? -1)
    }
    hintTable = hints
    // Split on scalars, not characters: the lists are plain words, and grapheme breaking them
    // cost more than the rest of the table.
    for (index, entry) in LanguageProfiles.words.enumerated() {
      var key: UInt64 = 0
      var length = 0
      for scalar in entry.words.unicodeScalars {
        if scalar == " " || scalar == "\n" {
          if length > 0 { insert(key, bit: UInt8(1 << index)) }
          (key, length) = (0, 0)
        } else {
          (key, length) = (key << 8 | UInt64(scalar.value & 0xFF), length + 1)
        }
      }
      if length > 0 { insert(key, bit: UInt8(1 << index)) }
    }
  }

  /// The lowercase form of a Latin-1 scalar (`value` < 256), or 0 when it leaves Latin-1.
  @inline(__always)
  func lowercase(latin1 value: UInt32) -> UInt64 {
    UInt64(latin1Lower[Int(value & 0xFF)])
  }

  /// The mask of languages listing the packed lowercase word `key` (0 when none).
  func mask(of key: UInt64) -> UInt8 {
    let bucket = Self.bucket(of: key)
    guard filter[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0 else { return 0 }
    var slot = Self.slot(of: key)
    while keys[slot] != 0 {
      if keys[slot] == key { return masks[slot] }
      slot = (slot + 1) & (keys.count - 1)
    }
    return 0
  }

  /// The mask of languages listing `word` (already lowercased), compared as strings.
  func mask(of word: String) -> UInt8 {
    guard let codes = LanguageProfiles.table[word] else { return 0 }
    var mask: UInt8 = 0
    for code in codes {
      if let index = self.codes.firstIndex(of: code) { mask |= UInt8(1 << index) }
    }
    return mask
  }

  /// The index in ``codes`` of the language the folded scalar value hints at, or nil.
  @inline(__always)
  func hint(_ folded: UInt32) -> Int? {
    guard folded < 0x180 else { return nil }
    let index = hintTable[Int(folded)]
    return index < 0 ? nil : Int(index)
  }

  private static func slot(of key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 53)
  }

  /// The key's bucket in ``filter``: the slot's hash bits and two more.
  private static func bucket(of key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 51)
  }

  private mutating func insert(_ key: UInt64, bit: UInt8) {
    var slot = Self.slot(of: key)
    while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
    keys[slot] = key
    masks[slot] |= bit
    let bucket = Self.bucket(of: key)
    filter[bucket >> 6] |= 1 << UInt64(bucket & 63)
  }
}
