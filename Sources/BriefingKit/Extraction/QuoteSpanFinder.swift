/// Pairs quotation marks into outermost ``QuoteSpan``s, repairing damaged punctuation.
///
/// Marks of one family pair whatever their glyphs; inner quotes of another family nest and are
/// not reported. A closing mark misplaced after the comma (`…prepared, “Ushakov noted`) closes;
/// a quote still open at a paragraph's end is cut there and, when the next paragraph opens
/// again, the next piece is marked as its continuation.
struct QuoteSpanFinder {
  private struct Open {
    var token: Int
    var family: QuoteMark.Family
    /// True when the mark opened while a quote of its family was still open in its paragraph:
    /// the writer's next paragraph of the same speaker, its line break lost (`…cut rates.
    /// "Dismal reports …`), so the piece continues the one before.
    var reopens = false
  }

  let scalars: [Unicode.Scalar]
  let tokens: [QuoteToken]
  /// The article's ISO 639-1 code; German reads a word-initial `’` as an elision.
  var language = ""

  /// The outermost quotes in reading order; `landmarks` are those of ``tokens``.
  func spans(landmarks: QuoteLandmarks) -> [QuoteSpan] {
    var spans: [QuoteSpan] = []
    var stack: [Open] = []
    var continuing = false
    for index in landmarks.indices where index < tokens.count {
      let token = tokens[index]
      if token.kind == .lineBreak {
        closeParagraph(&stack, at: index, into: &spans, continuing: &continuing)
        continue
      }
      guard token.kind == .mark, let mark = QuoteMark(token.scalar) else { continue }
      let role = markRole(mark, at: index)
      guard role != .none, !isGermanElision(index) else { continue }
      guard let depth = stack.lastIndex(where: { $0.family == mark.family }) else {
        if role == .close { continue }
        stack.append(Open(token: index, family: mark.family))
        continue
      }
      if role == .open && (mark.isLowNine || !isMisplacedCloser(index)) {
        if depth == 0 && mark.isLowNine {
          stack.append(Open(token: index, family: mark.family))
        } else if depth == 0 {
          emit(stack[0], until: index, closed: false, into: &spans, continuing: &continuing)
          stack = [Open(token: index, family: mark.family, reopens: followsSentenceEnd(index))]
        } else if depth == stack.count - 1 || mark.isLowNine {
          stack.append(Open(token: index, family: mark.family))
        }
        continue
      }
      if depth == 0 {
        emit(stack[0], until: index, closed: true, into: &spans, continuing: &continuing)
      }
      stack.removeSubrange(depth...)
    }
    closeParagraph(&stack, at: tokens.count, into: &spans, continuing: &continuing)
    return spans
  }

  /// Ends the paragraph at token `index`; `continuing` tells whether the next one continues it.
  private func closeParagraph(
    _ stack: inout [Open], at index: Int, into spans: inout [QuoteSpan], continuing: inout Bool
  ) {
    defer { stack.removeAll() }
    guard let outer = stack.first else {
      continuing = false
      return
    }
    let continues = opensSameFamily(after: index, outer.family)
    if continues || outer.family != .single {
      let end = continues ? index : runawayEnd(from: outer.token, to: index) ?? index
      emit(outer, until: end, closed: false, into: &spans, continuing: &continuing)
    }
    continuing = continues
  }

  /// How many sentences an unclosed quote may run to its paragraph's end: a speaker's few
  /// sentences whose closing mark was lost. Past that it is a mark never closed
  /// (`weil "sie sich … verlieben` in a one-line article, a tweet whose mark was cut) and the
  /// writer's own sentences would be read as the quote.
  static let runawaySentences = 4

  /// For a quote opened at token `open` and still open at token `end` (a paragraph's end that
  /// no mark continues): the token after its first sentence when it runs on for
  /// ``runawaySentences`` sentences or more, else nil (it runs to the paragraph's end).
  private func runawayEnd(from open: Int, to end: Int) -> Int? {
    let lexicon = QuoteLexicon.standard
    var first: Int?
    var sentences = 0
    // A sentence ends in the quote's words, not at its opening mark.
    var index = open + 2
    while index + 1 < end {
      defer { index += 1 }
      guard lexicon.isSentenceEnd(index, in: tokens), tokens[index + 1].isCapitalized else {
        continue
      }
      if first == nil { first = index + 1 }
      sentences += 1
      if sentences >= Self.runawaySentences { return first }
    }
    return nil
  }

  /// True when the line after token `index` starts with an opening mark of `family`.
  private func opensSameFamily(after index: Int, _ family: QuoteMark.Family) -> Bool {
    let next = index + 1
    guard next < tokens.count, tokens[next].kind == .mark,
      let mark = QuoteMark(tokens[next].scalar), mark.family == family
    else { return false }
    let role = markRole(mark, at: next)
    return role == .open || role == .either
  }

  /// The role of `mark`, the token at `index`, read from the text around it.
  private func markRole(_ mark: QuoteMark, at index: Int) -> QuoteMark.Role {
    let token = tokens[index]
    return mark.role(at: token.start, length: token.end - token.start, in: scalars)
  }

  private func emit(
    _ open: Open, until close: Int, closed: Bool, into spans: inout [QuoteSpan],
    continuing: inout Bool
  ) {
    guard open.token < tokens.count else { return }
    let start = tokens[open.token].end
    let end = close < tokens.count ? tokens[close].start : scalars.count
    var span = QuoteSpan(
      openToken: open.token, closeToken: close, start: start, end: end, family: open.family,
      isClosed: closed)
    span.continuesPrevious = open.reopens || continuing && isAtLineStart(open.token)
    continuing = false
    trim(&span)
    if span.start < span.end { spans.append(span) }
  }

  /// `die ’Ndrangheta`, `’s Wetter`: in German a `’` at a word's start before a letter
  /// leaves letters out and opens no quote (German opens single quotes with `‚` or `‘`).
  private func isGermanElision(_ index: Int) -> Bool {
    let token = tokens[index]
    guard language == "de", token.scalar == 0x2019, token.end < scalars.count else {
      return false
    }
    let previous = token.start > 0 ? scalars[token.start - 1].value : 0x20
    guard QuoteScalar.isSpace(previous) || previous == 0x28 else { return false }
    return scalars[token.end].properties.isAlphabetic
  }

  private func isAtLineStart(_ token: Int) -> Bool {
    token == 0 || (token - 1 < tokens.count && tokens[token - 1].kind == .lineBreak)
  }

  private func trim(_ span: inout QuoteSpan) {
    let limit = min(span.end, scalars.count)
    while span.start < limit, QuoteScalar.isSpace(scalars[span.start].value) { span.start += 1 }
    span.end = limit
    while span.end > span.start,
      QuoteScalar.isSpace(scalars[span.end - 1].value) || scalars[span.end - 1].value == 0x2C
    {
      span.end -= 1
    }
  }

  /// Turns single marks that open or close no span into punctuation: `Sanders’ campaign`,
  /// `the players' union`. Attribution stops at quotation marks, and such an apostrophe
  /// would cut `“…,” Jeff Weaver, Sanders’ campaign manager, said` before its cue.
  /// `landmarks` are those of `tokens`, whose marks they hold.
  static func demoteStrayApostrophes(
    _ tokens: inout [QuoteToken], spans: [QuoteSpan], landmarks: QuoteLandmarks
  ) {
    var next = 0
    for index in landmarks.indices where index < tokens.count && tokens[index].kind == .mark {
      while next < spans.count, spans[next].closeToken < index { next += 1 }
      if next < spans.count,
        spans[next].openToken == index || spans[next].closeToken == index
      {
        continue
      }
      let value = tokens[index].scalar
      if value == 0x27 || value == 0x2019 { tokens[index].kind = .punctuation }
    }
  }

  /// True for an opening-looking mark that really closes: it follows `, ` or `. ` and is
  /// followed by a lower-case word, a dash, or a name and a speech verb (`, “he added`).
  private func isMisplacedCloser(_ index: Int) -> Bool {
    guard index > 0, index + 1 < tokens.count else { return true }
    let before = tokens[index - 1]
    guard before.kind == .punctuation,
      before.scalar == 0x2C || QuoteScalar.isSentenceEnd(before.scalar),
      before.end < tokens[index].start
    else { return false }
    let after = tokens[index + 1]
    if after.kind == .punctuation { return QuoteScalar.isDash(after.scalar) }
    if after.kind == .lineBreak || after.kind == .mark { return true }
    if after.isLowercase { return true }
    let lexicon = QuoteLexicon.standard
    var cursor = index + 1
    while cursor < min(tokens.count, index + 5), tokens[cursor].isWord {
      if lexicon.isCue(tokens[cursor].hash) { return !nextMarkCloses(after: index) }
      cursor += 1
    }
    return false
  }

  /// True when the mark at `index` follows a sentence's end and a space, as a paragraph's
  /// opening mark does when the paragraph was run into the one before (a quote opened inside a
  /// quote, `as “too loud” or`, is not one).
  private func followsSentenceEnd(_ index: Int) -> Bool {
    guard index > 0 else { return false }
    let before = tokens[index - 1]
    return before.kind == .punctuation && QuoteScalar.isSentenceEnd(before.scalar)
      && before.end < tokens[index].start
  }

  /// True when the next mark of the family of the mark at `index`, in its paragraph, can only
  /// close: the mark at `index` opens the quote it closes, although a cue word follows it
  /// (`…cut rates. "Dismal reports from the retail trade … are worrying."`, where a speaker's
  /// next paragraph was run into this one), as a misplaced closer leaves the writer's words
  /// after it, and a mark there would open.
  private func nextMarkCloses(after index: Int) -> Bool {
    guard let family = QuoteMark(tokens[index].scalar)?.family else { return false }
    var cursor = index + 1
    while cursor < tokens.count, tokens[cursor].kind != .lineBreak {
      defer { cursor += 1 }
      guard tokens[cursor].kind == .mark, let mark = QuoteMark(tokens[cursor].scalar),
        mark.family == family
      else { continue }
      return markRole(mark, at: cursor) == .close
    }
    return false
  }
}
