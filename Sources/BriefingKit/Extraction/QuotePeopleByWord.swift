/// The people of an article by a word of their names (``QuotePeople`` files them by the last),
/// each list in the order they were added.
///
/// Keys are word hashes, already well mixed (FNV-1a), so a slot is found from their low bits
/// with linear probing: a look-up neither hashes again nor allocates, where a `Dictionary`
/// ran SipHash over every key (finding people by name made 130,000 look-ups over BBC).
struct QuotePeopleByWord {
  /// The people filed under one word: the first, held in its slot, and any after it.
  struct People: RandomAccessCollection {
    fileprivate let first: Int
    fileprivate let rest: [Int]

    var startIndex: Int { 0 }
    var endIndex: Int { 1 + rest.count }

    subscript(position: Int) -> Int { position == 0 ? first : rest[position - 1] }
  }

  private var keys = [UInt64](repeating: 0, count: 32)
  /// The first person of each slot's word; -1 marks a free slot. Held apart from the rest, as
  /// most words name one person: a list for each cost an allocation per person (3M
  /// instructions over BBC, and as much again to free them).
  private var firsts = [Int](repeating: -1, count: 32)
  /// The people after the first of each slot's word.
  private var rests = [[Int]](repeating: [], count: 32)
  private var count = 0

  /// The people filed under `hash`, nil when there are none.
  subscript(hash: UInt64) -> People? {
    let slot = slot(of: hash)
    return firsts[slot] < 0 ? nil : People(first: firsts[slot], rest: rests[slot])
  }

  /// Files `person` (not negative) under `hash`, after the people already there.
  mutating func append(_ person: Int, for hash: UInt64) {
    if count * 2 >= keys.count { grow() }
    let slot = slot(of: hash)
    if firsts[slot] < 0 {
      keys[slot] = hash
      firsts[slot] = person
      count += 1
    } else {
      rests[slot].append(person)
    }
  }

  /// The slot holding `hash`, or the free slot where it belongs; the table is at most half
  /// full, so there is always one.
  private func slot(of hash: UInt64) -> Int {
    let mask = keys.count - 1
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    while firsts[slot] >= 0 && keys[slot] != hash { slot = (slot + 1) & mask }
    return slot
  }

  /// Doubles the slots, keeping every word's people.
  private mutating func grow() {
    let (oldKeys, oldFirsts, oldRests) = (keys, firsts, rests)
    keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
    firsts = [Int](repeating: -1, count: keys.count)
    rests = [[Int]](repeating: [], count: keys.count)
    for old in oldKeys.indices where oldFirsts[old] >= 0 {
      let slot = slot(of: oldKeys[old])
      keys[slot] = oldKeys[old]
      firsts[slot] = oldFirsts[old]
      rests[slot] = oldRests[old]
    }
  }
}
