/// Reads the words that name a speaker next to a cue: a pronoun, a name, or a description.
///
/// Works on token indices. A mention is a pronoun alone, or a run of words made of names
/// (capitalised words), determiners, descriptive nouns and linking words inside a description
/// (`the assistant to the Russian leader`); stop words, punctuation and clause words end it.
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
    let first = tokens[start]
    if lexicon.is(first.hash, .pronoun) || lexicon.is(first.hash, .pluralPronoun) {
      return start..<(start + 1)
    }
    var end = start
    var hasDeterminer = false
    while end < limit, end - start < maximum, tokens[end].isWord {
      let token = tokens[end]
      let classes = lexicon.wordClass(token.hash)
      if classes.contains(.determiner) && (end == start || isLinking(end - 1)) {
        hasDeterminer = true
      } else if classes.contains(.linking) && end > start && joinsDescription(end, limit) {
      } else if classes.contains(.conjunction) && end > start && joinsNames(end, limit) {
      } else if classes.contains(.stop) || lexicon.cue(for: token.hash) != nil {
        break
      } else if token.isLowercase && !(hasDeterminer || end == start || isRole(token)) {
        break
      }
      end += 1
    }
    while end > start, isDangling(end - 1) { end -= 1 }
    return end > start ? start..<end : nil
  }

  /// The mention ending at token `last` (inclusive), starting no earlier than `floor`, or nil.
  ///
  /// Skips auxiliaries and adverbs right before the verb (`Okafor also said`).
  func backward(from last: Int, floor: Int) -> Range<Int>? {
    let floor = max(floor, 0)
    var end = min(last, tokens.count - 1)
    var skipped = 0
    while end >= floor, end >= 0, skipped < 3, isSkippable(end) {
      end -= 1
      skipped += 1
    }
    guard end >= floor, end >= 0, tokens[end].isWord else { return nil }
    if lexicon.is(tokens[end].hash, .pronoun) || lexicon.is(tokens[end].hash, .pluralPronoun) {
      return end..<(end + 1)
    }
    var start = end + 1
    while start - 1 >= floor, end + 1 - start < maximum, accepts(start - 1, end: end) {
      start -= 1
      if lexicon.is(tokens[start].hash, .determiner) && !(start > floor && isLinking(start - 1)) {
        break
      }
    }
    while start <= end, isDangling(start) && !lexicon.is(tokens[start].hash, .determiner) {
      start += 1
    }
    return start <= end ? start..<(end + 1) : nil
  }

  private func accepts(_ index: Int, end: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].isWord else { return false }
    let token = tokens[index]
    let classes = lexicon.wordClass(token.hash)
    if classes.contains(.determiner) { return true }
    if classes.contains(.linking) { return index < end && index > 0 && tokens[index - 1].isWord }
    if classes.contains(.conjunction) { return joinsNames(index, end + 1) }
    if classes.contains(.stop) || classes.contains(.pronoun) { return false }
    if lexicon.cue(for: token.hash) != nil { return false }
    return true
  }

  private func isSkippable(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].isWord, tokens[index].isLowercase else {
      return false
    }
    return lexicon.is(tokens[index].hash, .skippable)
  }

  private func isLinking(_ index: Int) -> Bool {
    index >= 0 && index < tokens.count && lexicon.is(tokens[index].hash, .linking)
  }

  private func isRole(_ token: QuoteToken) -> Bool { lexicon.is(token.hash, .roleHead) }

  /// A linking word continues a description when a noun stands before it and a word after.
  private func joinsDescription(_ index: Int, _ limit: Int) -> Bool {
    guard index > 0, index + 1 < limit, tokens[index + 1].isWord else { return false }
    let before = tokens[index - 1]
    return before.isLowercase || isRole(before)
  }

  /// A conjunction joins names when capitalised words stand on both sides.
  private func joinsNames(_ index: Int, _ limit: Int) -> Bool {
    guard index > 0, index + 1 < limit, index + 1 < tokens.count else { return false }
    return tokens[index - 1].isCapitalized && tokens[index + 1].isCapitalized
  }

  private func isDangling(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count else { return false }
    let classes = lexicon.wordClass(tokens[index].hash)
    return classes.contains(.linking) || classes.contains(.conjunction)
      || classes.contains(.determiner)
  }
}
