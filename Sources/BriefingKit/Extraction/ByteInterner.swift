/// Gives each distinct byte string a small id, without building a `String` to look it up.
///
/// Open addressing with linear probing over FNV-1a hashes; the bytes of every entry live in one
/// arena. Looking up a word costs one pass to hash it and one to compare it. A slot holds its
/// entry's hash, place and length, so a lookup touches the slot and, on a match, the bytes: a
/// large table (the topic lexicon) costs two cache misses for a word it holds and one for a word
/// it does not.
struct ByteInterner: Sendable {
  /// Where an entry's bytes are in the arena, and their hash.
  private struct Entry: Sendable {
    var hash: UInt32
    var start: Int32
    var length: Int32
  }

  /// An entry and its id; an id below 0 marks an empty slot.
  private struct Slot: Sendable {
    var id: Int32
    var entry: Entry

    static let empty = Slot(id: -1, entry: Entry(hash: 0, start: 0, length: 0))
  }

  private var slots: [Slot]
  private var entries: [Entry] = []
  /// The bytes of every entry, one after the other, in the first `arenaCount` elements; the
  /// rest is room to grow into, so that adding an entry is one copy without a generic append.
  private var arena: [UInt8]
  private var arenaCount = 0

  /// Number of distinct byte strings seen.
  var count: Int { entries.count }

  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Slot](repeating: .empty, count: size)
    entries.reserveCapacity(capacity)
    arena = [UInt8](repeating: 0, count: capacity * 8)
  }

  /// The bytes interned under `id`.
  func bytes(of id: Int32) -> ArraySlice<UInt8> {
    let entry = entries[Int(id)]
    return arena[Int(entry.start)..<Int(entry.start) + Int(entry.length)]
  }

  /// The number of bytes interned under `id`.
  func count(of id: Int32) -> Int { Int(entries[Int(id)].length) }

  /// Calls `body` with the bytes interned under `id`, without copying them.
  func withBytes<Result>(of id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    let entry = entries[Int(id)]
    return arena.withUnsafeBufferPointer { arena in
      body(UnsafeBufferPointer(rebasing: arena[Int(entry.start)..<Int(entry.start + entry.length)]))
    }
  }

  /// Calls `body` with the id, the bytes and the hash of each entry of `ids`, borrowing the
  /// entries and their bytes once for all of them rather than once per entry.
  @inline(__always)
  func forEachEntry(
    in ids: Range<Int>, _ body: (Int, UnsafeBufferPointer<UInt8>, UInt32) -> Void
  ) {
    let ids = ids.clamped(to: 0..<entries.count)
    entries.withUnsafeBufferPointer { entries in
      arena.withUnsafeBufferPointer { arena in
        for id in ids {
          let entry = entries[id]
          let start = Int(entry.start)
          let bytes = UnsafeBufferPointer(rebasing: arena[start..<start + Int(entry.length)])
          body(id, bytes, entry.hash)
        }
      }
    }
  }

  /// True when the bytes interned under `id` are those of `word`, compared in place.
  func hasBytes(of id: Int32, _ word: StaticString) -> Bool {
    let entry = entries[Int(id)]
    guard Int(entry.length) == word.utf8CodeUnitCount else { return false }
    let expected = word.utf8Start
    return arena.withUnsafeBufferPointer { arena in
      let start = Int(entry.start)
      for offset in 0..<Int(entry.length) where arena[start + offset] != expected[offset] {
        return false
      }
      return true
    }
  }

  /// The last byte interned under `id`; 0 for an empty entry.
  @inline(__always)
  func lastByte(of id: Int32) -> UInt8 {
    let entry = entries[Int(id)]
    guard entry.length > 0 else { return 0 }
    return arena[Int(entry.start) + Int(entry.length) - 1]
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
    probe(bytes, hash: Self.hash(bytes, lowering: false), lowering: false).id
  }

  /// The id of `bytes`, whose ``hash(of:)`` is `hash`, when it was interned before.
  func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32? {
    probe(bytes, hash: hash, lowering: false).id
  }

  /// The hash of the entry `id`, the same in every interner for the same bytes: an interner
  /// can look up another one's entry without hashing it again.
  func hash(of id: Int32) -> UInt32 { entries[Int(id)].hash }

  /// The id of `bytes`, and whether it was new (ids count up from 0 in order of first sight).
  mutating func intern(_ bytes: [UInt8]) -> (id: Int32, isNew: Bool) {
    bytes.withUnsafeBufferPointer { intern($0) }
  }

  /// The id of `bytes`, and whether it was new (ids count up from 0 in order of first sight).
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
    intern(bytes, lowering: false)
  }

  /// The id of `bytes` with ASCII capitals lowered (`NATO` and `nato` are one entry), and
  /// whether it was new; the lowered bytes are hashed and compared without a copy.
  mutating func intern(lowercasingASCII bytes: UnsafeBufferPointer<UInt8>) -> (
    id: Int32, isNew: Bool
  ) {
    intern(bytes, lowering: true)
  }

  /// The same as ``intern(_:)`` for bytes whose ``Hash`` the caller computed while reading
  /// them.
  @inline(__always)
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (
    id: Int32, isNew: Bool
  ) {
    intern(bytes, lowering: false, hash: hash)
  }

  /// The same as ``intern(lowercasingASCII:)`` for bytes whose lowered ``Hash`` the caller
  /// computed while reading them.
  @inline(__always)
  mutating func intern(lowercasingASCII bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (
    id: Int32, isNew: Bool
  ) {
    intern(bytes, lowering: true, hash: hash)
  }

  private mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, lowering: Bool) -> (
    id: Int32, isNew: Bool
  ) {
    intern(bytes, lowering: lowering, hash: Self.hash(bytes, lowering: lowering))
  }

  /// Looking up a known entry is inlined into the caller; adding one is not.
  @inline(__always)
  private mutating func intern(
    _ bytes: UnsafeBufferPointer<UInt8>, lowering: Bool, hash: UInt32
  ) -> (id: Int32, isNew: Bool) {
    let (slot, found) = probe(bytes, hash: hash, lowering: lowering)
    if let found { return (found, false) }
    return (add(bytes, lowering: lowering, hash: hash, at: slot), true)
  }

  @inline(never)
  private mutating func add(
    _ bytes: UnsafeBufferPointer<UInt8>, lowering: Bool, hash: UInt32, at slot: Int
  ) -> Int32 {
    let id = Int32(entries.count)
    let start = arenaCount
    let entry = Entry(hash: hash, start: Int32(start), length: Int32(bytes.count))
    entries.append(entry)
    let end = start + bytes.count
    if end > arena.count { arena += repeatElement(0, count: max(end - arena.count, arena.count)) }
    arena.withUnsafeMutableBufferPointer { arena in
      guard let base = arena.baseAddress, bytes.baseAddress != nil else { return }
      Self.copy(bytes, to: base + start, lowering: lowering)
    }
    arenaCount = end
    slots[slot] = Slot(id: id, entry: entry)
    if entries.count * 2 > slots.count { grow() }
    return id
  }

  /// Copies `source` to `destination`, which has room for it and does not overlap it, eight
  /// or four bytes at a time, the last load and store overlapping the ones before: words are
  /// short, and the call to `memmove` cost more than the copy. With `lowering`, the ASCII
  /// capitals are lowered as they are copied, a chunk at a time (the overlap is lowered twice,
  /// from the source, to the same bytes).
  @inline(__always)
  private static func copy(
    _ source: UnsafeBufferPointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>,
    lowering: Bool
  ) {
    let count = source.count
    guard let start = source.baseAddress, count > 0 else { return }
    let from = UnsafeRawPointer(start)
    let to = UnsafeMutableRawPointer(destination)
    func move8(at offset: Int) {
      let chunk = load8(from, offset)
      to.storeBytes(of: lowering ? lowered(chunk) : chunk, toByteOffset: offset, as: UInt64.self)
    }
    func move4(at offset: Int) {
      let chunk = load4(from, offset)
      to.storeBytes(
        of: UInt32(truncatingIfNeeded: lowering ? lowered(chunk) : chunk), toByteOffset: offset,
        as: UInt32.self)
    }
    if count >= 8 {
      var offset = 0
      while offset + 8 < count {
        move8(at: offset)
        offset += 8
      }
      move8(at: count - 8)
    } else if count >= 4 {
      move4(at: 0)
      move4(at: count - 4)
    } else {
      for offset in 0..<count {
        destination[offset] = lowering ? lowered(start[offset]) : start[offset]
      }
    }
  }

  /// The eight bytes at `offset` from `base`, unaligned.
  @inline(__always)
  private static func load8(_ base: UnsafeRawPointer, _ offset: Int) -> UInt64 {
    base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
  }

  /// The four bytes at `offset` from `base`, unaligned, widened.
  @inline(__always)
  private static func load4(_ base: UnsafeRawPointer, _ offset: Int) -> UInt64 {
    UInt64(base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
  }

  /// True when `word`, ASCII-lowered when `lowering`, is the `word.count` bytes of `arena`
  /// from `start`: compared as ``copy(_:to:lowering:)`` copies, eight or four bytes at a time,
  /// rather than byte by byte.
  @inline(__always)
  private static func matches(
    _ word: UnsafeBufferPointer<UInt8>, _ arena: UnsafeBufferPointer<UInt8>, at start: Int,
    lowering: Bool
  ) -> Bool {
    let count = word.count
    // The entry lies inside the arena; the guard keeps the loads below inside it regardless.
    guard count > 0, start >= 0, start <= arena.count - count, let source = word.baseAddress,
      let stored = arena.baseAddress
    else { return count == 0 }
    let from = UnsafeRawPointer(source)
    let to = UnsafeRawPointer(stored + start)
    func fold(_ chunk: UInt64) -> UInt64 { lowering ? lowered(chunk) : chunk }
    if count >= 8 {
      var offset = 0
      while offset + 8 < count {
        guard fold(load8(from, offset)) == load8(to, offset) else { return false }
        offset += 8
      }
      return fold(load8(from, count - 8)) == load8(to, count - 8)
    }
    if count >= 4 {
      return fold(load4(from, 0)) == load4(to, 0)
        && fold(load4(from, count - 4)) == load4(to, count - 4)
    }
    for offset in 0..<count {
      let byte = lowering ? lowered(source[offset]) : source[offset]
      guard byte == stored[start + offset] else { return false }
    }
    return true
  }

  /// The bytes of `chunk` with the ASCII capitals lowered, all eight at once: a byte's top bit
  /// is set in `isUpper` when it is below 0x80 and its low seven bits lie in 0x41...0x5A (no
  /// addition carries into the next byte), and shifted down it is the 0x20 that lowers it.
  @inline(__always)
  static func lowered(_ chunk: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let low = chunk & (0x7F &* ones)
    let isUpper = (low &+ 0x3F &* ones) & ~(low &+ 0x25 &* ones) & ~chunk & (0x80 &* ones)
    return chunk | isUpper >> 2
  }

  @inline(__always)
  static func lowered(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  /// FNV-1a over bytes fed one at a time; ``value`` is the hash the interner gives them.
  struct Hash {
    private var state: UInt32 = 2_166_136_261

    @inline(__always)
    mutating func add(_ byte: UInt8) { state = (state ^ UInt32(byte)) &* 16_777_619 }

    var value: UInt32 { state ^ (state >> 15) }
  }

  /// The hash an interner gives `bytes` (another table can share it: see ``WordClassTable``).
  static func hash(of bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    hash(bytes, lowering: false)
  }

  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, lowering: Bool) -> UInt32 {
    var hash = Hash()
    if lowering {
      for byte in bytes { hash.add(lowered(byte)) }
    } else {
      for byte in bytes { hash.add(byte) }
    }
    return hash.value
  }

  /// The slot where `bytes` is or would go, and its id when it is there.
  @inline(__always)
  private func probe(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32, lowering: Bool)
    -> (slot: Int, id: Int32?)
  {
    slots.withUnsafeBufferPointer { slots in
      arena.withUnsafeBufferPointer { arena in
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
          let found = slots[slot]
          if found.id < 0 { return (slot, nil) }
          if found.entry.hash == hash && Int(found.entry.length) == bytes.count,
            Self.matches(bytes, arena, at: Int(found.entry.start), lowering: lowering)
          {
            return (slot, found.id)
          }
          slot = (slot + 1) & mask
        }
      }
    }
  }

  private mutating func grow() {
    var bigger = [Slot](repeating: .empty, count: slots.count * 2)
    let mask = bigger.count - 1
    for (id, entry) in entries.enumerated() {
      var slot = Int(entry.hash) & mask
      while bigger[slot].id >= 0 { slot = (slot + 1) & mask }
      bigger[slot] = Slot(id: Int32(id), entry: entry)
    }
    slots = bigger
  }
}
