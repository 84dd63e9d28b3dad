/// Gives each distinct 64-bit word hash a small id (0, 1, 2… in order of first sight).
///
/// Open addressing with linear probing: the keys are already hashes, so no `Hasher` runs and
/// no string is built. Used by ``Summarizer`` to turn a sentence's words into dense ids.
/// The table owns its memory directly (a noncopyable value freed on `deinit`), so storing a
/// new word costs no copy-on-write check.
struct SummaryWordIds: ~Copyable {
  /// A hash and its id; id -1 marks an empty slot.
  private struct Slot {
    var hash: UInt64 = 0
    var id: Int32 = -1
  }

  private var slots: UnsafeMutableBufferPointer<Slot>
  private var shift: UInt64
  /// Number of distinct hashes seen.
  private(set) var count = 0

  /// A table that holds about `capacity` hashes before it grows.
  init(capacity: Int) {
    var bits: UInt64 = 4
    while (1 << bits) < capacity * 2 { bits += 1 }
    slots = .allocate(capacity: 1 << bits)
    slots.initialize(repeating: Slot())
    shift = 64 - bits
  }

  deinit {
    slots.deallocate()
  }

  /// The id of `hash`, a new one when it was not seen before.
  @inline(__always)
  mutating func id(of hash: UInt64) -> Int32 {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    while true {
      let found = slots[slot]
      if found.id < 0 { return insert(hash, at: slot) }
      if found.hash == hash { return found.id }
      slot = (slot + 1) & mask
    }
  }

  /// Stores `hash` with the next id in the empty `slot`, growing the table when half full.
  @inline(__always)
  private mutating func insert(_ hash: UInt64, at slot: Int) -> Int32 {
    let id = Int32(truncatingIfNeeded: count)
    slots[slot] = Slot(hash: hash, id: id)
    count += 1
    if count * 2 >= slots.count { grow() }
    return id
  }

  /// Doubles the table, keeping every id.
  @inline(never)
  private mutating func grow() {
    let larger = UnsafeMutableBufferPointer<Slot>.allocate(capacity: slots.count * 2)
    larger.initialize(repeating: Slot())
    let largerShift = shift - 1
    let mask = larger.count - 1
    for old in slots where old.id >= 0 {
      var slot = Int(truncatingIfNeeded: (old.hash &* 0x9E37_79B9_7F4A_7C15) >> largerShift)
      while larger[slot].id >= 0 { slot = (slot + 1) & mask }
      larger[slot] = old
    }
    slots.deallocate()
    slots = larger
    shift = largerShift
  }
}
