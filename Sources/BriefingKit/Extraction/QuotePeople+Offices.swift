/// Offices joined by `of` before a name (English only): `Secretary of State John F. Kerry`,
/// `Director of Public Prosecutions Keir Starmer`, `Governor of the Bank of England Mark
/// Carney`. The whole office is the role and the name is the person's.
extension QuotePeople {
  /// Where the name starts after a role noun at `role` followed by `of` (and `the`) and the
  /// office's capitalised words: at a given name after at least one office word, else at the
  /// last two words (initials between them count with the name). Nil in German, when `of`
  /// does not follow, or when no office word would be left.
  func officeNameStart(after role: Int, in run: Range<Int>) -> Int? {
    guard !isGerman, role >= 0, role + 2 < run.upperBound, run.upperBound <= tokens.count,
      tokens[role + 1].hash == Self.ofWord
    else { return nil }
    var office = role + 2
    if tokens[office].hash == Self.theWord, office + 1 < run.upperBound { office += 1 }
    let end = run.upperBound
    guard office + 1 < end else { return nil }
    for index in (office + 1)..<(end - 1)
    where tokens[index].isCapitalized && !tokens[index].isAllCaps
      && tokens[index + 1].isCapitalized && QuoteGenders.isGivenName(tokens[index].hash)
    {
      return index
    }
    var start = end - 2
    while start - 1 > office, isInitialDot(start) { start -= 2 }
    guard start > office, tokens[start].isWord, tokens[start].isCapitalized, end - 1 > start
    else { return nil }
    return start
  }

  /// Where an office joined by `of` starts before the capitalised words at `start` of a
  /// mention: `Secretary` for `State John F. Kerry` in `Secretary of State John F. Kerry`,
  /// across `of the` and a chain of `of`s (`Governor of the Bank of England`). `start` when the
  /// words before are no role noun alone (`Rep. Tom Cole of Oklahoma` names the person).
  func officeStart(before start: Int, floor: Int) -> Int {
    guard !isGerman, floor >= 0, start <= tokens.count else { return start }
    var segment = start
    for _ in 0..<3 {
      var of = segment - 1
      if of > floor, tokens[of].hash == Self.theWord { of -= 1 }
      guard of - 1 >= floor, tokens[of].hash == Self.ofWord, tokens[of - 1].isCapitalized
      else { return start }
      segment = of - 1
      while segment > floor, tokens[segment - 1].isCapitalized || isInitialDot(segment - 1) {
        segment -= 1
      }
      if lexicon.isRole(tokens[of - 1]), split(segment..<of) == nil { return segment }
    }
    return start
  }

  /// The index after `of the` and a capitalised word that continue a run ending in a role
  /// noun (`Governor of the Bank`), or nil. English only.
  func officeLinkEnd(at index: Int) -> Int? {
    guard !isGerman, index > 0, index + 2 < tokens.count, tokens[index].hash == Self.ofWord,
      tokens[index + 1].hash == Self.theWord, tokens[index + 2].isCapitalized,
      !tokens[index + 2].isAllCaps, tokens[index - 1].isCapitalized,
      lexicon.isRole(tokens[index - 1]), tokens[index + 1].start <= tokens[index].end + 1,
      tokens[index + 2].start <= tokens[index + 1].end + 1
    else { return nil }
    return index + 3
  }

  private static let ofWord = QuoteToken.hash(of: "of")
  private static let theWord = QuoteToken.hash(of: "the")
}
