/// Gives each distinct 64-bit word hash a small id (0, 1, 2… in order of first sight).
///
/// Open addressing with linear probing: the keys are already hashes, so no `Hasher` runs and
/// no string is built. Used by ``Summarizer`` to turn a sentence's words into dense ids.
struct SummaryWordIds {
  private var keys: [UInt64]
  private var ids: [Int32]
  private var shift: UInt64
  /// Number of distinct hashes seen.
  private(set) var count = 0

  /// A table that holds about `capacity` hashes before it grows.
  init(capacity: Int) {
    var bits: UInt64 = 4
    while (1 << bits) < capacity * 2 { bits += 1 }
    keys = [UInt64](repeating: 0, count: 1 << bits)
    ids = [Int32](repeating: -1, count: 1 << bits)
    shift = 64 - bits
  }

  /// The id of `hash`, a new one when it was not seen before.
  @inline(__always)
  mutating func id(of hash: UInt64) -> Int32 {
    if count * 2 >= keys.count { grow() }
    let mask = keys.count - 1
    var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    while true {
      let found = ids[slot]
      if found < 0 {
        keys[slot] = hash
        ids[slot] = Int32(truncatingIfNeeded: count)
        count += 1
        return ids[slot]
      }
      if keys[slot] == hash { return found }
      slot = (slot + 1) & mask
    }
  }

  /// Doubles the table, keeping every id.
  @inline(never)
  private mutating func grow() {
    var larger = SummaryWordIds(capacity: keys.count)
    for slot in ids.indices where ids[slot] >= 0 {
      larger.insert(keys[slot], id: ids[slot])
    }
    larger.count = count
    self = larger
  }

  private mutating func insert(_ hash: UInt64, id: Int32) {
    let mask = keys.count - 1
    var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    while ids[slot] >= 0 { slot = (slot + 1) & mask }
    keys[slot] = hash
    ids[slot] = id
  }
}
