private typealias German = QuoteGermanWords

/// German texts as sources: `heißt es in der Mitteilung der Polizei`, `In dem Bericht heißt
/// es`, and names of media in quotation marks (`die „Zeit“`).
extension QuoteAttributor {
  /// `heißt es dazu in einer Pressemitteilung des Vereins`, `In dem Bericht heißt es`: the
  /// document a `heißt es` at `verb` quotes, after the verb or fronted before it.
  func documentStatement(verb: Int) -> Range<Int>? {
    if let relative = relativeDocument(verb: verb) { return relative }
    guard verb + 1 < tokens.count, tokens[verb + 1].hash == German.es else { return nil }
    var index = verb + 2
    while index < min(tokens.count, verb + 5), tokens[index].isWord,
      German.documentAdverbs.contains(tokens[index].hash)
    {
      index += 1
    }
    if let source = behalfSource(from: index) { return source }
    if index + 1 < tokens.count, German.sourcePrepositions.contains(tokens[index].hash),
      tokens[index].isLowercase
    {
      return documentSource(from: index + 1, limit: clauseEnd(from: index + 1))
    }
    let start = sentenceStart(before: verb, floor: max(0, verb - 24))
    guard start + 1 < verb, German.sourcePrepositions.contains(tokens[start].hash),
      let document = documentSource(from: start + 1, limit: min(verb, clauseEnd(from: start))),
      document.upperBound == verb || tokens[document.upperBound].scalar == 0x2C
        || tokens[document.upperBound].scalar == 0x28
    else { return nil }
    return document
  }

  /// `hieß es am Freitag seitens des Landesamts`, `hieß es auf Anfrage seitens der Kammer`:
  /// the body after `seitens` anywhere in the clause, past a time or an earlier preposition.
  private func behalfSource(from start: Int) -> Range<Int>? {
    let end = clauseEnd(from: start)
    guard
      let behalf = (start..<end).first(where: {
        tokens[$0].isLowercase && Self.onBehalf.contains(tokens[$0].hash)
      })
    else { return nil }
    return documentSource(from: behalf + 1, limit: end)
  }

  private static let onBehalf: Set<UInt64> = Set(
    ["seitens", "vonseiten"].map(QuoteToken.hash(of:)))

  /// `das Papier der Kommission, in dem es unter anderem heißt: „…“`, `griff die Linie der
  /// Blätter auf, in denen es auch heißt, …`: the phrase a relative clause of `heißt` hangs
  /// on is the text the words stand in (a particle after it is stepped over).
  func relativeDocument(verb: Int) -> Range<Int>? {
    guard language == "de", verb >= 5, verb < tokens.count,
      German.documentVerbs.contains(tokens[verb].hash), tokens[verb].isLowercase
    else { return nil }
    var comma = verb - 1
    while comma > max(0, verb - 14), !isComma(comma) {
      guard tokens[comma].kind != .mark, tokens[comma].kind != .lineBreak,
        !isSentenceEnd(comma)
      else { return nil }
      comma -= 1
    }
    guard comma >= 2, comma + 3 < verb, isComma(comma),
      German.sourcePrepositions.contains(tokens[comma + 1].hash), tokens[comma + 1].isLowercase,
      Self.relativeObjects.contains(tokens[comma + 2].hash), tokens[comma + 3].hash == German.es
    else { return nil }
    var end = comma
    if tokens[end - 1].isWord, tokens[end - 1].isLowercase, tokens[end - 2].isCapitalized {
      end -= 1
    }
    guard tokens[end - 1].isCapitalized else { return nil }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    guard let phrase = parser.backward(from: end - 1, floor: max(0, end - 8)).map(germanPhrase)
    else { return nil }
    let first = phrase.lowerBound
    guard first >= 2, German.genitiveDeterminers.contains(tokens[first].hash),
      tokens[first - 1].isCapitalized,
      let owner = parser.backward(from: first - 1, floor: max(0, first - 5))
    else { return phrase }
    return owner.lowerBound..<phrase.upperBound
  }

  /// `So enthält das Strafgesetzbuch in § 108a folgende Sätze:`, `Der Paragraf lautet:`: a
  /// text that contains or reads the words before the colon at `colon` is their source.
  func containingText(colon: Int, floor: Int) -> Range<Int>? {
    let start = sentenceStart(before: colon, floor: max(floor, colon - 30, 0))
    guard start < colon, colon <= tokens.count,
      let verb = (start..<colon).first(where: {
        tokens[$0].isLowercase && Self.containing.contains(tokens[$0].hash)
      })
    else { return nil }
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    let phrase: Range<Int>?
    if verb + 1 < colon, lexicon.is(tokens[verb + 1].hash, .determiner) {
      phrase = parser.forward(from: verb + 1, limit: colon).map(germanPhrase)
    } else {
      phrase = parser.forward(from: start, limit: verb).map(germanPhrase)
    }
    guard let phrase, phrase.count >= 2, lexicon.is(tokens[phrase.lowerBound].hash, .determiner),
      phrase.upperBound == verb || phrase.lowerBound == verb + 1,
      isTextNoun(phrase.upperBound - 1)
    else { return nil }
    return phrase
  }

  private func isTextNoun(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.isWord, token.isCapitalized else { return false }
    let word = QuoteScalar.string(scalars, token.start..<token.end).lowercased()
    return QuoteGermanNouns.isText(word) || Self.codes.contains { word.hasSuffix($0) }
  }

  private static let containing: Set<UInt64> = Set(
    ["enthält", "enthielt", "lautet", "lautete", "besagt", "besagte", "regelt", "bestimmt"].map(
      QuoteToken.hash(of:)))
  private static let codes = ["buch", "paragraf", "paragraph", "absatz", "satzung", "kodex"]

  private func isComma(_ index: Int) -> Bool {
    tokens[index].kind == .punctuation && tokens[index].scalar == 0x2C
  }

  private static let relativeObjects: Set<UInt64> = Set(
    ["dem", "der", "denen", "welchem", "welcher", "welchen"].map(QuoteToken.hash(of:)))

  /// The document of the first `heißt es` in `sentence` (`In dem Papier heißt es, …`).
  func documentStatement(in sentence: Range<Int>) -> Range<Int>? {
    let upper = min(sentence.upperBound, tokens.count)
    guard sentence.lowerBound >= 0, sentence.lowerBound < upper,
      let verb = tokens[sentence.lowerBound..<upper].firstIndex(where: {
        $0.isLowercase && German.documentVerbs.contains($0.hash)
      })
    else { return nil }
    return documentStatement(verb: verb)
  }

  /// `der Mitteilung der Polizei` → the whole phrase, which names the document and its author;
  /// `einer gestern verbreiteten Erklärung` → the phrase through the participle's noun.
  func documentSource(from start: Int, limit: Int) -> Range<Int>? {
    let parser = QuoteMentionParser(tokens: tokens, lexicon: lexicon)
    if let determiner = quotedNameDeterminer(at: start), let name = quotedName(at: start + 1) {
      return determiner..<name.upperBound
    }
    if let described = participialText(from: start, limit: limit) { return described }
    guard let read = parser.forward(from: start, limit: limit) else { return nil }
    let mention = withGenitive(germanPhrase(read), limit: limit)
    return tokens[mention.upperBound - 1].isCapitalized ? mention : nil
  }

  /// `Der „Spiegel“ schreibt, …`, `Die Zeitung „Die Welt“ berichtete, …`: a name in
  /// quotation marks with its article (and a noun before the name) that opens the sentence
  /// right before the finite verb at `verb` is its subject. Nil for an article that cannot
  /// be nominative (`Dem „Spiegel“ sagte er`).
  func quotedNameSubject(before verb: Int) -> Range<Int>? {
    let close = verb - 1
    guard close > 1, close < tokens.count, tokens[close].kind == .mark,
      let open = quotedNameStart(closing: close), open > 0
    else { return nil }
    var first = open - 1
    if first > 0, tokens[first].isCapitalized, !lexicon.is(tokens[first].hash, .determiner) {
      first -= 1
    }
    guard Self.nominativeArticles.contains(tokens[first].hash), isSentenceStart(first) else {
      return nil
    }
    return first..<verb
  }

  private static let nominativeArticles: Set<UInt64> = Set(
    ["der", "die", "das"].map(QuoteToken.hash(of:)))

  /// A determiner right before a name in quotation marks (`die „Zeit“`), by token index.
  func quotedNameDeterminer(at index: Int) -> Int? {
    guard index + 1 < tokens.count, tokens[index].isWord,
      lexicon.is(tokens[index].hash, .determiner), tokens[index + 1].kind == .mark
    else { return nil }
    return index
  }

  /// The capitalised words between an opening mark at `open` and the next mark (`„Zeit“`).
  func quotedName(at open: Int) -> Range<Int>? {
    guard open < tokens.count, tokens[open].kind == .mark else { return nil }
    var index = open + 1
    while index < min(tokens.count, open + 8), tokens[index].kind != .mark {
      guard tokens[index].kind != .lineBreak else { return nil }
      index += 1
    }
    guard index < tokens.count, tokens[index].kind == .mark, index > open + 1,
      tokens[open + 1].isCapitalized
    else { return nil }
    return open..<(index + 1)
  }
}
