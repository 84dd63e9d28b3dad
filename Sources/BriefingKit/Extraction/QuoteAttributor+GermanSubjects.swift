/// German subjects the mention parser does not read on its own: a person with a tag in
/// parentheses before the verb (`Karl Huber (SPD) kritisierte …`), and the subject a verb
/// after `und` shares with the clause before it.
extension QuoteAttributor {
  /// `Karl Huber (SPD) kritisierte die Regierung`: a person with a tag in parentheses that
  /// opens the sentence right before the verb is its subject.
  func taggedSubject(from opening: Int, verb: Int) -> Range<Int>? {
    let close = verb - 1
    guard opening >= 0, close > opening, close < tokens.count, tokens[close].kind == .punctuation,
      tokens[close].scalar == 0x29,
      let open = (max(opening, close - 6)..<close).last(where: {
        tokens[$0].kind == .punctuation && tokens[$0].scalar == 0x28
      }),
      open > opening
    else { return nil }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard let read = parser.forward(from: opening, limit: open) else { return nil }
    let mention = germanPhrase(read)
    return mention.upperBound == open && namesPerson(mention) ? mention : nil
  }

  /// `… lenkte er die Fähre „Eagle“ zur Mole und meldete sich: „…“`: a verb after `und`
  /// shares the subject of the clause before it, names in quotation marks included.
  ///
  /// A group or body speaks too (`Am Samstag zogen die Demonstranten zum Rathaus und
  /// skandierten „…“`), also after a fronted phrase that holds a title in quotation marks
  /// (`Unter dem Motto „…“ zogen die Demonstranten …`).
  func coordinatedSubject(before conjunction: Int) -> Range<Int>? {
    let start = sentenceStartAcrossNames(before: conjunction)
    guard start < conjunction else { return nil }
    if let mention = subjectAttribution(from: start, limit: conjunction)?.mention,
      canSpeakAsSubject(mention)
    {
      return mention
    }
    guard let verb = verbAfterTitle(from: start, limit: conjunction),
      let mention = germanSubject(at: verb + 1), mention.upperBound <= conjunction,
      canSpeakAsSubject(mention)
    else { return nil }
    return mention
  }

  /// The finite verb right after a fronted phrase that holds a title in quotation marks
  /// (`Unter dem Motto „Luft statt Lärm“ zogen`).
  private func verbAfterTitle(from start: Int, limit: Int) -> Int? {
    guard
      let close = (start..<min(limit, start + 12)).first(where: { index in
        tokens[index].kind == .mark && spans.contains(where: { $0.closeToken == index })
      }),
      close + 1 < limit, isFiniteVerb(close + 1)
    else { return nil }
    return close + 1
  }

  /// A person, or a phrase in the nominative whose noun names people or a body.
  private func canSpeakAsSubject(_ mention: Range<Int>) -> Bool {
    namesPerson(mention) || mention.count > 1 && isNominative(mention) && canSpeak(mention)
  }
}
