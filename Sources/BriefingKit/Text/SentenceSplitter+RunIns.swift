extension SentenceSplitter {
  /// Words that open an English sentence and are written with a capital nowhere else in one.
  static let runInOpeners = ScalarWordSet([
    "The", "An", "Another", "He", "She", "It", "They", "We", "But", "In", "On", "At", "For",
    "This", "These", "Those", "There", "Then", "If", "When", "While", "As", "After", "Before",
    "Since", "Some", "Many", "Most", "Other", "Both", "Each", "However", "Meanwhile", "Also",
    "According", "Although", "Earlier", "Later", "Now",
  ])

  /// `ranges` with each sentence cut where a run-in subheading or a lost period ends one
  /// without punctuation: a lowercase word, then an opener that only begins sentences, then a
  /// lowercase word (`… non-expansion guarantees Another topic of the talks …`, `… at high
  /// speed They spend …`). A title of a work (`include What a Girl Wants`, `For the Love of
  /// Money`) goes on in capitals and is not cut.
  static func splittingRunIns(_ ranges: [Range<Int>], of scalars: [Unicode.Scalar])
    -> [Range<Int>]
  {
    // Most texts have no run-in: the ranges are copied only from the first cut on.
    var result: [Range<Int>] = []
    var hasCut = false
    scalars.withUnsafeBufferPointer { buffer in
      for (position, range) in ranges.enumerated() {
        var start = range.lowerBound
        var index = range.lowerBound + 1
        let last = range.upperBound - 1
        while index < last {
          // A space before an ASCII capital: the only place a run-in sentence can start. The
          // spaces are found first, in a loop of their own.
          while index &+ 1 < last, buffer[index].value != 0x20, buffer[index &+ 1].value != 0x20 {
            index &+= 2
          }
          while index < last, buffer[index].value != 0x20 { index &+= 1 }
          guard index < last else { break }
          if buffer[index + 1].value &- 0x41 < 26,
            index - 2 >= start, mayBeLowercase(buffer[index - 1]),
            mayBeLowercase(buffer[index - 2]),
            startsRunIn(scalars, at: index + 1, within: start..<range.upperBound)
          {
            if !hasCut {
              result.reserveCapacity(ranges.count + 4)
              result.append(contentsOf: ranges[..<position])
              hasCut = true
            }
            result.append(start..<index)
            start = index + 1
          }
          index += 1
        }
        if hasCut { result.append(start..<range.upperBound) }
      }
    }
    return hasCut ? result : ranges
  }

  /// False for an ASCII scalar that is no lowercase letter: the quick test before the word
  /// before a capital is read with Unicode's properties (`startsRunIn` needs two lowercase
  /// letters before the space, and in ASCII only `a`–`z` are lowercase letters).
  @inline(__always)
  private static func mayBeLowercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x80 || scalar.value &- 0x61 < 26
  }

  /// Whether a new sentence starts at `word`, a capitalised word inside `sentence`.
  private static func startsRunIn(
    _ scalars: [Unicode.Scalar], at word: Int, within sentence: Range<Int>
  ) -> Bool {
    // The word before: at least two lowercase letters, right before the space.
    var before = word - 1
    while before > sentence.lowerBound, scalars[before - 1].isLowercaseLetter { before -= 1 }
    guard word - 1 - before >= 2,
      before == sentence.lowerBound || scalars[before - 1].value == 0x20
    else { return false }
    let opener = word..<letters(scalars, from: word, upTo: sentence.upperBound)
    guard opener.upperBound < sentence.upperBound, scalars[opener.upperBound].value == 0x20,
      runInOpeners.contains(scalars, opener)
    else { return false }
    // The word after: lowercase, and if a capitalised word follows it directly, the words
    // are a title (`What a Girl Wants`).
    let next = opener.upperBound + 1
    guard next < sentence.upperBound, scalars[next].isLowercaseLetter else { return false }
    let nextEnd = letters(scalars, from: next, upTo: sentence.upperBound)
    guard nextEnd + 1 < sentence.upperBound, scalars[nextEnd].value == 0x20 else { return true }
    return !scalars[nextEnd + 1].isUppercaseLetter
  }

  /// The end of the letters starting at `index`, at most `limit`.
  private static func letters(_ scalars: [Unicode.Scalar], from index: Int, upTo limit: Int)
    -> Int
  {
    var end = index
    while end < limit, scalars[end].isLetter { end += 1 }
    return end
  }
}
