/// The word tests the mention parser reads with: dots inside names, pronouns, auxiliaries,
/// linking words and the runs that join names or lead into one.
extension QuoteMentionParser {
  /// A dot inside a name: after an initial or an abbreviation, before a capitalised word.
  func isInnerDot(_ index: Int) -> Bool {
    guard index > 0, index + 1 < tokens.count, tokens[index].kind == .punctuation,
      tokens[index].scalar == 0x2E, tokens[index + 1].isCapitalized
    else { return false }
    let word = tokens[index - 1]
    guard word.isWord, word.end == tokens[index].start else { return false }
    return (word.end - word.start == 1 && word.isCapitalized)
      || lexicon.is(word.hash, .abbreviation) || lexicon.is(word.hash, .honorific)
  }

  /// `the statement` names a speaker, though `statement` ends `said in a statement`.
  static let statement = QuoteToken.hash(of: "statement")
  static let the = QuoteToken.hash(of: "the")

  func isPronoun(_ index: Int) -> Bool { isPronoun(tokens[index]) }

  func isPronoun(_ token: QuoteToken) -> Bool {
    lexicon.is(token.hash, .pronoun) || lexicon.is(token.hash, .pluralPronoun)
  }

  func isSkippable(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].isWord, tokens[index].isLowercase else {
      return false
    }
    return lexicon.is(tokens[index].hash, .skippable) || tokens[index].isAdverb
  }

  func isLinking(_ index: Int) -> Bool {
    index >= 0 && index < tokens.count && lexicon.is(tokens[index].hash, .linking)
  }

  func isRole(_ token: QuoteToken) -> Bool { lexicon.isRole(token) }

  /// A linking word continues a description when a noun stands before it and a word after.
  func joinsDescription(_ index: Int, _ limit: Int) -> Bool {
    guard index > 0, index + 1 < limit, tokens[index + 1].isWord else { return false }
    let before = tokens[index - 1]
    return before.isLowercase || isRole(before)
  }

  /// True when the lower-case words from `index` run into a name within three words:
  /// `said conservative activist Bob Klaus`, `said master of ceremonies Asab Al-Tabchi`; with
  /// `throughRole`, only when one of them is a role noun (`French finance minister Herve
  /// Gaymard`, after capitalised words that alone would be no speaker).
  func leadsToName(_ index: Int, _ limit: Int, throughRole: Bool = false) -> Bool {
    var cursor = index
    var hasRole = !throughRole
    while cursor < min(limit, index + 4), tokens[cursor].isWord {
      let token = tokens[cursor]
      if token.isCapitalized { return cursor > index && hasRole }
      hasRole = hasRole || isRole(token)
      let classes = lexicon.wordClass(token.hash)
      guard token.isLowercase, !token.isAdverb, !classes.contains(.stop),
        !classes.contains(.skippable),
        !classes.contains(.determiner), !lexicon.isCue(token.hash)
      else { return false }
      cursor += 1
    }
    return false
  }

  /// `to` before a lower-case word that is no determiner and no role (`to impress`, `to
  /// replace`): an infinitive, not the `to` of `assistant to the Russian leader` or `adviser
  /// to ministers`.
  func isInfinitive(_ index: Int, before end: Int) -> Bool {
    guard index >= 0, index + 1 < end, tokens[index].hash == Self.to else { return false }
    let next = tokens[index + 1]
    return next.isWord && next.isLowercase && !isRole(next)
      && !lexicon.is(next.hash, .determiner) && !isPronoun(next)
  }

  static let to = QuoteToken.hash(of: "to")

  /// A conjunction joins names when capitalised words stand on both sides.
  func joinsNames(_ index: Int, _ limit: Int) -> Bool {
    guard index > 0, index + 1 < limit, index + 1 < tokens.count else { return false }
    return tokens[index - 1].isCapitalized && tokens[index + 1].isCapitalized
  }

  func isDangling(_ index: Int) -> Bool {
    guard index >= 0, index < tokens.count else { return false }
    let classes = lexicon.wordClass(tokens[index].hash)
    return classes.contains(.linking) || classes.contains(.conjunction)
      || classes.contains(.determiner)
  }
}
