/// English nouns of speech whose owner is the speaker of the words they introduce: `her
/// remark that “…”`, `Lund’s claim that it was “…”`, `his call for “…”`.
extension QuoteAttributor {
  /// How many tokens may stand between the noun and the quote's opening mark.
  private var statementReach: Int { 12 }

  /// The attribution of an English quote introduced by a speech noun and its owner, in its
  /// sentence: the noun is the cue and its owner (`her`, `Lund’s`, `the senator’s`) the
  /// mention. A `that` or `for` must join the noun to the quote, with no speech verb between
  /// them (`Weber rejected her claim that Lund said …` is Lund's to report) and no verb between
  /// the noun and its `that` but a copula right before it (`her answer was that …`; in `his
  /// comments were twisted and that …` the noun is the subject of what the writer reports).
  func ownedStatement(_ span: QuoteSpan, floor: Int) -> QuoteAttribution? {
    guard language == "en" else { return nil }
    var index = span.openToken - 1
    var linked = false
    let lowest = max(floor, span.openToken - statementReach, 1)
    while index >= lowest {
      let token = tokens[index]
      if token.kind == .lineBreak || token.kind == .mark || isSentenceEnd(index) { return nil }
      if token.isWord, token.isLowercase {
        if QuoteClauses.links.contains(token.hash) {
          linked = true
        } else if linked, Self.verbs.contains(token.hash),
          index + 1 < tokens.count, !QuoteClauses.links.contains(tokens[index + 1].hash)
        {
          return nil
        }
        if Self.statementNouns.contains(token.hash) {
          guard linked, let owner = owner(ofNoun: index) else { return nil }
          return QuoteAttribution(cue: index, mention: owner, source: .owner)
        }
        if cue(at: index)?.kind == .verb { return nil }
      }
      index -= 1
    }
    return nil
  }

  /// The possessive before the noun at `noun`, one or two words before it allowed (`her
  /// March comment`): a possessive pronoun, or a name or description ending in `’s`.
  private func owner(ofNoun noun: Int) -> Range<Int>? {
    var index = noun - 1
    while index >= max(0, noun - 3), tokens[index].isWord {
      let token = tokens[index]
      if Self.possessivePronouns.contains(token.hash) { return index..<(index + 1) }
      if isPossessive(index) { return ownerStart(index)..<(index + 1) }
      index -= 1
    }
    return nil
  }

  /// The first token of the name or description that ends in the possessive at `index`:
  /// capitalised words back to a determiner (`The Florida senator’s`, `Donald Trump’s`).
  private func ownerStart(_ index: Int) -> Int {
    var first = index
    while first > max(0, index - 4), tokens[first - 1].isWord {
      let previous = tokens[first - 1]
      if lexicon.is(previous.hash, .determiner) { return first - 1 }
      guard previous.isCapitalized else { break }
      first -= 1
    }
    return first
  }

  /// A word ending in `’s` or `'s`.
  func isPossessive(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.lastScalar == 0x73, token.end - 2 > token.start, token.end - 2 < scalars.count
    else { return false }
    return QuoteMark.isApostrophe(scalars[token.end - 2].value)
  }

  private static let verbs = QuoteWordSet(
    ["was", "were", "is", "are", "has", "have", "had", "be", "been"])
  private static let possessivePronouns = QuoteWordSet(
    ["his", "her", "their", "its"])
  private static let statementNouns = QuoteWordSet(
    [
      "claim", "claims", "remark", "remarks", "comment", "comments", "assertion", "assertions",
      "statement", "statements", "warning", "warnings", "answer", "call", "calls", "prediction",
      "promise", "promises", "pledge", "vow", "argument", "contention", "insistence",
      "accusation", "accusations", "allegation", "allegations", "suggestion", "dictum",
      "phrase", "declaration", "admission", "boast", "complaint", "response", "reply", "plea",
      "demand", "threat", "tweet", "tweets", "words", "message", "charge",
    ])
}
