/// Role nouns ending capitalised compounds (`Polizeisprecher`), which a token keeps by number.
extension QuoteTokenizer {
  /// The number of the longest role noun that ends a compound word (`WWF-Sprecher`), or 0.
  func roleSuffixNumber(
    _ start: Int, _ end: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>
  ) -> UInt16 {
    if let roleTails = Self.roleTailTable {
      // Every candidate suffix ends in the word's last four scalars.
      var tail = QuoteToken.hashSeed
      for index in (end - 4)..<end { tail = QuoteToken.mix(tail, scalars[index].value) }
      if roleTails.value(tail) == 0 { return 0 }
    }
    var length = min(12, end - start - 2)
    while length >= 5 {
      var hash = QuoteToken.hashSeed
      for index in (end - length)..<end { hash = QuoteToken.mix(hash, scalars[index].value) }
      let number = Self.roleSuffixNumbers.value(hash)
      if number != 0 { return UInt16(truncatingIfNeeded: number) }
      length -= 1
    }
    return 0
  }

  /// The hash of role suffix `number` (from ``roleSuffixNumber(_:_:_:)``), 0 for none.
  static func roleSuffixHash(number: UInt16) -> UInt64 {
    let index = Int(number) - 1
    return roleSuffixHashes.indices.contains(index) ? roleSuffixHashes[index] : 0
  }

  /// The hashes of ``QuoteWords/roleSuffixes``, in order.
  private static let roleSuffixHashes = QuoteWords.roleSuffixes.map(QuoteToken.hash(of:))

  /// Each role suffix's number, its place in ``roleSuffixHashes`` plus one, by its hash.
  private static let roleSuffixNumbers: QuoteWordTable = {
    var table = QuoteWordTable(count: roleSuffixHashes.count)
    for (index, hash) in roleSuffixHashes.enumerated() where table.value(hash) == 0 {
      table.insert(hash, UInt32(index + 1))
    }
    return table
  }()

  /// Hashes of the last four scalars of every role suffix (folded apostrophes left out, as
  /// word hashes do), or nil when a suffix is shorter than that and the filter cannot apply.
  private static let roleTailTable: QuoteWordTable? = {
    var table = QuoteWordTable(count: QuoteWords.roleSuffixes.count)
    for word in QuoteWords.roleSuffixes {
      let kept = word.unicodeScalars.filter { !QuoteToken.isFolded($0.value) }
      guard kept.count >= 4 else { return nil }
      var tail = QuoteToken.hashSeed
      for scalar in kept.suffix(4) { tail = QuoteToken.mix(tail, scalar.value) }
      table.insert(tail, 1)
    }
    return table
  }()
}
