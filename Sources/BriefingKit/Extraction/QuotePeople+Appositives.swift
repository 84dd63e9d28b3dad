/// The role written after a name as an apposition: `Ada Lund, the mayor of Leeds, said`,
/// `said Ada Lund, senior vice-president at Acme.`, `Ada Lund, Acme’s founder and a board
/// member, said`.
extension QuotePeople {
  /// The role set after a name between a comma and the next comma, full stop, quotation mark
  /// or line end. It holds a role noun that no `and` comes before (not `Lund, Weber and the
  /// mayor`), opens with no preposition or relative word (`Lund, of Ohio`, `Lund, who runs
  /// Acme`), holds no speech verb (`Chelsea, the mayor said`) and goes on after its first role
  /// noun only with a preposition, `and` or another noun (not `Lund, the mayor flew home`).
  func appositiveRole(after end: Int) -> Range<Int>? {
    guard end + 1 < tokens.count, tokens[end].kind == .punctuation, tokens[end].scalar == 0x2C
    else { return nil }
    if isGerman { return parsedAppositiveRole(after: end) }
    var start = end + 1
    while start < tokens.count, lexicon.is(tokens[start].hash, .determiner) { start += 1 }
    guard let stop = appositionEnd(from: start), start < stop, tokens[start].isWord,
      !Self.appositionOpeners.contains(tokens[start].hash),
      let head = (start..<stop).first(where: { isAppositionNoun($0) }),
      !(start..<head).contains(where: { lexicon.is(tokens[$0].hash, .conjunction) }),
      !(start..<stop).contains(where: { isVerbCue($0) })
    else { return nil }
    let next = head + 1
    if next == stop || isAppositionNoun(next) || isAppositionJoin(next) || isIngWord(next) {
      return start..<stop
    }
    return nil
  }

  /// The token ending the apposition that starts at `start` (a comma, full stop, quotation
  /// mark, line break or other punctuation, but no title dot or `&`), within 20 tokens.
  private func appositionEnd(from start: Int) -> Int? {
    var index = start
    while index < tokens.count, index < start + 20 {
      let token = tokens[index]
      if !token.isWord && !isTitleDot(index) && token.scalar != 0x26 { return index }
      if token.isWord && Self.turns.contains(token.hash) { return index }
      index += 1
    }
    return index == tokens.count ? index : nil
  }

  private func isAppositionNoun(_ index: Int) -> Bool {
    guard index < tokens.count, tokens[index].isWord else { return false }
    let hash = tokens[index].hash
    if lexicon.isRole(tokens[index]) || Self.appositionNouns.contains(hash) { return true }
    guard let tail = hyphenTail(index) else { return false }
    return lexicon.is(tail, .roleHead) || Self.appositionNouns.contains(tail)
  }

  /// The hash of the part after a word's last hyphen (`president` in `vice-president`).
  private func hyphenTail(_ index: Int) -> UInt64? {
    let token = tokens[index]
    guard token.start >= 0, token.end <= scalars.count else { return nil }
    var cut = token.end - 1
    while cut > token.start, scalars[cut].value != 0x2D { cut -= 1 }
    guard cut > token.start, cut + 1 < token.end else { return nil }
    var hash = QuoteToken.hashSeed
    for offset in (cut + 1)..<token.end where !QuoteToken.isFolded(scalars[offset].value) {
      hash = QuoteToken.mix(hash, scalars[offset].value)
    }
    return hash
  }

  private func isAppositionJoin(_ index: Int) -> Bool {
    let token = tokens[index]
    return token.scalar == 0x26
      || token.isWord && token.isLowercase
        && (lexicon.is(token.hash, .conjunction) || Self.prepositions.contains(token.hash))
  }

  private func isVerbCue(_ index: Int) -> Bool {
    guard tokens[index].isWord, tokens[index].isLowercase,
      let cue = lexicon.cue(for: tokens[index].hash)
    else { return false }
    return cue.kind == .verb
  }

  /// The mention-parser reading kept for German, whose appositions the English rules above
  /// were not measured on.
  private func parsedAppositiveRole(after end: Int) -> Range<Int>? {
    guard lexicon.is(tokens[end + 1].hash, .determiner) || tokens[end + 1].isLowercase
    else { return nil }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard let range = parser.forward(from: end + 1, limit: min(tokens.count, end + 12)),
      range.contains(where: { lexicon.isRole(tokens[$0]) }),
      range.upperBound >= tokens.count || !tokens[range.upperBound].isWord
    else { return nil }
    var start = range.lowerBound
    while start < range.upperBound, lexicon.is(tokens[start].hash, .determiner) { start += 1 }
    return start < range.upperBound ? start..<range.upperBound : nil
  }

  /// Person nouns that the role lexicon leaves out but an apposition uses as a role.
  private static let appositionNouns = QuoteWordSet(
    [
      "writer", "member", "owner", "co-owner", "expert", "activist", "dissident", "partner",
      "consultant", "specialist", "nurse", "teacher", "engineer", "resident", "student",
    ])

  private static let prepositions = QuoteWordSet(
    ["of", "at", "for", "to", "in", "with", "on", "from"])

  /// Words that turn from the role to something else (`a consultant but, above all, …`).
  private static let turns = QuoteWordSet(["but", "yet", "although"])

  /// Words that open a place, a clause or an aside rather than a role.
  private static let appositionOpeners = QuoteWordSet(
    union: prepositions,
    QuoteWordSet([
      "who", "whose", "whom", "which", "that", "where", "when", "while", "who's", "who'd",
      "who'll", "however", "though", "too", "also", "he", "she", "they",
    ]))
}
