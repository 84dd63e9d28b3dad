/// A quote that opens a sentence right after one ending in a cue clause: `The administration may
/// wait, Schiff said. “The other factor …”`, `…, the editorial board writes. “It's a sign …”`.
/// The clause names who goes on speaking; the subject of that sentence does not.
extension QuoteAttributor {
  /// How many tokens a closing cue clause may hold (`, digital consultant Phil Musser says`).
  private var clauseTokens: Int { 10 }

  /// The attribution of the cue clause that ends the sentence just before the quote, in the
  /// same paragraph, when its mention names a person.
  func previousCueClause(_ span: QuoteSpan, floor: Int) -> QuoteAttribution? {
    let end = span.openToken - 1
    guard language != "de", end > floor, end < tokens.count, isSentenceEnd(end) else {
      return nil
    }
    var start = end - 1
    while start > max(floor, end - clauseTokens), tokens[start].kind == .word {
      start -= 1
    }
    guard start >= 0, start > floor || start == floor && floor == 0,
      tokens[start].kind != .word, tokens[start].kind != .lineBreak
    else { return nil }
    for index in (start + 1)..<end {
      guard let cue = cue(at: index), cue.kind == .verb, !cue.isWeak, !isParticiple(index) else {
        continue
      }
      guard let found = attribution(cue: cue, at: index, from: start + 1, limit: end, .subject),
        let mention = found.mention, namesPerson(mention)
      else { return nil }
      return found
    }
    return nil
  }
}
