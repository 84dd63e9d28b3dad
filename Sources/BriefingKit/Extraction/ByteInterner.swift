/// Gives each distinct byte string a small id, without building a `String` to look it up.
///
/// Open addressing with linear probing over FNV-1a hashes; the bytes of every entry live in one
/// arena. Looking up a word costs one pass to hash it and one to compare it.
struct ByteInterner: Sendable {
  private var slots: [Int32]
  private var hashes: [UInt32] = []
  private var starts: [Int32] = []
  private var lengths: [Int32] = []
  private var arena: [UInt8] = []

  /// Number of distinct byte strings seen.
  var count: Int { hashes.count }

  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Int32](repeating: -1, count: size)
    arena.reserveCapacity(capacity * 8)
  }

  /// The bytes interned under `id`.
  func bytes(of id: Int32) -> ArraySlice<UInt8> {
    let start = Int(starts[Int(id)])
    return arena[start..<start + Int(lengths[Int(id)])]
  }

  /// The string interned under `id` (the bytes are valid UTF-8 when they came from a string).
  func string(of id: Int32) -> String {
    String(decoding: bytes(of: id), as: UTF8.self)
  }

  /// The id of `bytes` when it was interned before.
  func find(_ bytes: [UInt8]) -> Int32? {
    bytes.withUnsafeBufferPointer { find($0) }
  }

  /// The id of `bytes` when it was interned before.
  func find(_ bytes: ArraySlice<UInt8>) -> Int32? {
    bytes.withUnsafeBufferPointer { find($0) }
  }

  /// The id of `bytes` when it was interned before.
  func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    let (slot, found) = probe(bytes, hash: Self.hash(bytes))
    _ = slot
    return found
  }

  /// The id of `bytes`, and whether it was new (ids count up from 0 in order of first sight).
  mutating func intern(_ bytes: [UInt8]) -> (id: Int32, isNew: Bool) {
    bytes.withUnsafeBufferPointer { intern($0) }
  }

  /// The id of `bytes`, and whether it was new (ids count up from 0 in order of first sight).
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
    let hash = Self.hash(bytes)
    let (slot, found) = probe(bytes, hash: hash)
    if let found { return (found, false) }
    let id = Int32(hashes.count)
    hashes.append(hash)
    starts.append(Int32(arena.count))
    lengths.append(Int32(bytes.count))
    arena.append(contentsOf: bytes)
    slots[slot] = id
    if hashes.count * 2 > slots.count { grow() }
    return (id, true)
  }

  /// The id of `bytes` with ASCII capitals lowered (`NATO` and `nato` are one entry), and
  /// whether it was new; the lowered bytes are hashed and compared without a copy.
  mutating func intern(lowercasingASCII bytes: UnsafeBufferPointer<UInt8>) -> (
    id: Int32, isNew: Bool
  ) {
    var hash: UInt32 = 2_166_136_261
    for byte in bytes { hash = (hash ^ UInt32(Self.lowered(byte))) &* 16_777_619 }
    hash ^= hash >> 15
    let mask = slots.count - 1
    var slot = Int(hash) & mask
    while slots[slot] >= 0 {
      let entry = Int(slots[slot])
      if hashes[entry] == hash && equalsLowered(entry, bytes) { return (Int32(entry), false) }
      slot = (slot + 1) & mask
    }
    let id = Int32(hashes.count)
    hashes.append(hash)
    let start = arena.count
    starts.append(Int32(start))
    lengths.append(Int32(bytes.count))
    arena.append(contentsOf: bytes)
    arena.withUnsafeMutableBufferPointer { arena in
      for position in start..<arena.count { arena[position] = Self.lowered(arena[position]) }
    }
    slots[slot] = id
    if hashes.count * 2 > slots.count { grow() }
    return (id, true)
  }

  private static func lowered(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  private func equalsLowered(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard Int(lengths[entry]) == bytes.count else { return false }
    let start = Int(starts[entry])
    return arena.withUnsafeBufferPointer { arena in
      var position = start
      for byte in bytes {
        if arena[position] != Self.lowered(byte) { return false }
        position += 1
      }
      return true
    }
  }

  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var hash: UInt32 = 2_166_136_261
    for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    return hash ^ (hash >> 15)
  }

  /// The slot where `bytes` is or would go, and its id when it is there.
  private func probe(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (Int, Int32?) {
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var slot = Int(hash) & mask
      while true {
        let entry = slots[slot]
        if entry < 0 { return (slot, nil) }
        if hashes[Int(entry)] == hash && equals(Int(entry), bytes) { return (slot, entry) }
        slot = (slot + 1) & mask
      }
    }
  }

  private func equals(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard Int(lengths[entry]) == bytes.count else { return false }
    let start = Int(starts[entry])
    return arena.withUnsafeBufferPointer { arena in
      var position = start
      for byte in bytes {
        if arena[position] != byte { return false }
        position += 1
      }
      return true
    }
  }

  private mutating func grow() {
    var bigger = [Int32](repeating: -1, count: slots.count * 2)
    let mask = bigger.count - 1
    for entry in hashes.indices {
      var slot = Int(hashes[entry]) & mask
      while bigger[slot] >= 0 { slot = (slot + 1) & mask }
      bigger[slot] = Int32(entry)
    }
    slots = bigger
  }
}
