/// Widens a partial quote to the writer's clause that reports it.
///
/// A fragment quoted inside the writer's sentence means little alone: in `Trump said Machado
/// was “disgusting” and “a con”.` the reported content is `Machado was “disgusting” and “a
/// con”`. When a partial quote's speech cue stands in its sentence, the quote covers that
/// clause: from after the cue (and a following `that`) to the clause's end when the cue comes
/// first, or from the clause's start up to the cue's subject when it comes after (`The plan is
/// “a disaster,” Trump said.`). The clause stops at the sentence's end, which it leaves out,
/// and before another reported clause with its own cue (`…, but Clinton argued it “works”`).
/// Fragments of one clause become one quote whose segments are their verbatim insides.
/// English only: German gold marks the quoted words alone.
struct QuoteClauses {
  /// A kept quote before widening: token indices of its first opening mark and of its last
  /// closing mark (or the first token after an unclosed quote), and its attribution.
  struct Piece {
    var open: Int
    var close: Int
    var attribution: QuoteAttribution?
    /// For a quote joined from several spans, each span's opening and closing token, in
    /// reading order; empty for a quote of one span (its marks are `open` and `close`).
    var spans: [(open: Int, close: Int)] = []

    /// The opening and closing token of each span of the quote.
    var spanMarks: [(open: Int, close: Int)] { spans.isEmpty ? [(open, close)] : spans }
  }

  let scalars: [Unicode.Scalar]
  let tokens: [QuoteToken]
  let language: String
  let lexicon: QuoteLexicon = .standard
  /// How many tokens a clause may reach beyond its fragments.
  let reach = 80

  /// `quotes` with each partial quote that has a cue in its sentence widened to its clause,
  /// fragments of one clause merged. `pieces` holds one entry per quote.
  func widened(_ quotes: [Quote], _ pieces: [Piece]) -> [Quote] {
    guard language == "en", quotes.count == pieces.count, quotes.contains(where: \.isPartial)
    else { return quotes }
    var result: [Quote] = []
    result.reserveCapacity(quotes.count)
    var index = 0
    while index < quotes.count {
      guard quotes[index].isPartial, var range = clause(index, quotes, pieces) else {
        result.append(quotes[index])
        index += 1
        continue
      }
      var last = index
      while last + 1 < quotes.count, quotes[last + 1].isPartial,
        pieces[last + 1].attribution?.cue == pieces[index].attribution?.cue,
        let next = clause(last + 1, quotes, pieces), next.overlaps(range)
      {
        range = min(range.lowerBound, next.lowerBound)..<max(range.upperBound, next.upperBound)
        last += 1
      }
      let floor = result.last?.end ?? 0
      let ceiling = last + 1 < quotes.count ? quotes[last + 1].start : scalars.count
      let lower = max(range.lowerBound, floor)
      let upper = max(lower, min(range.upperBound, ceiling))
      if let quote = merged(quotes[index...last], pieces[index...last], lower..<upper) {
        result.append(quote)
      } else {
        result.append(contentsOf: quotes[index...last])
      }
      index = last + 1
    }
    return result
  }

  /// The quotes of one clause as one quote over `range`, or nil when the range would not hold
  /// every segment or adds nothing to them.
  private func merged(
    _ quotes: ArraySlice<Quote>, _ pieces: ArraySlice<Piece>, _ range: Range<Int>
  ) -> Quote? {
    guard var quote = quotes.first else { return nil }
    let segments = quotes.flatMap(\.segments)
    guard let first = segments.first, let last = segments.last,
      range.lowerBound <= first.lowerBound, last.upperBound <= range.upperBound,
      range.upperBound <= scalars.count,
      range.lowerBound < first.lowerBound || last.upperBound < range.upperBound
    else { return nil }
    var marks: [(Range<Int>, String)] = []
    for piece in pieces {
      if let open = markRange(piece.open) { marks.append((open, "\u{201C}")) }
      if let close = markRange(piece.close) { marks.append((close, "\u{201D}")) }
    }
    // Pieces joined into one quote keep their inner marks (`was “strong". "Rates …`): each
    // segment is written between curly marks too. A mark that opens the next segment stays an
    // opening one (`government. "It is`, a piece left open before the writer opens again).
    let spans = pieces.flatMap(\.spanMarks)
    if spans.count > 1 {
      let openers = Set(spans.map(\.open))
      for token in openers { if let open = markRange(token) { marks.append((open, "\u{201C}")) } }
      for span in spans where !openers.contains(span.close) {
        if let close = markRange(span.close) { marks.append((close, "\u{201D}")) }
      }
      marks.sort { $0.0.lowerBound < $1.0.lowerBound }
    }
    quote.text = text(range, marks: marks)
    quote.start = range.lowerBound
    quote.end = range.upperBound
    quote.segments = segments
    return quote
  }

  /// The scalar range of the quotation mark at token `index`, if that token is one: one scalar,
  /// or two typed for one (`''`, ` `` `, a CSV-doubled `""`), which the clause writes as one.
  private func markRange(_ index: Int) -> Range<Int>? {
    guard index >= 0, index < tokens.count, tokens[index].kind == .mark,
      tokens[index].end - tokens[index].start <= 2
    else { return nil }
    return tokens[index].start..<tokens[index].end
  }

  /// The text of `range` with each of `marks` (in reading order) replaced by its mark, built
  /// from UTF-8 slices (appending scalars to a `String` one by one costs several times more).
  private func text(_ range: Range<Int>, marks: [(Range<Int>, String)]) -> String {
    var text = ""
    var position = range.lowerBound
    for (mark, replacement) in marks
    where mark.lowerBound >= position && mark.upperBound <= range.upperBound {
      text += QuoteScalar.string(scalars, position..<mark.lowerBound)
      text += replacement
      position = mark.upperBound
    }
    return text + QuoteScalar.string(scalars, position..<range.upperBound)
  }

  /// The scalar range of the clause that carries quote `index`, or nil when its cue is not in
  /// its sentence.
  private func clause(_ index: Int, _ quotes: [Quote], _ pieces: [Piece]) -> Range<Int>? {
    let piece = pieces[index]
    guard let attribution = piece.attribution, let cue = attribution.cue, cue >= 0,
      cue < tokens.count, piece.open >= 0, piece.open < piece.close, piece.close <= tokens.count
    else { return nil }
    if cue < piece.open {
      guard isOneSentence(cue + 1, piece.open) else { return nil }
      if attribution.source == .owner {
        let first = afterLink(of: cue, before: piece.open)
        return tokens[first]
          .start..<max(endAfter(index, cue: cue, quotes, pieces), tokens[first].start)
      }
      let earlier = earlierCue(before: cue).flatMap {
        reportsNested(attribution.mention, cue: cue, after: $0) ? nil : $0
      }
      let first =
        earlier.map { start(afterCue: $0, nil, before: piece.open) }
        ?? start(afterCue: cue, attribution.mention, before: piece.open)
      let end = endAfter(index, cue: cue, quotes, pieces)
      return first < tokens.count ? tokens[first].start..<max(end, tokens[first].start) : nil
    }
    guard cue > piece.close, piece.close < tokens.count, tokens[piece.close].kind == .mark,
      isOneSentence(piece.close + 1, cue),
      !endsSentence(quotes[index], before: piece.close + 1)
    else { return nil }
    if let lead = leadingCue(piece, runningOnTo: attribution.mention?.lowerBound ?? cue) {
      let first = start(afterCue: lead, nil, before: piece.open)
      return tokens[first].start..<endAfter(index, cue: cue, quotes, pieces)
    }
    let first = startBefore(index, cue: cue, pieces)
    let end = endBefore(cue: cue, attribution.mention, after: piece.close)
    return tokens[first].start..<end
  }

  /// True when no sentence end or line break stands in `tokens[from..<to]`.
  func isOneSentence(_ from: Int, _ to: Int) -> Bool {
    guard from <= to, to - from <= reach, to <= tokens.count else { return false }
    for index in from..<to {
      if tokens[index].kind == .lineBreak || lexicon.isSentenceEnd(index, in: tokens) {
        return false
      }
    }
    return true
  }

  /// True when `quote`'s words end a sentence that the token at `next` does not continue (a
  /// capitalised word, a bracket that opens an aside, or nothing).
  func endsSentence(_ quote: Quote, before next: Int) -> Bool {
    let last = quote.end - 1
    guard last >= 0, last < scalars.count, QuoteScalar.isSentenceEnd(scalars[last].value) else {
      return false
    }
    guard next < tokens.count else { return true }
    let token = tokens[next]
    if token.kind == .punctuation { return token.scalar == 0x28 || token.scalar == 0x5B }
    return !token.isLowercase
  }
}
