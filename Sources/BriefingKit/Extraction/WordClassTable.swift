/// The lexicon classes of every word the topic lexicon knows, laid out to stay in the cache.
///
/// The scanner asks once per new word of every article, and the lexicon is too large to stay
/// near the core between articles: each question must cost as few cache misses as can be. A
/// 4-byte index slot holds an entry's id and 16 more bits of its hash, so a word the lexicon
/// lacks is settled in the small index alone; a word of up to 16 bytes that it holds is then
/// compared and answered from one 24-byte entry (its bytes, length and classes together).
/// Longer words, a few dozen, live in a ``ByteInterner`` of their own.
struct WordClassTable: Sendable {
  /// The table of the topic lexicon's classes, read from its lists (``TopicLexicon/classTable()``).
  static let shared = TopicLexicon.classTable()

  /// A word of up to 16 bytes, zero-padded into two little-endian words, with its classes.
  private struct Entry: Sendable {
    var low: UInt64
    var high: UInt64
    var length: UInt32
    var classes: TopicWordClass
  }

  /// Per slot: 0 when empty, else the upper 16 bits of the hash and the entry's id + 1.
  private var index: [UInt32]
  private var entries: [Entry] = []
  private var long = ByteInterner(capacity: 64)
  private var longClasses: [TopicWordClass] = []

  /// An empty table with room for about `capacity` words before it grows.
  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    index = [UInt32](repeating: 0, count: size)
    entries.reserveCapacity(capacity)
  }

  /// Gives back the room reserved for entries that were never added, once the table is full.
  mutating func shrinkToFit() {
    entries = entries.withUnsafeBufferPointer { Array($0) }
  }

  /// Number of words in the table.
  var count: Int { entries.count + longClasses.count }

  /// Adds `classes` to those of the lowercased word `bytes`.
  mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ classes: TopicWordClass) {
    let hash = ByteInterner.hash(of: bytes)
    if bytes.count > 16 {
      let (id, isNew) = long.intern(bytes)
      if isNew { longClasses.append(classes) } else { longClasses[Int(id)].formUnion(classes) }
      return
    }
    let (low, high) = Self.key(bytes)
    if let found = find(low, high, length: bytes.count, hash: hash) {
      entries[found].classes.formUnion(classes)
    } else {
      insert(Entry(low: low, high: high, length: UInt32(bytes.count), classes: classes), hash: hash)
    }
  }

  /// The classes of the lowercased word `bytes`, whose ``ByteInterner`` hash is `hash`.
  @inline(__always)
  func classes(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> TopicWordClass {
    if bytes.count > 16 {
      guard let id = long.find(bytes, hash: hash) else { return [] }
      return longClasses[Int(id)]
    }
    let (low, high) = Self.key(bytes)
    guard let found = find(low, high, length: bytes.count, hash: hash) else { return [] }
    return entries[found].classes
  }

  /// Loads what a lookup of a word hashed `hash` reads first (its index slot, and the entry
  /// that slot names), so that a later lookup finds them in the cache. Looking ahead at the
  /// words of a batch lets their cache misses overlap instead of waiting on each in turn; the
  /// result means nothing but must be used, or the loads would be dropped.
  @inline(__always)
  func touch(hash: UInt32) -> UInt64 {
    index.withUnsafeBufferPointer { index in
      entries.withUnsafeBufferPointer { entries in
        let value = index[Int(hash) & (index.count - 1)]
        let id = Int(value & 0xFFFF) - 1
        guard id >= 0, id < entries.count else { return UInt64(value) }
        return entries[id].low
      }
    }
  }

  /// The entry holding the word keyed `low`, `high` of `length` bytes, if any.
  @inline(__always)
  private func find(_ low: UInt64, _ high: UInt64, length: Int, hash: UInt32) -> Int? {
    index.withUnsafeBufferPointer { index in
      entries.withUnsafeBufferPointer { entries in
        let mask = index.count - 1
        let tag = hash & 0xFFFF_0000
        var slot = Int(hash) & mask
        while true {
          let value = index[slot]
          if value == 0 { return nil }
          if value & 0xFFFF_0000 == tag {
            let id = Int(value & 0xFFFF) - 1
            let entry = entries[id]
            if entry.low == low && entry.high == high && Int(entry.length) == length {
              return id
            }
          }
          slot = (slot + 1) & mask
        }
      }
    }
  }

  private mutating func insert(_ entry: Entry, hash: UInt32) {
    // Ids must fit the slot's 16 bits; the lexicon holds a few thousand words.
    guard entries.count < 0xFFFF else { return }
    if (entries.count + 1) * 2 > index.count { grow() }
    entries.append(entry)
    place(id: entries.count - 1, hash: hash)
  }

  /// Puts entry `id` into the first free slot after its hash's.
  private mutating func place(id: Int, hash: UInt32) {
    let mask = index.count - 1
    var slot = Int(hash) & mask
    while index[slot] != 0 { slot = (slot + 1) & mask }
    index[slot] = (hash & 0xFFFF_0000) | UInt32(id + 1)
  }

  /// Doubles the index and places every entry again, keeping it at most half full.
  private mutating func grow() {
    index = [UInt32](repeating: 0, count: index.count * 2)
    for id in entries.indices {
      let entry = entries[id]
      var hash = ByteInterner.Hash()
      for position in 0..<Int(entry.length) {
        let word = position < 8 ? entry.low : entry.high
        hash.add(UInt8(truncatingIfNeeded: word >> UInt64(8 * (position % 8))))
      }
      place(id: id, hash: hash.value)
    }
  }

  /// The first 16 bytes of `bytes`, zero-padded, as two little-endian words.
  ///
  /// Read a word (or two overlapping halves) at a time, never past the end of `bytes`: byte by
  /// byte, building the key cost more than the rest of a lookup.
  @inline(__always)
  private static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
    let count = min(bytes.count, 16)
    guard let base = bytes.baseAddress, count > 0 else { return (0, 0) }
    let raw = UnsafeRawPointer(base)
    func load64(_ offset: Int) -> UInt64 {
      UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
    func load32(_ offset: Int) -> UInt64 {
      UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
    }
    if count >= 8 {
      let low = load64(0)
      guard count > 8 else { return (low, 0) }
      // The last eight bytes, shifted down past the ones `low` already holds.
      return (low, load64(count - 8) >> UInt64(8 * (16 - count)))
    }
    if count >= 4 {
      // Two halves that overlap where the word is shorter than eight: the shared bytes agree.
      return (load32(0) | load32(count - 4) << UInt64(8 * (count - 4)), 0)
    }
    var low: UInt64 = 0
    for position in 0..<count { low |= UInt64(bytes[position]) << UInt64(8 * position) }
    return (low, 0)
  }
}
