/// Subjects that stand before earlier quotes of the same sentence: `Romney went after Trump,
/// calling it “disqualifying” and asserting that it must be “a bombshell”` — the second quote's
/// cue `asserting` has the sentence's subject, `Romney`, before the first quote.
extension QuoteAttributor {
  /// How far back, in tokens, the sentence start may lie.
  private var clauseReach: Int { 80 }

  /// The subject at the start of the sentence holding the cue at `index`, stepping over the
  /// quotes in between; nil when the sentence starts with a quote or names no one.
  func subjectAcrossQuotes(before index: Int) -> Range<Int>? {
    var cursor = index - 1
    var crossed = false
    while cursor >= 0, cursor >= index - clauseReach {
      let token = tokens[cursor]
      if token.kind == .mark, let open = openingMark(closedAt: cursor) {
        guard open > 0 else { return nil }
        cursor = open - 1
        crossed = true
        continue
      }
      if token.kind == .lineBreak || token.kind == .mark || isSentenceEnd(cursor) { break }
      cursor -= 1
    }
    guard crossed, cursor + 1 < index, tokens[cursor + 1].kind == .word else { return nil }
    guard let mention = subject(from: cursor + 1, before: index), namesPerson(mention) else {
      return nil
    }
    return mention
  }

  /// The token of the opening mark of the quote whose closing mark is token `close`.
  private func openingMark(closedAt close: Int) -> Int? {
    var low = 0
    var high = spans.count
    while low < high {
      let middle = (low + high) / 2
      if spans[middle].closeToken < close { low = middle + 1 } else { high = middle }
    }
    guard low < spans.count, spans[low].closeToken == close, spans[low].isClosed else {
      return nil
    }
    return spans[low].openToken
  }

  /// True when an English mention read after a speech verb is followed by a verb of its own,
  /// before or inside a quote: it is the subject of the reported clause (`said the judge had
  /// “an inherent conflict”`, `predicted voters “will be uneasy”`), not the speaker.
  func opensClause(_ mention: Range<Int>) -> Bool {
    guard language != "de", mention.upperBound <= tokens.count else { return false }
    var next = mention.upperBound
    if language == "en", next < tokens.count, tokens[next].kind == .mark { next += 1 }
    guard next < tokens.count, tokens[next].isLowercase else { return false }
    return Self.auxiliaries.contains(tokens[next].hash)
  }

  /// True when an English mention read after a speech verb that comes before its quote ends
  /// in a possessive: it owns the subject of the reported clause (`said Trump's plan was
  /// “…”`). After the quote it may name the speaker (`“…,” said Lund's spokesman`).
  func ownsSubject(_ mention: Range<Int>, _ source: QuoteAttribution.Source) -> Bool {
    guard language == "en", source == .before, let last = mention.last, last < tokens.count
    else { return false }
    return isPossessive(last)
  }

  /// True when the English cue of `attribution`, in a sentence after a quote that ended its own
  /// with a full stop, reports a statement of its own (`Kasich said he would have fired him`,
  /// `Ryan said that …`, `Economist Ian Lund said the economy had slowed`): it attributes the
  /// words after it, not the quote before. A stop word after the cue (`the`, `it`) opens that
  /// statement only when the speaker is named before the cue (after it, `said the minister`
  /// names them), and a preposition of place or time never does.
  func reportsOwnClause(_ attribution: QuoteAttribution, after span: QuoteSpan) -> Bool {
    guard language != "de", let cue = attribution.cue, cue + 1 < tokens.count, span.end > 0,
      span.end <= scalars.count, scalars[span.end - 1] == ".",
      lexicon.cue(for: tokens[cue].hash)?.objectFollows == false
    else { return false }
    let next = tokens[cue + 1]
    guard next.isWord else { return false }
    let classes = lexicon.wordClass(next.hash)
    // `Lund wrote from the park on Thursday`: where it was said is no statement.
    let namedBefore = attribution.mention.map { $0.upperBound <= cue } ?? false
    let opensStatement = namedBefore && !Self.placeAndTimePrepositions.contains(next.hash)
    if next.hash != Self.that,
      classes.contains(.linking) || classes.contains(.stop) && !opensStatement
    {
      return false
    }
    // Quotation marks inside the statement are its own (`said the economy had “slowed …”`).
    var words = 0
    var index = cue + 1
    while index < min(tokens.count, cue + 9), words < 4,
      tokens[index].kind == .word || tokens[index].kind == .mark
    {
      if tokens[index].kind == .word { words += 1 }
      index += 1
    }
    return words >= 4
  }

  /// True when an English cue after a quote stands in a clause of its own that a conjunction
  /// opens after the quote (`Lund said it was “a mistake”, but Weber argued …`, `called it “a
  /// mistake” and said …`): the cue reports what follows it, and a cue before the quote is
  /// its own. A conjunction inside the mention (`Lund and Weber said`) opens no clause.
  func opensLaterClause(_ attribution: QuoteAttribution, after span: QuoteSpan) -> Bool {
    guard language == "en", let cue = attribution.cue, span.closeToken < cue,
      cue <= tokens.count
    else { return false }
    var index = cue - 1
    while index > span.closeToken {
      let token = tokens[index]
      if token.kind == .mark || token.kind == .lineBreak { return false }
      if token.isLowercase, QuoteClauses.conjunctions.contains(token.hash),
        attribution.mention?.contains(index) != true
      {
        return true
      }
      index -= 1
    }
    return false
  }

  private static let that = QuoteToken.hash(of: "that")
  private static let auxiliaries = QuoteWordSet(
    [
      "had", "has", "have", "was", "were", "is", "are", "can", "could", "would", "will",
      "should", "must", "may", "might", "did", "does", "do", "wants", "needs",
    ])
}
