extension TopicForms {
  /// Distinct strings and their ids, ids counting up from 0 in order of first sight. Two
  /// strings share an id exactly when they are `==` (found by `String` hashing, so that
  /// canonically equivalent spellings meet, as keys of a dictionary did), in flat arrays: an id
  /// per hash slot and 32 bits of each string's hash. A `[String: Int32]` sized for the BBC
  /// set's keys took 1.3 MB of the 1,000-article ranking's peak; these slots take a fifth.
  struct StringIDs {
    /// The strings, by id.
    private(set) var strings: [String] = []
    /// The low 32 bits of each string's hash, by id: slots are refilled from them on growing.
    private var hashes: [UInt32] = []
    /// Open addressing with linear probing, at most half full; -1 marks an empty slot.
    private var slots: [Int32]

    /// Room for `capacity` strings before the slots grow.
    init(capacity: Int) {
      slots = [Int32](repeating: -1, count: Self.slotCount(for: capacity))
      strings.reserveCapacity(capacity)
      hashes.reserveCapacity(capacity)
    }

    /// The number of strings.
    var count: Int { strings.count }

    /// The ``hash(_:)`` of the string `id`.
    func hash(of id: Int32) -> UInt32 { hashes[Int(id)] }

    /// The id of `string`, and whether it was new.
    mutating func id(_ string: String) -> (id: Int32, isNew: Bool) {
      let hash = Self.hash(string)
      let mask = slots.count - 1
      var slot = Int(hash) & mask
      while true {
        let id = slots[slot]
        guard id >= 0 else { break }
        if hashes[Int(id)] == hash && strings[Int(id)] == string { return (id, false) }
        slot = (slot + 1) & mask
      }
      let id = Int32(strings.count)
      strings.append(string)
      hashes.append(hash)
      slots[slot] = id
      if 2 * strings.count > slots.count { grow() }
      return (id, true)
    }

    /// A hash that is the same for strings that are `==`: FNV-1a (``ByteInterner/Hash``) over
    /// the UTF-8 of a string canonically equivalent to an ASCII one, which most keys are
    /// (`String.hashValue`, seeded SipHash over the normalised scalars, cost three times as
    /// much), and `hashValue` for any other. Such a string is ASCII but for the three scalars
    /// whose canonical decomposition is one ASCII character (``asciiEquivalent(_:)``), and
    /// its hash is that of the ASCII string it equals; two `==` strings of the other sort both
    /// take `hashValue`.
    static func hash(_ string: String) -> UInt32 {
      let ascii: UInt32? = string.withUTF8Bytes { bytes in
        var hash = ByteInterner.Hash()
        for byte in bytes {
          guard byte < 0x80 else { return nil }
          hash.add(byte)
        }
        return hash.value
      }
      if let ascii { return ascii }
      var hash = ByteInterner.Hash()
      for scalar in string.unicodeScalars {
        guard let byte = asciiEquivalent(scalar) else {
          return UInt32(truncatingIfNeeded: string.hashValue)
        }
        hash.add(byte)
      }
      return hash.value
    }

    /// The ASCII byte a scalar is canonically equivalent to: itself when ASCII, `;` for the
    /// Greek question mark, `` ` `` for the Greek varia and `K` for the Kelvin sign (the only
    /// other scalars whose decomposition is ASCII, as of Unicode 14); nil for any other.
    private static func asciiEquivalent(_ scalar: Unicode.Scalar) -> UInt8? {
      switch scalar.value {
      case 0..<0x80: UInt8(scalar.value)
      case 0x037E: UInt8(ascii: ";")
      case 0x1FEF: UInt8(ascii: "`")
      case 0x212A: UInt8(ascii: "K")
      default: nil
      }
    }

    /// Doubles the slots, freeing the old ones before the new ones are filled.
    private mutating func grow() {
      let count = 2 * slots.count
      slots = []
      var slots = [Int32](repeating: -1, count: count)
      let mask = count - 1
      for (id, hash) in hashes.enumerated() {
        var slot = Int(hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(id)
      }
      self.slots = slots
    }

    /// The smallest power of two, at least 16, that holds `capacity` strings half full.
    private static func slotCount(for capacity: Int) -> Int {
      var count = 16
      while count < 2 * capacity { count <<= 1 }
      return count
    }
  }
}

extension String {
  /// Calls `body` with the string's UTF-8 bytes, read in place where they are contiguous, as
  /// a native string's are: `withUTF8` needs a mutable copy, a retain and a release of the
  /// string at each call (the keys of a session's topics are read this way 200,000 times).
  @inline(__always)
  func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = self
    return copy.withUTF8(body)
  }
}
