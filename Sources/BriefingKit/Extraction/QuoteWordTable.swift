/// A small open-addressing hash table from word hashes to bit sets, built once.
///
/// Word hashes are already well mixed (FNV-1a), so the table indexes by their low bits and
/// probes linearly; a look-up costs no hashing and no allocation, unlike `Dictionary`.
struct QuoteWordTable: Sendable {
  private var keys: [UInt64]
  private var values: [UInt32]
  private let mask: Int

  /// A table with room for about `count` words.
  init(count: Int) {
    var capacity = 16
    while capacity < count * 4 { capacity *= 2 }
    keys = [UInt64](repeating: 0, count: capacity)
    values = [UInt32](repeating: 0, count: capacity)
    mask = capacity - 1
  }

  /// Adds `bits` to the value stored for `key`.
  mutating func insert(_ key: UInt64, _ bits: UInt32) {
    let key = key == 0 ? 1 : key
    var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    for _ in 0..<keys.count {
      if keys[slot] == key || keys[slot] == 0 {
        keys[slot] = key
        values[slot] |= bits
        return
      }
      slot = (slot + 1) & mask
    }
  }

  /// The bits stored for `key`, or 0.
  func value(_ key: UInt64) -> UInt32 {
    let key = key == 0 ? 1 : key
    var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    for _ in 0..<keys.count {
      let stored = keys[slot]
      if stored == key { return values[slot] }
      if stored == 0 { return 0 }
      slot = (slot + 1) & mask
    }
    return 0
  }
}
