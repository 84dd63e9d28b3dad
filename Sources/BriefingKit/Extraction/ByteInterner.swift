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
      Self.copy(bytes, to: base + start)
      guard lowering else { return }
      for index in start..<end { base[index] = Self.lowered(base[index]) }
    }
    arenaCount = end
    slots[slot] = Slot(id: id, entry: entry)
    if entries.count * 2 > slots.count { grow() }
    return id
  }

  /// Copies `source` to `destination`, which has room for it and does not overlap it, eight
  /// or four bytes at a time, the last load and store overlapping the ones before: words are
  /// short, and the call to `memmove` cost more than the copy.
  @inline(__always)
  private static func copy(
    _ source: UnsafeBufferPointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>
  ) {
    let count = source.count
    guard let start = source.baseAddress, count > 0 else { return }
    let from = UnsafeRawPointer(start)
    let to = UnsafeMutableRawPointer(destination)
    func move<Word>(_: Word.Type, at offset: Int) {
      to.storeBytes(
        of: from.loadUnaligned(fromByteOffset: offset, as: Word.self), toByteOffset: offset,
        as: Word.self)
    }
    if count >= 8 {
      var offset = 0
      while offset + 8 < count {
        move(UInt64.self, at: offset)
        offset += 8
      }
      move(UInt64.self, at: count - 8)
    } else if count >= 4 {
      move(UInt32.self, at: 0)
      move(UInt32.self, at: count - 4)
    } else {
      for offset in 0..<count { destination[offset] = start[offset] }
    }
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
          if found.entry.hash == hash && Int(found.entry.length) == bytes.count {
            var position = Int(found.entry.start)
            var isEqual = true
            for byte in bytes {
              if arena[position] != (lowering ? Self.lowered(byte) : byte) {
                isEqual = false
                break
              }
              position += 1
            }
            if isEqual { return (slot, found.id) }
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
