/// A map from 64-bit keys to small ids with open addressing and a multiplicative hash: much
/// cheaper per lookup than `Dictionary`'s seeded hashing, which matters once per word.
struct KeyTable: Sendable {
  private var keys: [UInt64]
  private var values: [Int32]
  private(set) var count = 0

  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = [UInt64](repeating: 0, count: size)
    values = [Int32](repeating: -1, count: size)
  }

  /// The id stored for `key`, or `make()`'s new id stored for it. `key` must not be 0.
  mutating func value(for key: UInt64, orInsert make: () -> Int32) -> Int32 {
    let mask = keys.count - 1
    var slot = Self.slot(of: key, mask: mask)
    while values[slot] >= 0 {
      if keys[slot] == key { return values[slot] }
      slot = (slot + 1) & mask
    }
    let value = make()
    keys[slot] = key
    values[slot] = value
    count += 1
    if count * 2 > keys.count { grow() }
    return value
  }

  /// The id stored for `key`, if any. `key` must not be 0.
  func find(_ key: UInt64) -> Int32? {
    let mask = keys.count - 1
    var slot = Self.slot(of: key, mask: mask)
    while values[slot] >= 0 {
      if keys[slot] == key { return values[slot] }
      slot = (slot + 1) & mask
    }
    return nil
  }

  private static func slot(of key: UInt64, mask: Int) -> Int {
    let mixed = (key ^ (key >> 29)) &* 0xBF58_476D_1CE4_E5B9
    return Int(truncatingIfNeeded: mixed >> 32) & mask
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
    values = [Int32](repeating: -1, count: oldKeys.count * 2)
    let mask = keys.count - 1
    for index in oldKeys.indices where oldValues[index] >= 0 {
      var slot = Self.slot(of: oldKeys[index], mask: mask)
      while values[slot] >= 0 { slot = (slot + 1) & mask }
      keys[slot] = oldKeys[index]
      values[slot] = oldValues[index]
    }
  }
}
