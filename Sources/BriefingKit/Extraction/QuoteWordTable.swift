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

  /// How many keys the table holds.
  var count: Int { slots.reduce(0) { $0 + ($1.key != 0 ? 1 : 0) } }

  /// Adds the bits of every key of `other`.
  mutating func insert(contentsOf other: QuoteWordTable) {
    for slot in other.slots where slot.key != 0 { insert(slot.key, slot.value) }
  }

  /// The bits stored for `key`, or 0.
  ///
  /// Inlined, and read through buffers (`mask` keeps every index in range): a word is looked
  /// up in a table two or three times per token, and the call with its bounds checks cost
  /// more than the probe.
  @inline(__always)
  func value(_ key: UInt64) -> UInt32 {
    let key = key == 0 ? 1 : key
    let slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    let isTaken = taken.withUnsafeBufferPointer { $0[slot >> 6] & (1 << UInt64(slot & 63)) != 0 }
    return isTaken ? probe(key, from: slot) : 0
  }

  /// The bits of `key` (not 0), looked for from its first slot `start`, which is taken.
  private func probe(_ key: UInt64, from start: Int) -> UInt32 {
    slots.withUnsafeBufferPointer { slots in
      var slot = start
      for _ in 0..<slots.count {
        let stored = slots[slot]
        if stored.key == key { return stored.value }
        if stored.key == 0 { return 0 }
        slot = (slot + 1) & mask
      }
      return 0
    }
  }
}
