/// Reads the words that name a speaker next to a cue: a pronoun, a name, or a description.
///
/// Works on token indices. A mention is a pronoun alone, or a run of words made of names
/// (capitalised words, initials and abbreviations with their dots: `Sen. Chuck E. Schumer`),
/// determiners, descriptive nouns and linking words inside a description (`the assistant to
/// the Russian leader`); stop words, punctuation and clause words end it. A lower-case run that
/// does not start with a determiner is kept only when it is one noun (`officials said`).
struct QuoteMentionParser {
  let tokens: [QuoteToken]
  let lexicon: QuoteLexicon
  private let maximum = 9

  init(tokens: [QuoteToken], lexicon: QuoteLexicon = .standard) {
    self.tokens = tokens
    self.lexicon = lexicon
  }

  /// The mention starting at token `start`, ending before `limit`, or nil.
  func forward(from start: Int, limit: Int) -> Range<Int>? {
    let limit = min(limit, tokens.count)
    guard start >= 0, start < limit, tokens[start].isWord else { return nil }
    if isPronoun(start) { return start..<(start + 1) }
    var end = start
    var hasDeterminer = false
    // Right after a speech verb, lower-case words that run into a name describe the speaker
    // (`said conservative activist Bob Klaus`); elsewhere they are more often a verb and its
    // object (`don't support Donald Trump`).
    let readsDescription =
      start > 0 && tokens[start].isLowercase && lexicon.isCue(tokens[start - 1].hash)
    while end < limit, end - start < maximum + 3 {
      let token = tokens[end]
      if isInnerDot(end) {
        end += 1
        continue
      }
      if end > start,
        let surname = QuoteNameParticles.mentionSurname(at: end, in: tokens, limit: limit)
      {
        end = surname + 1
        continue
      }
      guard token.isWord else { break }
      let classes = lexicon.wordClass(token.hash)
      if classes.contains(.determiner) && (end == start || isLinking(end - 1)) {
        hasDeterminer = true
      } else if classes.contains(.linking) && end > start && joinsDescription(end, limit) {
      } else if classes.contains(.conjunction) && end > start && joinsNames(end, limit) {
      } else if hasDeterminer && end == start + 1 && token.hash == Self.statement {
      } else if classes.contains(.stop) && !isInnerDot(end + 1)
        || lexicon.isCue(token.hash)
      {
        break
      } else if token.isLowercase
        && !(hasDeterminer || end == start || isRole(token)
          || readsDescription && leadsToName(end, limit)
          || tokens[start].isCapitalized && leadsToName(end, limit, throughRole: true))
      {
        break
      } else if token.isLowercase && classes.contains(.skippable) {
        break
      }
      end += 1
    }
    while end > start, isDangling(end - 1) || !tokens[end - 1].isWord { end -= 1 }
    return end > start ? checked(start..<end) : nil
  }

  /// The mention ending at token `last` (inclusive), starting no earlier than `floor`, or nil.
  ///
  /// Skips auxiliaries, adverbs and a parenthesis right before the verb (`Okafor also said`,
  /// `Schumer (D-N.Y.) said`).
  func backward(from last: Int, floor: Int) -> Range<Int>? {
    let floor = max(floor, 0)
    let end = skipBack(from: min(last, tokens.count - 1), floor: floor)
    guard end >= floor, end >= 0, tokens[end].isWord else { return nil }
    if isPronoun(end) { return end..<(end + 1) }
    var start = end + 1
    while start - 1 >= floor, end + 1 - start < maximum + 3 {
      let candidate = start - 1
      if isInnerDot(candidate) {
        start -= 1
        continue
      }
      // `an opportunity to impress Lions coach`: `to` and its verb end the description.
      if isInfinitive(candidate, before: end) {
        start += 1
        break
      }
      guard accepts(candidate, end: end) else { break }
      start -= 1
      if lexicon.is(tokens[start].hash, .determiner) && !(start > floor && isLinking(start - 1))
        && !isCapitalisedInName(start, end: end)
      {
        break
      }
    }
    while start <= end,
      !tokens[start].isWord
        || (isDangling(start) && !lexicon.is(tokens[start].hash, .determiner))
    {
      start += 1
    }
    return start <= end ? checked(start..<(end + 1)) : nil
  }

  /// True for a capitalised determiner inside a sentence that starts a name (`Des` in
  /// `immigration minister Des Browne said`): the description before it belongs to the
  /// mention.
  private func isCapitalisedInName(_ index: Int, end: Int) -> Bool {
    guard index > 0, index < end, tokens[index].isCapitalized, tokens[index - 1].isWord else {
      return false
    }
    return tokens[index + 1].isCapitalized
  }

  /// Steps back over auxiliaries, adverbs (`-ly`) and one parenthesis before a verb.
  private func skipBack(from index: Int, floor: Int) -> Int {
    var end = index
    var skipped = 0
    while end >= floor, end >= 0, skipped < 4 {
      if tokens[end].kind == .punctuation, tokens[end].scalar == 0x2C, skipped == 0,
        let comma = appositiveStart(before: end, floor: floor)
      {
        if isNameAfterDescription(comma, end, floor: floor) { return end - 1 }
        end = comma - 1
      } else if tokens[end].kind == .punctuation, tokens[end].scalar == 0x29 {
        var open = end - 1
        while open >= max(floor, end - 10), tokens[open].scalar != 0x28 { open -= 1 }
        guard open >= max(floor, end - 10), open >= 0 else { return end }
        end = open - 1
      } else if isSkippable(end) {
        end -= 1
      } else {
        break
      }
      skipped += 1
    }
    return end
  }

  /// The comma opening an appositive that ends at the comma `index` (`Hong, 33, said`).
  private func appositiveStart(before index: Int, floor: Int) -> Int? {
    var cursor = index - 1
    while cursor > max(floor, index - 14) {
      let token = tokens[cursor]
      if token.kind == .mark || token.kind == .lineBreak { return nil }
      if token.scalar == 0x2E && tokens[cursor + 1].scalar != 0x2C {
        return nil
      }
      if token.kind == .punctuation && token.scalar == 0x2C {
        guard cursor - 1 >= floor else { return nil }
        if isAge(cursor - 1), cursor - 2 > floor, tokens[cursor - 2].scalar == 0x2C {
          cursor -= 2
          continue
        }
        let before = tokens[cursor - 1]
        return before.isWord || before.scalar == 0x29 ? cursor : nil
      }
      cursor -= 1
    }
    return nil
  }

  /// True when the words between the commas at `open` and `close` are a name and a
  /// description stands before them: `the presumptive nominee, Donald Trump, tweeted`, `The
  /// Shadow Secretary of State, Theresa May, said` name their speaker between the commas.
  private func isNameAfterDescription(_ open: Int, _ close: Int, floor: Int) -> Bool {
    guard open >= 1, open + 1 < close,
      (open + 1..<close).allSatisfy({ tokens[$0].isCapitalized || isInnerDot($0) })
    else { return false }
    return tokens[open - 1].isLowercase || opensRoleDescription(before: open, floor: floor)
  }

  /// True when the words before `open` run back to a `the` that opens the clause and hold a
  /// role noun: `The Shadow Secretary of State for the Family` (English capitalises titles).
  private func opensRoleDescription(before open: Int, floor: Int) -> Bool {
    var cursor = open - 1
    var hasRole = false
    while cursor >= max(floor, open - 10, 0), tokens[cursor].isWord {
      hasRole = hasRole || isRole(tokens[cursor])
      cursor -= 1
    }
    let first = cursor + 1
    guard first < open, hasRole, cursor < 0 || !tokens[cursor].isWord else { return false }
    return tokens[first].hash == Self.the
  }

  /// An age set off by commas (`Lena Ortiz, 52, a nurse …`): a number of one to three digits.
  private func isAge(_ index: Int) -> Bool {
    let token = tokens[index]
    return token.isWord && !token.isCapitalized && !token.isLowercase
      && token.end - token.start <= 3
  }

  /// Drops lower-case runs that are not descriptions: `is likely to be`, `carrying signs`;
  /// keeps a lower-case role before a name (`board chair Ellen Voss`).
  private func checked(_ range: Range<Int>) -> Range<Int>? {
    let first = tokens[range.lowerBound]
    if first.isCapitalized || lexicon.is(first.hash, .determiner) { return range }
    if range.count == 1 { return isPersonNoun(first) ? range : nil }
    var start = range.upperBound
    while start > range.lowerBound, tokens[start - 1].isCapitalized || isInnerDot(start - 1) {
      start -= 1
    }
    guard start < range.upperBound else { return nil }
    if start > range.lowerBound, isRole(tokens[start - 1]) {
      return range
    }
    return start..<range.upperBound
  }

  /// A lone lower-case word names a speaker only as a role or a plural (`officials`).
  private func isPersonNoun(_ token: QuoteToken) -> Bool {
    if isRole(token) || isPronoun(token) { return true }
    // Other kinds end in no letter: their last scalar reads as 0.
    return token.end - token.start >= 4 && token.lastScalar == 0x73 && !token.isAdverb
  }

  private func accepts(_ index: Int, end: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].isWord else { return false }
    let token = tokens[index]
    let classes = lexicon.wordClass(token.hash)
    if classes.contains(.determiner) { return true }
    if token.hash == Self.statement, index == end, index > 0, tokens[index - 1].hash == Self.the {
      return true
    }
    if classes.contains(.linking) { return index < end && index > 0 && tokens[index - 1].isWord }
    if classes.contains(.conjunction) { return joinsNames(index, end + 1) }
    if classes.contains(.stop) && !isInnerDot(index + 1) || classes.contains(.pronoun) {
      return false
    }
    if token.isLowercase && classes.contains(.skippable) { return false }
    return !lexicon.isCue(token.hash)
  }
}
