/// A small open-addressing hash table from word hashes to bit sets, built once.
///
/// Word hashes are already well mixed (FNV-1a), so the table indexes by their low bits and
/// probes linearly; a look-up costs no hashing and no allocation, unlike `Dictionary`. A key
/// and its value share one slot, so a probe touches one cache line; a bit per slot says which
/// slots are taken, so most unknown words (the usual case) are answered from that 1 KB bitmap
/// without touching the slots at all.
struct QuoteWordTable: Sendable {
  private struct Slot: Sendable {
    var key: UInt64
    var value: UInt32
  }

  private var slots: [Slot]
  private var taken: [UInt64]
  private let mask: Int

  /// A table with room for about `count` words.
  init(count: Int) {
    var capacity = 16
    while capacity < count * 4 { capacity *= 2 }
    slots = [Slot](repeating: Slot(key: 0, value: 0), count: capacity)
    taken = [UInt64](repeating: 0, count: capacity / 64 + 1)
    mask = capacity - 1
  }

  /// Adds `bits` to the value stored for `key`.
  mutating func insert(_ key: UInt64, _ bits: UInt32) {
    let key = key == 0 ? 1 : key
    var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    for _ in 0..<slots.count {
      if slots[slot].key == key || slots[slot].key == 0 {
        slots[slot].key = key
        slots[slot].value |= bits
        taken[slot >> 6] |= 1 << UInt64(slot & 63)
        return
      }
      slot = (slot + 1) & mask
    }
  }

  /// The bits stored for `key`, or 0.
  func value(_ key: UInt64) -> UInt32 {
    let key = key == 0 ? 1 : key
    var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    guard taken[slot >> 6] & (1 << UInt64(slot & 63)) != 0 else { return 0 }
    for _ in 0..<slots.count {
      let stored = slots[slot]
      if stored.key == key { return stored.value }
      if stored.key == 0 { return 0 }
      slot = (slot + 1) & mask
    }
    return 0
  }
}
