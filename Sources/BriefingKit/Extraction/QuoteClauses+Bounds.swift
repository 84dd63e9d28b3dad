/// Where a reported clause starts and ends, by token scans bounded by ``QuoteClauses/reach``.
extension QuoteClauses {
  /// The first token of the clause after the cue at `cue`: past the cue's second word
  /// (`according to`), a mention read after it (`according to Okafor,`), punctuation and a
  /// `that` after the cue's object or a time (`told reporters that`, `said Friday that`). A
  /// cue after `what` and its subject names the words itself: `what he called a “con”`.
  func start(afterCue cue: Int, _ mention: Range<Int>?, before open: Int) -> Int {
    if let mention, mention.upperBound == cue, mention.lowerBound >= 1,
      tokens[mention.lowerBound - 1].hash == Self.what
    {
      return mention.lowerBound - 1
    }
    var first = cue + 1
    if let next = lexicon.cue(for: tokens[cue].hash)?.next, first < open,
      tokens[first].hash == next
    {
      first += 1
    }
    if let mention, mention.lowerBound >= first, mention.upperBound <= open {
      first = mention.upperBound
    }
    while first < open, tokens[first].kind == .punctuation { first += 1 }
    let objectFollows = lexicon.cue(for: tokens[cue].hash)?.objectFollows ?? false
    var index = first
    while index < open, index < first + (objectFollows ? 10 : 5) {
      let token = tokens[index]
      index += 1
      if !token.isWord {
        // `told reporters, “…”`: a short object ends at a comma; `told BBC Radio 4's Today
        // programme that`: an apostrophe inside the object.
        guard objectFollows else { break }
        if (token.scalar == 0x2C || token.scalar == 0x3A) && index - first <= 4 { return index }
        guard QuoteMark.isApostrophe(token.scalar) else { break }
        continue
      }
      if token.hash == Self.that { return index }
      guard objectFollows || token.isCapitalized || Self.times.contains(token.hash) else { break }
    }
    return afterAudience(of: cue, from: first, before: open)
  }

  /// The first speech verb of the clause whose cue at `cue` is nearer the quote, when no
  /// punctuation stands between them: in `Clinton says Trump's tweets accusing Machado are
  /// “lies”` the clause reported is the one after `says`, not after `accusing`.
  func earlierCue(before cue: Int) -> Int? {
    var found: Int?
    var index = cue - 1
    while index >= max(0, cue - reach) {
      let token = tokens[index]
      if token.kind == .lineBreak || token.kind == .mark || token.kind == .punctuation {
        return found
      }
      if isOtherCue(index, own: cue), lexicon.cue(for: token.hash)?.kind == .verb {
        found = index
      }
      index -= 1
    }
    return found
  }

  /// True when the telling verb at `cue` has its speaker `mention`, a name, right before it
  /// and after the earlier speech verb at `earlier`: in `Lund said that Weber told him it was
  /// “a mistake”` the quoted words are Weber's, and his clause is the one after `told him`. A
  /// pronoun there (`Lund said she told them …`) is the earlier speaker speaking of herself.
  func reportsNested(_ mention: Range<Int>?, cue: Int, after earlier: Int) -> Bool {
    guard let mention, mention.lowerBound > earlier, mention.upperBound == cue,
      cue < tokens.count, isTelling(cue), tokens[mention.lowerBound].isCapitalized
    else { return false }
    let first = tokens[mention.lowerBound].hash
    return !(mention.count == 1 && lexicon.is(first, .pronoun))
  }

  /// The first token after the `that` or `for` nearest the quote that joins the noun of speech
  /// at `cue` to it (`her claim during the debate that [it was “…”]`), punctuation after it
  /// skipped; the token after the noun when there is none.
  func afterLink(of cue: Int, before open: Int) -> Int {
    var index = open - 1
    while index > cue, !(tokens[index].isLowercase && Self.links.contains(tokens[index].hash)) {
      index -= 1
    }
    var first = index + 1
    while first < open, tokens[first].kind == .punctuation { first += 1 }
    return first
  }

  /// The speech verb before `piece` in its sentence when the words after the quote run on
  /// without punctuation to the mention or cue at `stop`: in `Sims said he was “on the fence”
  /// until Lund said so` the clause reported is the one after the first `said`.
  func leadingCue(_ piece: Piece, runningOnTo stop: Int) -> Int? {
    guard piece.close + 1 < stop, stop <= tokens.count else { return nil }
    for token in tokens[(piece.close + 1)..<stop]
    where !token.isWord || Self.conjunctions.contains(token.hash) {
      return nil
    }
    var index = piece.open - 1
    while index >= max(0, piece.open - reach) {
      if tokens[index].kind == .lineBreak || lexicon.isSentenceEnd(index, in: tokens) {
        return nil
      }
      if isOtherCue(index, own: -1), lexicon.cue(for: tokens[index].hash)?.kind == .verb {
        return index
      }
      index -= 1
    }
    return nil
  }

  /// The scalar end of the clause that runs on after quote `index`: through later fragments
  /// of the same cue, up to the sentence's end, or to the last comma or conjunction before a
  /// clause with a cue of its own or another quote. Trailing punctuation is left out.
  func endAfter(_ index: Int, cue: Int, _ quotes: [Quote], _ pieces: [Piece]) -> Int {
    var end = closeEnd(pieces[index], quotes[index])
    var boundary: Int?
    var token = after(pieces[index])
    var next = index + 1
    if endsSentence(quotes[index], before: token) { return end }
    let limit = min(tokens.count, token + reach)
    while token < limit {
      if next < pieces.count, token >= pieces[next].open {
        guard pieces[next].attribution?.cue == cue, quotes[next].isPartial else {
          return boundary ?? end
        }
        end = closeEnd(pieces[next], quotes[next])
        token = after(pieces[next])
        boundary = nil
        if endsSentence(quotes[next], before: token) { return end }
        next += 1
        continue
      }
      switch tokens[token].kind {
      case .lineBreak: return end
      case .punctuation:
        if lexicon.isSentenceEnd(token, in: tokens) { return end }
        if isBoundary(tokens[token].scalar) { boundary = end }
      case .mark: end = tokens[token].end
      case .word:
        if Self.conjunctions.contains(tokens[token].hash) {
          boundary = end
        } else if let boundary, isOtherCue(token, own: cue) {
          return boundary
        } else {
          end = tokens[token].end
        }
      }
      token += 1
    }
    return end
  }

  /// The first token of the clause that leads up to quote `index`, whose cue follows it: back
  /// through earlier fragments of the same cue to the sentence's start, or to the comma or
  /// conjunction after an earlier clause with a cue of its own (or right after its cue, as
  /// after a cue of this quote's own), or after another quote.
  func startBefore(_ index: Int, cue: Int, _ pieces: [Piece]) -> Int {
    var first = pieces[index].open
    var boundary: Int?
    var token = first - 1
    var previous = index - 1
    let floor = max(0, first - reach)
    while token >= floor {
      if previous >= 0, token <= pieces[previous].close {
        guard pieces[previous].attribution?.cue == cue else { return boundary ?? first }
        first = pieces[previous].open
        token = first - 1
        boundary = nil
        previous -= 1
        continue
      }
      switch tokens[token].kind {
      case .lineBreak: return first
      case .punctuation:
        if lexicon.isSentenceEnd(token, in: tokens) { return first }
        if isBoundary(tokens[token].scalar) { boundary = first }
      case .mark: first = token
      case .word:
        if Self.conjunctions.contains(tokens[token].hash) {
          boundary = first
        } else if isOtherCue(token, own: cue) {
          return boundary ?? start(afterCue: token, nil, before: first)
        } else {
          first = token
        }
      }
      token -= 1
    }
    return first
  }

  /// The scalar end of a clause whose cue at `cue` follows it: before the cue or the mention
  /// that stands between the quote and the cue (`“…,” Trump said`), punctuation and a
  /// trailing conjunction left out.
  func endBefore(cue: Int, _ mention: Range<Int>?, after close: Int) -> Int {
    var stop = cue
    if let mention, mention.lowerBound > close, mention.lowerBound < stop {
      stop = mention.lowerBound
    }
    var last = stop - 1
    while last > close,
      tokens[last].kind == .punctuation || Self.conjunctions.contains(tokens[last].hash)
    {
      last -= 1
    }
    return tokens[max(last, close)].end
  }

  /// Where a quote's words end, closing mark included when it has one.
  /// The first token after a piece: past its closing mark, or the token it was cut before
  /// when it has none (a paragraph's end, a sentence after a quote that never closed).
  private func after(_ piece: Piece) -> Int {
    piece.close < tokens.count && tokens[piece.close].kind == .mark ? piece.close + 1 : piece.close
  }

  private func closeEnd(_ piece: Piece, _ quote: Quote) -> Int {
    piece.close < tokens.count && tokens[piece.close].kind == .mark
      ? tokens[piece.close].end : quote.end
  }

  /// True for a speech cue at `index` other than `own`, as a verb in use or `according to`.
  private func isOtherCue(_ index: Int, own: Int) -> Bool {
    guard index != own, tokens[index].isLowercase, let cue = lexicon.cue(for: tokens[index].hash),
      cue.language == nil || cue.language == language
    else { return false }
    switch cue.kind {
    case .verb:
      guard index > 0 else { return true }
      let previous = tokens[index - 1]
      if cue.isWeak {
        // `Clinton called it`, `she called it`; not `the procedure sometimes called`.
        return previous.isCapitalized || lexicon.is(previous.hash, .pronoun)
      }
      return !lexicon.is(previous.hash, .determiner)
    case .preposition:
      guard let next = cue.next else { return true }
      return index + 1 < tokens.count && tokens[index + 1].hash == next
    case .postposition, .possessiveNoun:
      return false
    }
  }

  /// Commas, semicolons, colons and dashes part the clauses of a sentence.
  private func isBoundary(_ scalar: UInt32) -> Bool {
    scalar == 0x2C || scalar == 0x3B || scalar == 0x3A || QuoteScalar.isDash(scalar)
  }

  private static let that = QuoteToken.hash(of: "that")
  /// Words that join a speech noun or verb to what was said: `that`, `for`.
  static let links = QuoteWordSet(["that", "for"])
  private static let what = QuoteToken.hash(of: "what")
  /// Words of a time between a cue and its `that`: `said on Friday that`.
  private static let times = QuoteWordSet(
    [
      "on", "in", "at", "last", "this", "early", "late", "earlier", "later", "week", "month",
      "year", "night", "morning", "afternoon", "evening", "yesterday", "today", "tonight", "also",
      "again", "previously", "recently", "repeatedly", "publicly", "privately",
    ])
  /// Conjunctions that open a second clause: `and`, `but`, `while` ….
  static let conjunctions = QuoteWordSet(
    ["and", "but", "while", "whereas", "although", "though", "yet"])
}
