/// Pronoun antecedents from sentence subjects: in `Putney, the police chief, said the video
/// was unclear, but he said …` the pronoun goes back to the person the sentence is about, not
/// to whoever was quoted last.
extension QuoteSpeakerResolver {
  /// How far back, in tokens, a subject may stand from the pronoun.
  private var subjectReach: Int { 90 }

  /// The nearest person named as a sentence subject after token `floor` and before the
  /// pronoun at token `index`, whose gender does not contradict `wanted`.
  func subject(before index: Int, after floor: Int, gender wanted: QuoteGenders.Gender) -> Int? {
    let occurrences = people.occurrences
    var low = 0
    var high = occurrences.count
    while low < high {
      let middle = (low + high) / 2
      if occurrences[middle].token < index { low = middle + 1 } else { high = middle }
    }
    var position = low - 1
    let lowest = max(floor, index - subjectReach)
    while position >= 0, occurrences[position].token > lowest {
      let occurrence = occurrences[position]
      position -= 1
      guard people.people[occurrence.person].isPerson, isSubject(occurrence.token) else {
        continue
      }
      let known = genders.gender(of: occurrence.person)
      if wanted == .unknown || known == .unknown || known == wanted { return occurrence.person }
    }
    return nil
  }

  /// True when the name starting at token `name` opens its sentence, with only its title or
  /// description before it (`Former Pennsylvania governor Ed Rendell`, `But Sen. Pat Toomey`)
  /// or a short opening phrase ending in a comma (`In an interview, Durbin said`).
  func isSubject(_ name: Int) -> Bool {
    if isInvertedSubject(name) { return true }
    var cursor = name - 1
    var sawRole = false
    while cursor >= 0, cursor >= name - 10 {
      let token = tokens[cursor]
      if token.kind == .lineBreak || token.kind == .mark { return true }
      if token.kind == .punctuation {
        if lexicon.isSentenceEnd(cursor, in: tokens) { return true }
        if token.scalar == 0x2C { return isOpeningPhrase(before: cursor) }
        guard token.scalar == 0x2E else { return false }
        cursor -= 1
        continue
      }
      let classes = lexicon.wordClass(token.hash)
      if classes.contains(.stop) || classes.contains(.pronoun)
        || lexicon.cue(for: token.hash) != nil
      {
        return token.isCapitalized && lexicon.isSentenceStart(cursor, in: tokens)
      }
      if lexicon.isRole(token) {
        sawRole = true
      } else if token.isLowercase, !sawRole, !classes.contains(.determiner) {
        return false
      }
      cursor -= 1
    }
    return cursor < 0
  }

  /// True when the comma at token `comma` ends a short phrase that opens the sentence.
  private func isOpeningPhrase(before comma: Int) -> Bool {
    var cursor = comma - 1
    while cursor >= 0, cursor >= comma - 8 {
      let token = tokens[cursor]
      if token.kind == .lineBreak || token.kind == .mark { return true }
      if token.kind == .punctuation {
        return lexicon.isSentenceEnd(cursor, in: tokens)
      }
      cursor -= 1
    }
    return cursor < 0
  }
}
