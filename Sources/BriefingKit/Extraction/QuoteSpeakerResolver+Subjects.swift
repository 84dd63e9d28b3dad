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
      guard people.people[occurrence.person].isPerson,
        isSubject(occurrence.token) || speaks(occurrence.token)
      else {
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
    if isInvertedSubject(name) || isFramed(name) { return true }
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
        || lexicon.isCue(token.hash)
      {
        if token.isCapitalized && lexicon.isSentenceStart(cursor, in: tokens) { return true }
        return isAfterDayOpening(cursor)
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

  /// True when the day or month at token `day` and the preposition before it end a short
  /// opening phrase with no comma before the name: `On Tuesday Mr Ebbers denied …`, `However
  /// during the case on Tuesday Mr Ebbers …`. The sentence is about the person named after it.
  private func isAfterDayOpening(_ day: Int) -> Bool {
    let on = day - 1
    guard language == "en", on >= 0, day < tokens.count, Self.days.contains(tokens[day].hash),
      Self.dayPrepositions.contains(tokens[on].hash)
    else { return false }
    var cursor = on
    while cursor >= 0, cursor >= on - 6 {
      if lexicon.isSentenceStart(cursor, in: tokens) { return tokens[cursor].isCapitalized }
      guard cursor > 0, tokens[cursor - 1].isWord else { return false }
      cursor -= 1
    }
    return false
  }

  private static let dayPrepositions = QuoteWordSet(
    ["on", "in", "last", "this", "since", "until", "by"])
  private static let days = QuoteWordSet(
    [
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december",
    ])

  /// True when a `For` opening the sentence, alone or after `But`, `And` or `Yet`, frames the
  /// name starting at token `name` and a comma closes it (`For Jupiter analyst Ada Lund, the
  /// move was an error`, `But for Ada Lund, a director at Gartner, …`): the sentence gives
  /// that person's view, so a `he` after it is them, not whoever spoke before.
  func isFramed(_ name: Int) -> Bool {
    guard language == "en", name > 0, name < tokens.count else { return false }
    // Only the person's title or description stands between: `For example in West Ham,`
    // frames a place.
    var frame = name - 1
    while frame > 0, frame >= name - 6, tokens[frame].isWord, tokens[frame].hash != Self.forWord,
      tokens[frame].isCapitalized || lexicon.isRole(tokens[frame])
    {
      frame -= 1
    }
    guard tokens[frame].hash == Self.forWord else { return false }
    if frame > 0, tokens[frame - 1].isCapitalized,
      Self.frameConjunctions.contains(tokens[frame - 1].hash)
    {
      frame -= 1
    }
    guard tokens[frame].isCapitalized, lexicon.isSentenceStart(frame, in: tokens) else {
      return false
    }
    var end = name
    while end < tokens.count, tokens[end].isCapitalized || people.isInitialDot(end) { end += 1 }
    return end < tokens.count && tokens[end].kind == .punctuation && tokens[end].scalar == 0x2C
  }

  private static let forWord = QuoteToken.hash(of: "for")
  private static let frameConjunctions = QuoteWordSet(
    ["but", "and", "yet"])

  /// True when the name starting at token `name` is the subject of a speech verb right after
  /// it, past an aside between dashes or commas (`one of the four, Ada Lund - who was
  /// cleared in 1989 - said the families were delighted`): reported speech without quotation
  /// marks still makes its speaker the one a later `he` refers to. Not in German, whose verb
  /// comes first (`sagte Lund`).
  func speaks(_ name: Int) -> Bool {
    guard language != "de" else { return false }
    var cursor = name
    while cursor < tokens.count, cursor < name + 5, tokens[cursor].isCapitalized {
      cursor += 1
    }
    guard cursor > name, cursor < tokens.count else { return false }
    if tokens[cursor].kind == .punctuation, Self.asideMarks.contains(tokens[cursor].scalar) {
      // `Mr. Cruz, Ada Lund of the church, said`: an aside that opens with a name is the
      // subject's own name, and the first name is not who speaks.
      guard cursor + 1 < tokens.count, !tokens[cursor + 1].isCapitalized else { return false }
      let mark = tokens[cursor].scalar
      var close = cursor + 1
      while close < tokens.count, close <= cursor + 16, tokens[close].kind != .mark,
        tokens[close].kind != .lineBreak, tokens[close].scalar != mark || close == cursor + 1
      {
        close += 1
      }
      guard close < tokens.count, close <= cursor + 16, tokens[close].scalar == mark else {
        return false
      }
      cursor = close + 1
    }
    while cursor < tokens.count, tokens[cursor].isAdverb { cursor += 1 }
    guard cursor < tokens.count, tokens[cursor].isLowercase,
      lexicon.isCue(tokens[cursor].hash), !people.isIngWord(cursor)
    else { return false }
    // `when Ada Lund asked`, `said Ada Lund continued`: a subordinate clause's subject is not
    // the sentence's; `chief of Lund Jets, a broker, said`: a name after a preposition is
    // an object.
    guard name > 0 else { return true }
    let before = tokens[name - 1]
    return
      !(before.isLowercase
      && (Self.subordinators.contains(before.hash) || lexicon.isCue(before.hash)))
  }

  /// Words that open a subordinate clause before its subject, and prepositions.
  private static let subordinators = QuoteWordSet([
    "when", "as", "after", "before", "while", "because", "if", "that", "whether", "until",
    "of", "for", "at", "from", "with", "in", "to", "by", "on",
  ])

  /// Marks that open and close an aside after a name: a comma, a hyphen or dashes.
  private static let asideMarks: Set<UInt32> = [0x2C, 0x2D, 0x2013, 0x2014]

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
