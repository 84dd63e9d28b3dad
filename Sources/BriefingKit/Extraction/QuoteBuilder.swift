/// Decides which spans are quotes and builds ``Quote`` values from spans and attributions.
///
/// Not quotes: empty spans, scare quotes of one to three words with no speech cue, titles of
/// works (capitalised words, or after `the book`, `the report`), unclosed single quotes, and
/// unclosed fragments of fewer than four words.
struct QuoteBuilder {
  let scalars: [Unicode.Scalar]
  let tokens: [QuoteToken]
  let people: QuotePeople
  let lexicon: QuoteLexicon = .standard
  /// The article's language (German names things in quotes after a noun).
  var language = ""

  /// Span indices grouped into quotations: a piece that only inherits its attribution joins
  /// the piece before it when nothing but that attribution stands between them
  /// (`“We will win,” he said. “And soon.”`, or a quote running on into the next paragraph).
  func groups(_ spans: [QuoteSpan], _ attributions: [QuoteAttribution?]) -> [[Int]] {
    var groups: [[Int]] = []
    for index in spans.indices {
      if index > 0, index < attributions.count, let attribution = attributions[index],
        attribution.source == .inherited
          ? joins(spans[index - 1], spans[index], attribution)
          : interrupts(spans[index - 1], spans[index], attribution, attributions[index - 1])
      {
        groups[groups.count - 1].append(index)
      } else {
        groups.append([index])
      }
    }
    return groups
  }

  private func joins(_ previous: QuoteSpan, _ span: QuoteSpan, _ attribution: QuoteAttribution)
    -> Bool
  {
    if span.continuesPrevious { return true }
    let gap = previous.closeToken..<span.openToken
    guard gap.lowerBound >= 0, gap.upperBound <= tokens.count else { return false }
    if previous.isClosed && tokens[gap].contains(where: { $0.kind == .lineBreak }) { return false }
    if !tokens[gap].contains(where: { $0.isWord }) { return true }
    guard let cue = attribution.cue else { return false }
    return gap.contains(cue) && !tokens[gap].contains { $0.kind == .lineBreak }
  }

  /// True when one cue stands between two pieces and serves both, in one paragraph, and the
  /// second piece opens right after the cue's clause: `“We will not wait,” said Okafor, “the
  /// trains must run.”` (not `“…”, stellte Celebi fest, seien „…“`, where the writer speaks).
  private func interrupts(
    _ previous: QuoteSpan, _ span: QuoteSpan, _ attribution: QuoteAttribution,
    _ before: QuoteAttribution?
  ) -> Bool {
    guard previous.isClosed, let cue = attribution.cue, cue == before?.cue,
      previous.closeToken < cue, cue < span.openToken, span.openToken <= tokens.count,
      tokens[span.openToken - 1].kind == .punctuation, language != "de" || breaksOff(previous)
    else { return false }
    return !tokens[previous.closeToken..<span.openToken].contains { $0.kind == .lineBreak }
  }

  /// True when punctuation stands right before or after the closing mark (`„…“, sagte`): the
  /// quote breaks off for the cue. A German title runs on into the sentence (`In der Sendung
  /// „Hart aber fair“ sagte sie: „…“`).
  private func breaksOff(_ span: QuoteSpan) -> Bool {
    let close = span.closeToken
    guard close >= 1, close + 1 < tokens.count else { return false }
    return tokens[close - 1].kind == .punctuation || tokens[close + 1].kind == .punctuation
  }

  /// True when the span should be reported as a quote.
  func keeps(_ span: QuoteSpan, _ attribution: QuoteAttribution?) -> Bool {
    let words = wordCount(span)
    let hasCue = attribution.map { $0.source != .inherited && $0.source != .subject } ?? false
    if words == 0 { return false }
    if span.family == .single && (!span.isClosed || words < 2) { return false }
    if !span.isClosed && words < 4 { return false }
    if words <= 3 && !hasCue && !span.continuesPrevious { return false }
    // A comma before the closing mark is the quote's own only when its cue follows it: after
    // the cue it is the writer's (`told the magazine “Sports Weekly,” adding …`).
    let cueBefore = attribution?.cue.map { $0 < span.openToken } ?? false
    if isTitle(span, endingComma: !hasCue || cueBefore) && (!hasCue || !followsColon(span))
      && !isGermanSentenceWithCue(span, attribution) && !isGermanNaming(span)
      && !opensInGermanLowerCase(span) && !followsGermanIndefinite(span, hasCue: hasCue)
    {
      return false
    }
    if isNamedAfterArticle(span) && !isGermanNaming(span) && !opensWithGermanArticle(span)
      || isNamedAfterNoun(span) || isGermanNameAfterPreposition(span)
    {
      return false
    }
    let isBefore = attribution?.source == .before || attribution?.source == .owner
    if followsWorkNoun(span) && !isBefore && !isGermanNaming(span) {
      return false
    }
    return true
  }

  /// The quote for a kept span made of the quoted `segments` (one per piece of its group):
  /// its text is theirs joined by ` … ` where the writer's words (the cue) stand between two
  /// of them, by one space where only marks and line breaks do (a quote that runs on into the
  /// next paragraph).
  func quote(
    _ span: QuoteSpan, _ segments: [Range<Int>], _ attribution: QuoteAttribution?,
    _ speaker: QuoteSpeakerResolver.Speaker?
  ) -> Quote {
    let parts = segments.isEmpty ? [span.start..<span.end] : segments
    var quote = Quote(
      text: text(of: parts), start: span.start, end: span.end, isPartial: isPartial(span),
      segments: parts)
    guard let attribution else { return quote }
    if let cue = attribution.cue, cue < tokens.count {
      let next = lexicon.cue(for: tokens[cue].hash)?.next != nil ? cue + 1 : cue
      quote.cue = people.text(cue..<min(next + 1, tokens.count))
    }
    if let mention = attribution.mention, let first = mention.first, let last = mention.last,
      last < tokens.count
    {
      quote.mention = Mention(
        text: people.text(mention), start: tokens[first].start, end: tokens[last].end)
    }
    quote.speaker = speaker?.name
    quote.role = speaker?.role
    return quote
  }

  private func slice(_ start: Int, _ end: Int) -> String {
    start < end ? QuoteScalar.string(scalars, start..<end) : ""
  }

  /// The slices of `parts` joined as ``Quote/text`` states: ` … ` over a gap that holds a
  /// letter or digit, one space over any other.
  private func text(of parts: [Range<Int>]) -> String {
    guard var text = parts.first.map({ slice($0.lowerBound, $0.upperBound) }) else { return "" }
    for (previous, part) in zip(parts, parts.dropFirst()) {
      let lower = min(previous.upperBound, scalars.count)
      let upper = max(lower, min(part.lowerBound, scalars.count))
      let elides = scalars[lower..<upper].contains(where: Self.isLetterOrDigit)
      text += elides ? " \u{2026} " : " "
      text += slice(part.lowerBound, part.upperBound)
    }
    return text
  }

  /// A letter or decimal digit (`isAlphabetic`, numeric type decimal), ASCII decided in line:
  /// the standard library's property look-ups cost 300 instructions a scalar.
  private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value &- 0x30 < 10 || (value | 0x20) &- 0x61 < 26 }
    return scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
  }

  private func contentTokens(_ span: QuoteSpan) -> ArraySlice<QuoteToken> {
    let lower = min(span.openToken + 1, tokens.count)
    let upper = max(lower, min(span.closeToken, tokens.count))
    return tokens[lower..<upper]
  }

  private func wordCount(_ span: QuoteSpan) -> Int {
    contentTokens(span).reduce(0) { $0 + ($1.isWord ? 1 : 0) }
  }

  /// Capitalised content words and no sentence punctuation: `“The Art of the Deal”`. With
  /// `endingComma`, a comma before the closing mark is the sentence's: `the book, “Latin
  /// History for Dummies,” is`; a quote with a cue keeps it (`“But Pete Wilson won,” he said`).
  private func isTitle(_ span: QuoteSpan, endingComma: Bool = false) -> Bool {
    var content = 0
    let tokens = contentTokens(span)
    for token in tokens {
      if endingComma && token.kind == .punctuation && token.scalar == 0x2C
        && token == tokens.last
      {
        continue
      }
      if token.kind == .punctuation
        && (token.scalar == 0x2C || QuoteScalar.isSentenceEnd(token.scalar))
      {
        return false
      }
      guard token.isWord, token.end - token.start >= 4 else { continue }
      if !token.isCapitalized { return false }
      content += 1
    }
    return content >= 2
  }

  /// A name set in quotation marks after an article or preposition (`der „Berliner Zeitung“`,
  /// `in “The Apprentice”`): capitalised words and function words only, no punctuation.
  private func isNamedAfterArticle(_ span: QuoteSpan) -> Bool {
    let before = span.openToken - 1
    guard before >= 0, before < tokens.count else { return false }
    if !isOwner(before) {
      guard tokens[before].isLowercase else { return false }
      let classes = lexicon.wordClass(tokens[before].hash)
      guard classes.contains(.determiner) || classes.contains(.linking) || classes.contains(.stop),
        !Self.possessives.contains(tokens[before].hash),
        !Self.indefinites.contains(tokens[before].hash)
      else { return false }
    }
    var capitalised = 0
    var count = 0
    let content = contentTokens(span)
    for token in content {
      if token.kind == .punctuation && !QuoteScalar.isDash(token.scalar)
        && !(token == content.last && (token.scalar == 0x2C || token.scalar == 0x2E))
      {
        return false
      }
      guard token.isWord else { continue }
      count += 1
      if !token.isLowercase {
        capitalised += 1
      } else if !lexicon.wordClass(token.hash).isDisjoint(with: [.determiner, .linking, .stop]) {
        continue
      } else {
        return false
      }
    }
    return capitalised > 0 && count <= 8
  }

  /// A capitalised possessive before a quote names its owner: `MSNBC's “Morning Joe”`.
  private func isOwner(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.isWord, token.isCapitalized, token.lastScalar == 0x73, token.end - 2 > token.start,
      token.end - 2 < scalars.count
    else { return false }
    return QuoteMark.isApostrophe(scalars[token.end - 2].value)
  }

  /// `des Magazins „Der Spiegel“`, `das Gasthaus „Zur Tabakspfeife“`: in German a short
  /// capitalised quote with no sentence punctuation right after a noun names that thing,
  /// unless the noun announces words (`mit den Worten „…“`, `die Parole „…“`).
  private func isNamedAfterNoun(_ span: QuoteSpan) -> Bool {
    let before = span.openToken - 1
    guard language == "de", before >= 1, before < tokens.count, tokens[before].isWord,
      tokens[before].isCapitalized, !Self.speechNouns.contains(tokens[before].hash),
      lexicon.is(tokens[before - 1].hash, .determiner)
    else { return false }
    var words = 0
    for token in contentTokens(span) {
      if token.kind == .punctuation
        && (token.scalar == 0x2C || QuoteScalar.isSentenceEnd(token.scalar))
      {
        return false
      }
      if token.isWord {
        if words == 0 && token.isLowercase { return false }
        words += 1
      }
    }
    return words <= 6
  }

  private static let speechNouns = QuoteWordSet(
    [
      "worten", "worte", "satz", "sätze", "aussage", "parole", "parolen", "ruf", "rufe",
      "rufen", "forderung", "frage", "antwort", "erklärung", "zitat", "kommentar", "slogan",
      "motto", "aufschrift", "losung", "schlagzeile", "feststellung", "behauptung", "vorwurf",
    ])

  private static let possessives = QuoteWordSet(
    [
      "his", "her", "its", "their", "our", "sein", "seine", "seinen", "ihr", "ihre", "ihren",
      "son", "sa", "ses", "su", "sus", "seu", "sua",
    ])

  /// True when a colon stands right before the quote (`Er sagte: „Guten Morgen“`).
  private func followsColon(_ span: QuoteSpan) -> Bool {
    let before = span.openToken - 1
    return before >= 0 && before < tokens.count && tokens[before].kind == .punctuation
      && tokens[before].scalar == 0x3A
  }

  /// Indefinite articles: `eine „Zeitungsente“`, `a “disaster”` quote a word, not a name.
  private static let indefinites = QuoteWordSet(
    ["a", "an", "ein", "eine", "einen", "einem", "einer", "un", "une"])

  private func followsWorkNoun(_ span: QuoteSpan) -> Bool {
    let before = span.openToken - 1
    guard before >= 0, before < tokens.count else { return false }
    if lexicon.is(tokens[before].hash, .workNoun) { return true }
    return before >= 1 && tokens[before].isCapitalized == false && tokens[before].isWord
      && lexicon.is(tokens[before - 1].hash, .workNoun)
      && tokens[before].end - tokens[before].start < 4
  }

  /// True when the quote runs on inside the writer's sentence: `said the bill "is dead"`.
  ///
  /// A quote that starts with a capital and ends a sentence (or holds one) is a full quote
  /// even after a run-in word; one that starts in lower case after anything but a colon or a
  /// sentence end is partial.
  private func isPartial(_ span: QuoteSpan) -> Bool {
    let before = span.openToken - 1
    guard before >= 0, before < tokens.count, !span.continuesPrevious else { return false }
    let previous = tokens[before]
    let content = contentTokens(span)
    guard let first = content.first(where: { $0.isWord }) else { return false }
    if first.isLowercase {
      return previous.isWord
        || (previous.kind == .punctuation && previous.scalar != 0x3A
          && !QuoteScalar.isSentenceEnd(previous.scalar))
    }
    let isSentence = content.contains {
      $0.kind == .punctuation && QuoteScalar.isSentenceEnd($0.scalar)
    }
    return previous.isWord && !isSentence
  }
}
