/// German capitalises every noun, so a short German sentence looks like a title (`„Rumänien ist
/// Gastland“`) and a word someone is called looks like a name after `als` (`bezeichnete die
/// Pläne als „Wortbruch“`). The words around the quote tell them apart.
extension QuoteBuilder {
  /// True in German when a cue right after the quote gives it its speaker and the
  /// quote holds a verb or other lower-case word (`„Rumänien ist Gastland“, erklärte Zille`):
  /// a sentence said by someone, not a title.
  func isGermanSentenceWithCue(_ span: QuoteSpan, _ attribution: QuoteAttribution?) -> Bool {
    guard language == "de", let attribution, let cue = attribution.cue,
      attribution.source == .after, attribution.mention != nil, cue <= span.closeToken + 2,
      cue < tokens.count, let word = lexicon.cue(for: tokens[cue].hash), !word.isWeak
    else { return false }
    let lower = max(span.openToken + 1, 0)
    let upper = min(span.closeToken, tokens.count)
    guard lower < upper else { return false }
    let function: QuoteLexicon.WordClass = [.determiner, .linking, .conjunction]
    return tokens[lower..<upper].contains {
      $0.isWord && $0.isLowercase && lexicon.wordClass($0.hash).isDisjoint(with: function)
    }
  }

  /// True in German for a quote after `als` or `es` in a clause whose verb names or judges
  /// something (`bezeichnete die Pläne als „Wortbruch“`, `nannte es „ein Desaster“`, `als
  /// „extrem“ eingestuft`): what someone called it, not a name.
  func isGermanNaming(_ span: QuoteSpan) -> Bool {
    let before = span.openToken - 1
    guard language == "de", before >= 1, before < tokens.count,
      Self.namingLinks.contains(tokens[before].hash)
    else { return false }
    var index = before - 1
    while index >= max(0, before - 10), tokens[index].isWord {
      if Self.namingVerbs.contains(tokens[index].hash) { return true }
      index -= 1
    }
    index = span.closeToken + 1
    while index < min(tokens.count, span.closeToken + 6), tokens[index].isWord {
      if Self.namingVerbs.contains(tokens[index].hash) { return true }
      index += 1
    }
    return false
  }

  private static let namingLinks: Set<UInt64> = Set(
    ["als", "es", "ihn", "sie"].map(QuoteToken.hash(of:)))

  private static let namingVerbs: Set<UInt64> = Set(
    [
      "bezeichnete", "bezeichneten", "bezeichnet", "nannte", "nannten", "nennt", "nennen",
      "genannt", "wertete", "werteten", "wertet", "gewertet", "bewertete", "bewertet",
      "kritisierte", "kritisierten", "kritisiert", "verurteilte", "verurteilten",
      "verurteilt", "beschrieb", "beschrieben", "beschreibt", "sah", "sahen", "sieht", "sehen",
      "eingestuft", "stufte", "stuften", "geißelte", "brandmarkte", "feierte", "lobte",
      "zurückgewiesen", "wies", "wiesen", "charakterisierte", "betrachtet", "betrachtete",
      "gefeiert", "gelobt", "gewürdigt", "beschimpft", "charakterisiert", "gewertet",
    ].map(QuoteToken.hash(of:)))

  /// True in German for a quote whose first word is a lower-case article (`sprach von
  /// „einer Zumutung für alle“`, `ist das „eine Frage der Zeit“`): a name in quotation marks
  /// opens with a capital (`der „Berliner Zeitung“`), a quoted phrase need not.
  func opensWithGermanArticle(_ span: QuoteSpan) -> Bool {
    guard language == "de",
      let first = tokens[min(span.openToken + 1, tokens.count)..<min(span.closeToken, tokens.count)]
        .first(where: { $0.isWord })
    else { return false }
    return first.isLowercase && Self.lowerArticles.contains(first.hash)
  }

  /// True in German for a quote whose first word is in lower case (`„mit Bedauern zur
  /// Kenntnis“`): a German title opens with a capital.
  func opensInGermanLowerCase(_ span: QuoteSpan) -> Bool {
    guard language == "de",
      let first = tokens[min(span.openToken + 1, tokens.count)..<min(span.closeToken, tokens.count)]
        .first(where: { $0.isWord })
    else { return false }
    return first.isLowercase
  }

  /// True in German for a quote after an indefinite article, with a cue (`sprach von einer
  /// „Gefahr für Leib und Leben“`): what someone called a thing, not a title, which takes
  /// `der` or `die` (`der „Berliner Zeitung“`).
  func followsGermanIndefinite(_ span: QuoteSpan, hasCue: Bool) -> Bool {
    let before = span.openToken - 1
    guard language == "de", hasCue, before >= 0, before < tokens.count else { return false }
    return tokens[before].isLowercase && Self.indefiniteArticles.contains(tokens[before].hash)
  }

  private static let indefiniteArticles: Set<UInt64> = Set(
    ["ein", "eine", "einer", "einen", "einem", "eines"].map(QuoteToken.hash(of:)))

  private static let lowerArticles: Set<UInt64> = Set(
    [
      "ein", "eine", "einer", "einen", "einem", "eines", "der", "die", "das", "den", "dem", "des",
    ].map(QuoteToken.hash(of:)))

  /// True in German for capitalised words in quotation marks right after a preposition that
  /// opens the sentence and run on into it with no comma (`Im „Spiegel“ sagte sie`, `In
  /// „Hart aber fair“ warnte er`): the name of a paper or a show.
  func isGermanNameAfterPreposition(_ span: QuoteSpan) -> Bool {
    let before = span.openToken - 1
    let after = span.closeToken + 1
    guard language == "de", before >= 0, after < tokens.count, tokens[before].isWord,
      tokens[before].isCapitalized, Self.openingPrepositions.contains(tokens[before].hash),
      tokens[after].isWord
    else { return false }
    var words = 0
    for token in tokens[min(span.openToken + 1, tokens.count)..<min(span.closeToken, tokens.count)]
    {
      if token.kind == .punctuation && !QuoteScalar.isDash(token.scalar) { return false }
      guard token.isWord else { continue }
      if words == 0 && !token.isCapitalized { return false }
      words += 1
    }
    return words > 0 && words <= 6
  }

  private static let openingPrepositions: Set<UInt64> = Set(
    [
      "im", "am", "beim", "vom", "zum", "zur", "ins", "in", "auf", "bei", "aus", "laut",
      "gegenüber",
    ].map(QuoteToken.hash(of:)))
}
