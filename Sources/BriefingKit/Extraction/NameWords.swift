/// The lowercased form ids of a name's words: up to four held inline, so most names allocate
/// nothing for them; longer names keep all their ids in an array.
struct NameWords: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
  /// The first four ids, two to each 64-bit word (the first in its low half); slots past
  /// `count` are zero, so equal names compare and hash equal. Plain integers keep the
  /// candidate 8-byte aligned: arrays and tables of it need no aligned allocation.
  private var low: UInt64 = 0
  private var high: UInt64 = 0
  /// Every id, for a name of more than four words; empty otherwise.
  private var spilled: [Int32] = []
  /// The number of words.
  let count: Int

  /// The ids of `words`, in order.
  init<Words: Collection>(_ words: Words) where Words.Element == Int32 {
    count = words.count
    if count > 4 {
      spilled = Array(words)
    } else {
      for (slot, word) in zip(0..<4, words) { store(word, at: slot) }
    }
  }

  /// The ids `word(0)`, `word(1)` … `word(count - 1)`, with no collection built first.
  init(count: Int, word: (Int) -> Int32) {
    self.count = Swift.max(count, 0)
    if self.count > 4 {
      spilled.reserveCapacity(self.count)
      for position in 0..<self.count { spilled.append(word(position)) }
    } else {
      for position in 0..<self.count { store(word(position), at: position) }
    }
  }

  init(arrayLiteral words: Int32...) { self.init(words) }

  var startIndex: Int { 0 }
  var endIndex: Int { count }

  subscript(position: Int) -> Int32 {
    if count > 4 { return spilled[position] }
    precondition(position >= 0 && position < count, "index out of range")
    let pair = position < 2 ? low : high
    return Int32(truncatingIfNeeded: pair >> (32 * UInt64(position & 1)))
  }

  /// Writes `word` into inline slot `slot` (0 to 3), which holds zero.
  private mutating func store(_ word: Int32, at slot: Int) {
    let bits = UInt64(UInt32(bitPattern: word)) << (32 * UInt64(slot & 1))
    if slot < 2 { low |= bits } else { high |= bits }
  }
}
