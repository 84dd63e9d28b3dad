/// A fixed set of words, asked about by the hash a ``QuoteToken`` carries.
///
/// Backed by a ``QuoteWordTable``: an unknown word, the usual case, is answered from its bitmap
/// without hashing the hash again, where a `Set<UInt64>` ran SipHash on every look-up (the
/// words checked before each capitalised run cost 17M instructions over BBC that way).
struct QuoteWordSet: Sendable {
  private let table: QuoteWordTable

  /// The set of `words`, hashed as ``QuoteToken/hash(of:)`` hashes a word.
  init(_ words: [String]) {
    var table = QuoteWordTable(count: words.count)
    for word in words { table.insert(QuoteToken.hash(of: word), 1) }
    self.table = table
  }

  /// The words of all of `sets`.
  init(union sets: QuoteWordSet...) {
    var table = QuoteWordTable(count: sets.reduce(0) { $0 + $1.table.count })
    for set in sets { table.insert(contentsOf: set.table) }
    self.table = table
  }

  /// True when the word with this hash is in the set.
  func contains(_ hash: UInt64) -> Bool { table.value(hash) != 0 }
}
