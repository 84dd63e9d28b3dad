private typealias German = QuoteGermanWords

/// German reported speech that runs on past the words that introduce it: a second quote
/// after `X sagte, …` in the same sentence, reported speech after a colon (`X zeigte sich
/// enttäuscht: Der Schritt sei „…“`), and a quote someone `wird … zitiert` with.
extension QuoteAttributor {
  /// `Wendt sagte, die Lage sei „ernst“ und die Bewohner sollten wissen, „…“`: a quote after
  /// another quote of the same sentence, whose clause reports what a speech verb followed by a
  /// comma introduced before them, goes to that verb's speaker. Nil when another cue stands
  /// nearer, or the quote's own subject is a person who speaks in the indicative.
  func reportingCue(_ span: QuoteSpan, subject: QuoteAttribution?) -> QuoteAttribution? {
    guard language == "de", !subjectSpeaks(subject) else { return nil }
    var index = span.openToken - 1
    var crossed = false
    while index >= max(0, span.openToken - 60), index < tokens.count {
      let token = tokens[index]
      if token.kind == .mark {
        guard let quoted = spans.last(where: { $0.closeToken == index }),
          quoted.openToken < index
        else { return nil }
        crossed = true
        index = quoted.openToken - 1
        continue
      }
      if token.kind == .lineBreak || isSentenceEnd(index) { return nil }
      if token.isWord, let cue = cue(at: index), cue.kind == .verb {
        guard crossed, introducesClause(after: index),
          let mention = speaker(ofCue: cue, at: index, floor: max(0, index - 12))
        else { return nil }
        return QuoteAttribution(cue: index, mention: mention, source: .before)
      }
      index -= 1
    }
    return nil
  }

  /// True when the subject found for a quote is a person whose verb is no subjunctive or
  /// modal of reported speech (`Mehsud sollte wissen` is reported).
  private func subjectSpeaks(_ subject: QuoteAttribution?) -> Bool {
    guard let mention = subject?.mention, namesPerson(mention) else { return false }
    let next = mention.upperBound
    guard next < tokens.count else { return true }
    return !German.subjunctives.contains(tokens[next].hash)
      && !Self.reportingModals.contains(tokens[next].hash)
  }

  /// True when a comma follows the verb at `cue` within a few words (`sagte am Sonntag,`).
  private func introducesClause(after cue: Int) -> Bool {
    var index = cue + 1
    while index < min(tokens.count, cue + 8) {
      let token = tokens[index]
      if token.kind == .punctuation { return token.scalar == 0x2C }
      guard token.isWord else { return false }
      index += 1
    }
    return false
  }

  /// `sei weder „dissozial“, „noch …“`, `„laut“ und „aggressiv“`: in German a quote that
  /// follows the one before with only a comma or `und` between, inside one sentence, has its
  /// speaker rather than a subject found for it alone; it stays a quote of its own.
  func continuesList(_ index: Int) -> Bool {
    guard language == "de", index > 0, index < spans.count else { return false }
    let previous = spans[index - 1]
    guard previous.closeToken + 1 <= spans[index].openToken else { return false }
    let gap = (previous.closeToken + 1)..<spans[index].openToken
    let last = previous.end - 1
    guard previous.isClosed, gap.lowerBound >= 0, gap.upperBound <= tokens.count,
      gap.count <= 2, last >= 0, last < scalars.count,
      !QuoteScalar.isSentenceEnd(scalars[last].value)
    else { return false }
    return tokens[gap].allSatisfy {
      $0.kind == .punctuation && $0.scalar == 0x2C
        || $0.isLowercase && lexicon.is($0.hash, .conjunction)
    }
  }

  /// `Wendt zeigte sich enttäuscht: Der Schritt sei „…“`: a person who opens the sentence
  /// before a colon, when the clause after the colon is reported speech in the subjunctive.
  func speakerBeforeReportingColon(_ span: QuoteSpan) -> QuoteAttribution? {
    guard language == "de", !isAfterColon(span) else { return nil }
    let start = sentenceStart(before: span.openToken, floor: max(0, span.openToken - 40))
    guard
      let colon = (start..<span.openToken).last(where: {
        tokens[$0].kind == .punctuation && tokens[$0].scalar == 0x3A
      }), colon > start,
      ((colon + 1)..<span.openToken).contains(where: {
        German.subjunctives.contains(tokens[$0].hash)
      }),
      let found = subjectAttribution(from: start, limit: colon), namesPerson(found.mention)
    else { return nil }
    return found
  }

  /// `„…“, wird Bürgermeisterin Hansen in der Zeitung zitiert`: the subject after `wird` or
  /// `wurde` of a passive `zitiert` at `cue`, not the medium named before the participle.
  func passiveQuoted(cue: Int) -> Range<Int>? {
    var index = cue - 1
    while index >= max(0, cue - 12) {
      let token = tokens[index]
      guard token.isWord else { return nil }
      if Self.passiveAuxiliaries.contains(token.hash) {
        guard let mention = germanSubject(at: index + 1), mention.upperBound <= cue,
          namesSpeaker(mention)
        else { return nil }
        return mention
      }
      index -= 1
    }
    return nil
  }

  /// `„…“, doch Anna Vogt erwiderte: „…“`: in German a conjunction between a quote and a
  /// later cue opens a clause of its own, whose cue belongs to what follows it; so does `und`
  /// right before a cue that opens a quote after a colon (`„…“, und fügt hinzu: „…“`).
  func opensOwnClause(from start: Int, to cue: Int) -> Bool {
    guard language == "de", start < cue, cue < tokens.count else { return false }
    if tokens[cue - 1].isLowercase, tokens[cue - 1].hash == Self.und, opensQuoteAfterColon(cue) {
      return true
    }
    return tokens[start..<cue].contains {
      $0.isLowercase && Self.clauseConjunctions.contains($0.hash)
    }
  }

  private static let und = QuoteToken.hash(of: "und")

  /// True when a colon and an opening mark follow the cue at `cue` within a few words.
  private func opensQuoteAfterColon(_ cue: Int) -> Bool {
    var index = cue + 1
    while index + 1 < min(tokens.count, cue + 5), tokens[index].isWord { index += 1 }
    return index + 1 < tokens.count && tokens[index].kind == .punctuation
      && tokens[index].scalar == 0x3A && tokens[index + 1].kind == .mark
  }

  private static let clauseConjunctions: Set<UInt64> = Set(
    ["doch", "aber", "während", "dagegen", "hingegen", "jedoch", "sondern"].map(
      QuoteToken.hash(of:)))

  private static let passiveAuxiliaries: Set<UInt64> = Set(
    ["wird", "wurde", "werden", "wurden"].map(QuoteToken.hash(of:)))

  private static let reportingModals: Set<UInt64> = Set(
    ["sollte", "sollten", "müssten", "dürften", "möge", "mögen"].map(QuoteToken.hash(of:)))
}
