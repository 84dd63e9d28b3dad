/// Sentence ends on tokens, shared by attribution and speaker resolution.
extension QuoteLexicon {
  /// True for `.`, `!` or `?` at token `index` that ends a sentence (not `Sen.` or `U.S.`).
  func isSentenceEnd(_ index: Int, in tokens: [QuoteToken]) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .punctuation,
      QuoteScalar.isSentenceEnd(tokens[index].scalar)
    else {
      return false
    }
    if index + 1 < tokens.count {
      let next = tokens[index + 1]
      if next.isLowercase || next.scalar == 0x29 || next.scalar == 0x2C { return false }
    }
    guard tokens[index].scalar == 0x2E, index > 0, tokens[index - 1].isWord else { return true }
    let word = tokens[index - 1]
    if word.end != tokens[index].start { return true }
    if word.end - word.start == 1 && word.isCapitalized { return false }
    // `£1.5bn`, `2.5%`: a dot between digits, with no space after it, is a decimal point.
    if index + 1 < tokens.count, tokens[index + 1].isWord,
      tokens[index + 1].start == tokens[index].end, !tokens[index + 1].isCapitalized,
      !tokens[index + 1].isLowercase, !word.isCapitalized, !word.isLowercase
    {
      return false
    }
    // `J.T. Wang`: initials before a capitalised word start a name, not a sentence.
    if word.isInitials, index + 1 < tokens.count, tokens[index + 1].isCapitalized { return false }
    let next = index + 1 < tokens.count ? tokens[index + 1] : nil
    let before = index >= 2 ? tokens[index - 2] : nil
    if QuoteGermanWords.continuesAfterDot(word, next: next, before: before) { return false }
    return !`is`(word.hash, .abbreviation)
  }

  /// True when token `index` starts a sentence: the text's start, or right after a line
  /// break, a quotation mark or a sentence end.
  func isSentenceStart(_ index: Int, in tokens: [QuoteToken]) -> Bool {
    guard index > 0, index - 1 < tokens.count else { return true }
    let previous = tokens[index - 1]
    return previous.kind == .lineBreak || previous.kind == .mark
      || isSentenceEnd(index - 1, in: tokens)
  }
}
