/// English speech verbs in the passive: the subject of `was told`, `have been criticised` is
/// who was spoken to or about, not the speaker. A speaker named after `by` (`was described by
/// union leader Tom Brack as “…”`) is the agent and speaks.
extension QuoteAttributor {
  /// True for the English speech verb at `index` in the passive: a past form (not `-ing`) after
  /// a form of `be` or `get`, adverbs between allowed (`was widely criticised`).
  func isPassive(_ index: Int) -> Bool {
    guard language == "en", index > 0, index + 1 < tokens.count, !isParticiple(index),
      !reportsSpeaker(index)
    else { return false }
    var cursor = index - 1
    while cursor >= max(0, index - 3), tokens[cursor].isWord, tokens[cursor].isLowercase {
      if Self.passiveAuxiliaries.contains(tokens[cursor].hash) { return true }
      guard tokens[cursor].isAdverb || Self.passiveAdverbs.contains(tokens[cursor].hash) else {
        return false
      }
      cursor -= 1
    }
    return false
  }

  /// `is said to have told`, `was reported to have suggested`, `was reported as saying`: the
  /// subject is reported to speak, and speaks.
  private func reportsSpeaker(_ index: Int) -> Bool {
    guard Self.reportingVerbs.contains(tokens[index].hash) else { return false }
    let next = tokens[index + 1].hash
    return next == Self.to || next == Self.as && index + 2 < tokens.count && isParticiple(index + 2)
  }

  /// The speaker of the passive cue at `index` when `by` follows it: `described by union leader
  /// Tom Brack`, not reaching `limit`.
  func passiveAgent(at index: Int, limit: Int) -> Range<Int>? {
    guard hasAgent(index), index + 2 < limit else { return nil }
    return QuoteMentionParser(tokens: tokens, lexicon: lexicon).forward(
      from: index + 2, limit: limit)
  }

  /// `was called “strategic ambiguity” by Joshua Hendrick`: a passive cue before the quote
  /// whose agent follows its closing mark.
  func agentAfter(_ span: QuoteSpan, cue index: Int) -> QuoteAttribution? {
    guard span.isClosed, isPassiveCue(index), !hasAgent(index), hasAgent(span.closeToken)
    else { return nil }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard let mention = parser.forward(from: span.closeToken + 2, limit: tokens.count) else {
      return nil
    }
    return QuoteAttribution(cue: index, mention: mention, source: .before)
  }

  /// True when `by` and a word follow the cue at `index`.
  func hasAgent(_ index: Int) -> Bool {
    index + 2 < tokens.count && tokens[index + 1].hash == Self.by && tokens[index + 2].isWord
  }

  /// True when the first speech verb after the subject `mention`, before `limit`, is in the
  /// passive (`Wheelchair user Kevin Moss was asked: “…”`): that subject was spoken to.
  ///
  /// A relative clause between them is stepped over (`Buhecha, who made £26,000 a month, was
  /// called “…”`; the comma in a number does not close it).
  func isPassiveSubject(_ mention: Range<Int>, limit: Int) -> Bool {
    let end = min(limit, tokens.count)
    var cursor = mention.upperBound
    while cursor < end {
      if tokens[cursor].isWord {
        if isPassiveCue(cursor) { return true }
        if lexicon.cue(for: tokens[cursor].hash)?.kind == .verb { return false }
      } else if tokens[cursor].scalar == 0x2C, tokens[cursor].kind == .punctuation,
        cursor + 1 < end, Self.relatives.contains(tokens[cursor + 1].hash),
        let close = (cursor + 1..<end - 1).first(where: {
          tokens[$0].kind == .punctuation && tokens[$0].scalar == 0x2C
            && tokens[$0 + 1].start > tokens[$0].end
        })
      {
        cursor = close
      } else {
        return false
      }
      cursor += 1
    }
    return false
  }

  /// True for a speech verb in the passive at `index`.
  func isPassiveCue(_ index: Int) -> Bool {
    tokens[index].isWord && lexicon.cue(for: tokens[index].hash)?.kind == .verb
      && isPassive(index)
  }

  private static let by = QuoteToken.hash(of: "by")
  private static let relatives = QuoteWordSet(["who", "which"])
  private static let to = QuoteToken.hash(of: "to")
  private static let `as` = QuoteToken.hash(of: "as")
  private static let reportingVerbs = QuoteWordSet(["said", "reported", "claimed"])

  private static let passiveAuxiliaries = QuoteWordSet(
    ["be", "been", "being", "is", "are", "was", "were", "am", "get", "gets", "got", "gotten"])

  /// Words that may stand between the auxiliary and the verb besides `-ly` adverbs.
  private static let passiveAdverbs = QuoteWordSet(
    [
      "also", "not", "never", "often", "once", "later", "then", "now", "even", "already", "again",
      "just", "since", "recently", "previously",
    ])
}
