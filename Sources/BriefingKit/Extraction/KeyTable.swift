/// A map from 64-bit keys to small ids with open addressing and a multiplicative hash: much
/// cheaper per lookup than `Dictionary`'s seeded hashing, which matters once per word.
///
/// A slot holds its key and its id side by side, so a probe reads one cache line and adding a
/// key writes one array.
struct KeyTable: Sendable {
  /// A key and its id; an id below 0 marks an empty slot.
  private struct Slot: Sendable {
    var key: UInt64
    var value: Int32

    static let empty = Slot(key: 0, value: -1)
  }

  private var slots: [Slot]
  private(set) var count = 0

  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Slot](repeating: .empty, count: size)
  }

  /// The id stored for `key`, or `make()`'s new id stored for it. `key` must not be 0.
  mutating func value(for key: UInt64, orInsert make: () -> Int32) -> Int32 {
    let mask = slots.count - 1
    var slot = Self.slot(of: key, mask: mask)
    while slots[slot].value >= 0 {
      if slots[slot].key == key { return slots[slot].value }
      slot = (slot + 1) & mask
    }
    let value = make()
    slots[slot] = Slot(key: key, value: value)
    count += 1
    if count * 2 > slots.count { grow() }
    return value
  }

  /// The id stored for `key`, if any. `key` must not be 0.
  func find(_ key: UInt64) -> Int32? {
    let mask = slots.count - 1
    var slot = Self.slot(of: key, mask: mask)
    while slots[slot].value >= 0 {
      if slots[slot].key == key { return slots[slot].value }
      slot = (slot + 1) & mask
    }
    return nil
  }

  private static func slot(of key: UInt64, mask: Int) -> Int {
    let mixed = (key ^ (key >> 29)) &* 0xBF58_476D_1CE4_E5B9
    return Int(truncatingIfNeeded: mixed >> 32) & mask
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: .empty, count: old.count * 2)
    let mask = slots.count - 1
    for entry in old where entry.value >= 0 {
      var slot = Self.slot(of: entry.key, mask: mask)
      while slots[slot].value >= 0 { slot = (slot + 1) & mask }
      slots[slot] = entry
    }
  }
}
