extension PhraseTable {
  /// The stem id of a token, below 65,535 (rarer stems share the last id and form no phrases).
  ///
  /// A word that is its own stem uses its lowercased form's id, as does a stem that is itself a
  /// word of the article (`agreements` → `agreement`); other stems (`polici`) get ids after the
  /// lowercased forms. Only words ending in s, x, y or e (`-ie`) can lose an ending.
  @inline(__always)
  mutating func stem(of index: Int) -> Int32 {
    let lower = scan.tokens[index].lower
    let known = stemOfLower[Int(lower)]
    if known >= 0 { return known }
    // Most new words cannot lose an ending: their stem is settled here, without the call.
    let last = scan.lowerTable.lastByte(of: lower)
    guard
      last == UInt8(ascii: "s") || last == UInt8(ascii: "x") || last == UInt8(ascii: "y")
        || last == UInt8(ascii: "e")
    else {
      let own = min(lower, 65_534)
      stemOfLower[Int(lower)] = own
      return own
    }
    return newStem(of: lower)
  }

  /// The stem id of the lowercased form `lower`, seen for the first time.
  @inline(never)
  private mutating func newStem(of lower: Int32) -> Int32 {
    let rules = stemRules
    // The stem is written into scratch space on the stack (no array to clear and fill per
    // word) by a closure that borrows the word's bytes and writes nothing else: the tables are
    // searched and `otherStems` added to after it, so the form table is never copied (retaining
    // its arrays) to be read while `self` is changed.
    let id = withUnsafeTemporaryAllocation(
      of: UInt8.self, capacity: scan.lowerTable.count(of: lower) + 1
    ) { space -> Int32 in
      let length = scan.lowerTable.withBytes(of: lower) { word -> Int in
        guard let cut = PhraseStemmer.cut(word, rules: rules) else { return -1 }
        let kept = max(word.count - cut.drop, 0)
        _ = space.initialize(fromContentsOf: word[..<kept])
        guard let tail = cut.tail else { return kept }
        space[kept] = tail
        return kept + 1
      }
      guard length >= 0 else { return lower }
      // Hashed once for both tables.
      let stem = UnsafeBufferPointer(rebasing: space[..<length])
      let hash = ByteInterner.hash(of: stem)
      return scan.lowerTable.find(stem, hash: hash)
        ?? Int32(scan.lowerCount) + otherStems.intern(stem, hash: hash).id
    }
    let result = min(id, 65_534)
    stemOfLower[Int(lower)] = result
    return result
  }

  /// True for an English word of five letters or more ending in `-ly` or `-ed`: an adverb or a
  /// past participle, which describes a topic but is rarely one. Nouns with these endings are
  /// kept: `-ply`, `-aly`, `-oly`, `-uly`, `-mily` (`supply`, `anomaly`, `family`) and `-eed`.
  @inline(__always)
  func isModifier(_ token: WordToken) -> Bool {
    // The bytes are borrowed, not sliced: no reference count to update per new candidate.
    scan.lowerTable.withBytes(of: token.lower) { word in
      guard word.count >= 5 else { return false }
      let end = word.count
      let (third, second, last) = (word[end - 3], word[end - 2], word[end - 1])
      if second == UInt8(ascii: "e") && last == UInt8(ascii: "d") {
        return third != UInt8(ascii: "e")
      }
      guard second == UInt8(ascii: "l") && last == UInt8(ascii: "y") else { return false }
      let isMily = third == UInt8(ascii: "i") && word[end - 4] == UInt8(ascii: "m")
      let isNoun =
        third == UInt8(ascii: "p") || third == UInt8(ascii: "a") || third == UInt8(ascii: "o")
        || third == UInt8(ascii: "u")
      return !isNoun && !isMily
    }
  }
}
