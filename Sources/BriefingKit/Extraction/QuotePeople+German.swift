private typealias German = QuoteGermanWords

/// German capitalises every noun, so a run of capitalised words is as often a noun phrase
/// (`Lage Deutschlands`, `Rücktritt Hartmanns`) as a name, and a role before a name need not
/// be a known role word (`Kämmerer Jürgen Albers`). Given names and the shapes of German
/// nouns tell them apart.
extension QuotePeople {
  /// Where the name starts in a German run whose name would start at `nameStart`: at the
  /// first given name followed by another capitalised word, when only capitalised words that
  /// are no given names stand before it (`Ökonom Ole Jansen`, `Grünen-Politikerin Sabine
  /// Krämer`).
  func germanNameStart(_ nameStart: Int, end: Int) -> Int {
    if isGenitiveRole(nameStart, end: end) { return nameStart + 1 }
    var index = nameStart
    while index + 1 < end {
      let token = tokens[index]
      guard token.isWord, token.isCapitalized else { return nameStart }
      if QuoteGermanNames.isGivenName(token.hash) {
        return tokens[index + 1].isCapitalized && tokens[index + 1].isWord ? index : nameStart
      }
      index += 1
    }
    if isDescribedName(nameStart, end: end) || isBareRole(nameStart, end: end) {
      return nameStart + 1
    }
    return hasLoneSurname(nameStart, end: end) ? end - 2 : nameStart
  }

  /// `die Ärztin Mira Stein`, `der Sprecher Jan Olk`: after an article, a noun for a person
  /// (`-in`, `-er`, `-ist`, `-ent`, `-ant`) before two capitalised words is the role, and
  /// the two words are the name; not a body or a text (`der Fernsehsender Sky News`).
  private func isDescribedName(_ index: Int, end: Int) -> Bool {
    guard index > 0, end - index == 3, tokens[index - 1].isWord,
      lexicon.is(tokens[index - 1].hash, .determiner),
      tokens[index..<end].allSatisfy({ $0.isWord && $0.isCapitalized }),
      !QuoteGermanNames.isGivenName(tokens[index].hash)
    else { return false }
    let noun = QuoteScalar.string(scalars, tokens[index].start..<tokens[index].end).lowercased()
    guard noun.count >= 5, Self.personEndings.contains(where: { noun.hasSuffix($0) }),
      !Self.isInflectedAdjective(noun), !QuoteSpeakerResolver.isGermanBody(noun),
      !QuoteGermanNouns.isText(noun)
    else { return false }
    return tokens[(index + 1)..<end].allSatisfy { token in
      let word = QuoteScalar.string(scalars, token.start..<token.end).lowercased()
      return !Self.hasNounEnding(word) && !QuoteSpeakerResolver.isGermanBody(word)
        && !Self.germanUnits.contains(token.hash)
    }
  }

  private static let personEndings = ["in", "er", "ist", "ent", "ant"]

  /// `des Ermittlers Paolo Renzi`, `des italienischen Ermittlers …`: after `des` (and perhaps
  /// adjectives), a noun in `-s` before two or more capitalised words is the person's role in
  /// the genitive, no part of the name.
  private func isGenitiveRole(_ index: Int, end: Int) -> Bool {
    var article = index - 1
    while article > max(0, index - 3), tokens[article].isWord, tokens[article].isLowercase,
      tokens[article].hash != Self.des
    {
      article -= 1
    }
    guard index > 0, index + 2 < end, article >= 0, tokens[article].hash == Self.des,
      tokens[index].isWord, tokens[index].isCapitalized, tokens[index].end > 0,
      tokens[index].end <= scalars.count, scalars[tokens[index].end - 1] == "s",
      !QuoteGermanNames.isGivenName(tokens[index].hash),
      tokens[(index + 1)..<end].allSatisfy({ $0.isWord && $0.isCapitalized })
    else { return false }
    return true
  }

  private static let des = QuoteToken.hash(of: "des")

  /// `Der Sprecher der Polizei, Klaus Wendt,`: the role before a German name and its comma,
  /// from the capitalised determiner that opens the sentence.
  func germanAppositiveRole(before name: Int) -> Range<Int>? {
    guard isGerman, name >= 3, tokens[name - 1].kind == .punctuation,
      tokens[name - 1].scalar == 0x2C
    else { return nil }
    var start = name - 2
    while start > max(0, name - 9), tokens[start - 1].isWord,
      !lexicon.is(tokens[start].hash, .determiner) || tokens[start].isLowercase
    {
      start -= 1
    }
    let range = start..<(name - 1)
    guard lexicon.is(tokens[start].hash, .determiner), tokens[start].isCapitalized,
      start == 0 || !tokens[start - 1].isWord,
      range.contains(where: { lexicon.isRole(tokens[$0]) })
    else { return nil }
    return (start + 1)..<(name - 1)
  }

  /// True for a word that opens a German sentence before its subject and is no part of a name:
  /// a conjunction or adverb set in capitals at the start (`Wenn`, `Da`, `Lediglich`).
  func isGermanLeadingNoise(_ index: Int) -> Bool {
    let hash = tokens[index].hash
    return German.subordinators.contains(hash) || German.clauseOpeners.contains(hash)
      || German.frontedAdverbs.contains(hash) || German.nonVerbs.contains(hash)
      || Self.germanOpeners.contains(hash)
  }

  /// True when a German run names a person: it starts with a given name, or a role stands
  /// before it (`Bundeskanzlerin Merkel`); not when it reads as a noun phrase: a surname named
  /// before and a noun (`Klien Anzeige`), a lower-case
  /// word inside (`Amt des Ministers`, `Formen von Gewalt`; `Kurt von Figura` has a given name), a name in the genitive (`Lage Deutschlands`), a noun ending (`Entscheidung`, `Gesellschaft`),
  /// a body (`Hamburger Landesverband`), a unit or count (`Millionen Euro`), or an inflected
  /// adjective first (`Vereinigten Staaten`, `Konkrete Hinweise`).
  func isGermanPerson(_ run: Run) -> Bool {
    guard let first = run.name.first, first < tokens.count else { return false }
    if QuoteGermanNames.isGivenName(tokens[first].hash) || run.role != nil { return true }
    if isGermanPhrase(run) { return false }
    // `Land Salzburg`, `Stadt Linz`, `Bezirk Varnau`: a place noun before a name is a place.
    if Self.placeNouns.contains(tokens[first].hash) { return false }
    if run.name.count == 2, isSurname(tokens[first].hash),
      !isSurname(tokens[first + 1].hash)
    {
      // `gegen Klien Anzeige erstattet` after `Christian Klien`: a surname met before, then
      // a noun.
      return false
    }
    if isAdjectiveAfterInflection(run.name) { return false }
    for index in run.name where index < tokens.count {
      let token = tokens[index]
      guard token.isWord else { continue }
      if token.isLowercase, !QuoteNameParticles.isInsideName(index, in: tokens, scalars: scalars) {
        return false
      }
      if Self.germanUnits.contains(token.hash) { return false }
      let word = QuoteScalar.string(scalars, token.start..<token.end).lowercased()
      if Self.hasNounEnding(word) || QuoteSpeakerResolver.isGermanBody(word) { return false }
      if index == first, Self.isInflectedAdjective(word) { return false }
      if run.name.count == 2, index == first + 1, Self.isGenitive(word) { return false }
    }
    return true
  }

  /// `wegen einer fünften Gelben Karte`: after an inflected lower-case word (`einer`,
  /// `fünften`), a capitalised first word in `-en` before another is an adjective before its
  /// noun, unless it is a given name (`des früheren Jürgen Möllemann`).
  private func isAdjectiveAfterInflection(_ name: Range<Int>) -> Bool {
    guard name.count >= 2, let first = name.first, first > 0, first < tokens.count,
      tokens[first - 1].isWord, tokens[first - 1].isLowercase, tokens[first].isWord,
      !QuoteGermanNames.isGivenName(tokens[first].hash)
    else { return false }
    let before = tokens[first - 1]
    let word = QuoteScalar.string(scalars, tokens[first].start..<tokens[first].end)
    let previous = QuoteScalar.string(scalars, before.start..<before.end)
    return word.count >= 5 && word.hasSuffix("en") && previous.count >= 3
      && ["en", "er", "em", "es"].contains { previous.hasSuffix($0) }
  }

  /// `Deutschlands`, `Hartmanns`: a consonant and `s`, the genitive of a name after a noun.
  static func isGenitive(_ word: String) -> Bool {
    let scalars = Array(word.unicodeScalars.suffix(2))
    guard scalars.count == 2, scalars[1] == "s" else { return false }
    return !"aeiouäöüys".unicodeScalars.contains(scalars[0])
  }

  /// True for a lower-cased word with an ending of German abstract nouns (`-ung`, `-heit`).
  static func hasNounEnding(_ word: String) -> Bool {
    word.count >= 6 && nounEndings.contains { word.hasSuffix($0) }
  }

  private static func isInflectedAdjective(_ word: String) -> Bool {
    word.count >= 5 && adjectiveEndings.contains { word.hasSuffix($0) }
  }

  private static let nounEndings = [
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
    "ität", "itäten", "ismus", "nisse", "tum", "tümer", "ierung", "ment", "mente",
  ]

  private static let adjectiveEndings = [
    "ischen", "ische", "ischer", "lichen", "liche", "licher", "igen", "ige", "iger", "ten",
    "enen", "sten", "eren", "alen", "ellen", "iven", "nen", "ner", "ker",
  ]

  private static let germanOpeners: Set<UInt64> = Set(
    [
      "lediglich", "aufgrund", "angesichts", "trotz", "laut", "nach", "zwar", "auch", "selbst",
      "gerade", "besonders", "vor", "seit", "bei", "mit", "für", "gegen", "durch", "dass",
    ].map(QuoteToken.hash(of:)))

  private static let placeNouns: Set<UInt64> = Set(
    [
      "land", "stadt", "bezirk", "kanton", "bundesland", "region", "provinz", "kreis",
      "landkreis", "insel", "dorf", "markt", "hauptstadt", "gemeinde", "republik",
    ].map(QuoteToken.hash(of:)))

  static let germanUnits: Set<UInt64> = Set(
    [
      "euro", "dollar", "franken", "pfund", "millionen", "milliarden", "million", "milliarde",
      "prozent", "liter", "meter", "metern", "kilometer", "kilometern", "tonnen", "jahre",
      "jahren", "tage", "tagen", "stunden", "minuten", "wochen", "monate", "monaten", "grad",
      "hektar", "menschen", "personen", "einwohner", "mitglieder", "teilnehmer", "zuschauer",
      "region", "road", "street", "straße", "platz", "tag", "jahr", "woche", "monat",
    ].map(QuoteToken.hash(of:)))
}
