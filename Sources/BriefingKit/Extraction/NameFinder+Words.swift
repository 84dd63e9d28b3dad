/// The shapes of single words that change how a name is read: attributive compounds before
/// a name, plural nouns of people opening a sentence, nouns of geography heading a name.
extension NameFinder {
  /// True when the token at `index` is an attributive compound (`Paris-based`, `US-led`): a
  /// hyphenated word whose last part is one of ``CueData/attributiveEndings``.
  @inline(__always)
  func isAttributive(_ index: Int) -> Bool {
    isCompound(index, endingIn: CueData.attributiveEndings)
  }

  /// True when the token at `index` is a capitalised compound whose part after the last hyphen
  /// is written in lowercase (`Oscar-winning`, `Beatles-esque`, `Kremlin-friendly`): it
  /// describes what follows, as an adjective does, and names nothing. A name joined by a hyphen
  /// capitalises both parts (`Rolls-Royce`, `Jean-Paul`).
  func isLowercaseEndedCompound(_ index: Int) -> Bool {
    let token = scan.tokens[index]
    guard token.flags.contains(.hyphenated), token.flags.contains(.capitalised),
      !token.flags.contains(.allCaps)
    else { return false }
    let scalars = scan.surface(of: token).unicodeScalars
    guard let hyphen = scalars.lastIndex(of: "-") else { return false }
    let after = scalars.index(after: hyphen)
    return after < scalars.endIndex && scalars[after].properties.isLowercase
  }

  /// True when the word at `index` opens a place of the gazetteer written in capitals right
  /// after a word that is not (`By Fiona Lau HONG KONG (Reuters)`): the dateline after a
  /// byline, not part of the name before it. Acronyms (`US`, `UK`) are left to the name.
  func opensDatelinePlace(_ index: Int) -> Bool {
    let tokens = scan.tokens
    guard index > 0, index < tokens.count, tokens[index].flags.contains(.allCaps),
      !tokens[index - 1].flags.contains(.allCaps), tokens[index].end - tokens[index].start >= 3,
      scan.classes(of: tokens[index]).contains(.placeStart)
    else { return false }
    var key = ""
    for next in index..<min(index + 4, tokens.count) {
      let token = tokens[next]
      guard token.flags.contains(.allCaps), next == index || !token.flags.contains(.breakBefore)
      else { break }
      if next > index { key += " " }
      key += scan.lower(of: token)
      if key.utf8.count >= 4, !key.utf8.contains(UInt8(ascii: ".")), lexicon.places.contains(key) {
        return true
      }
    }
    return false
  }

  /// True when the word at `index`, written in capitals, is a word of five letters or more that
  /// the text also writes in lowercase or that is a general word or a verb (`UPDATE`,
  /// `PHOTOS`, `CORNERSTONE INVESTORS`): a label or a subheading, not an acronym, which is
  /// never written in lowercase (`NASA`, `UNICEF`).
  @inline(__always)
  func isShoutedWord(_ index: Int) -> Bool {
    let token = scan.tokens[index]
    guard token.end - token.start >= 5, isEnglish else { return false }
    let lower = Int(token.lower)
    if lower < lowercaseUses.count && lowercaseUses[lower] > 0 { return true }
    let classes = scan.classes[lower]
    return !classes.isDisjoint(with: [.common, .verbForm, .adjective])
      && classes.isDisjoint(with: [.knownOrganisation, .commonAcronym, .placeStart])
  }

  /// True when the token at `index` is a hyphenated word whose part after the last hyphen is
  /// one of `endings` (lowercase UTF-8).
  func isCompound(_ index: Int, endingIn endings: [[UInt8]]) -> Bool {
    let token = scan.tokens[index]
    guard token.flags.contains(.hyphenated) else { return false }
    let bytes = scan.lowerTable.bytes(of: token.lower)
    guard let hyphen = bytes.lastIndex(of: UInt8(ascii: "-")), hyphen > bytes.startIndex else {
      return false
    }
    let ending = bytes[bytes.index(after: hyphen)...]
    return endings.contains { ending.elementsEqual($0) }
  }

  /// True when `name` is one word opening a sentence with an ending of English plural nouns of
  /// people (`Analysts said`, `Critics say`, ``CueData/pluralNounEndings``): a speech verb
  /// after it does not make it a person. A surname alone (`Jones said`) still does.
  @inline(__always)
  func isPluralNoun(_ name: Range<Int>, of run: Range<Int>) -> Bool {
    guard isEnglish, name.count == 1, name.lowerBound == run.lowerBound else {
      return false
    }
    let token = scan.tokens[name.lowerBound]
    guard token.flags.contains(.sentenceStart), !token.flags.contains(.allCaps),
      scan.classes(of: token).isDisjoint(with: [.givenName, .knownOrganisation, .placeStart])
    else { return false }
    return Self.endsLikePluralNoun(scan.lowerTable.bytes(of: token.lower))
  }

  /// True when the lowercased word `bytes` has six letters or more and one of
  /// ``CueData/pluralNounEndings``.
  static func endsLikePluralNoun<Bytes: BidirectionalCollection>(_ bytes: Bytes) -> Bool
  where Bytes.Element == UInt8 {
    hasEnding(bytes, among: CueData.pluralNounEndings, minimumCount: 6)
  }

  /// True when the lowercased word `bytes` has eight letters or more and one of
  /// ``CueData/adverbEndings`` (`initially`, `eventually`, `recently`): names ending in `-ly`
  /// are shorter (`Kelly`, `Beverly`) or end in `-lly` (`Connolly`).
  static func endsLikeAdverb<Bytes: BidirectionalCollection>(_ bytes: Bytes) -> Bool
  where Bytes.Element == UInt8 {
    hasEnding(bytes, among: CueData.adverbEndings, minimumCount: 8)
  }

  /// True when `bytes` has at least `minimumCount` bytes and ends with one of `endings`.
  private static func hasEnding<Bytes: BidirectionalCollection>(
    _ bytes: Bytes, among endings: [[UInt8]], minimumCount: Int
  ) -> Bool where Bytes.Element == UInt8 {
    bytes.count >= minimumCount
      && endings.contains { bytes.reversed().starts(with: $0.reversed()) }
  }

  /// True when a noun of geography heads the name of several words `name`: it ends the name
  /// (`Downing Street`) or opens it before `of` or one more word (`Isle of Sheppey`, `River
  /// Thames`); inside a name (`Manic Street Preachers`) it says nothing.
  func isPlaceByGeography(_ name: Range<Int>) -> Bool {
    guard name.count > 1 else { return false }
    if scan.classes(of: scan.tokens[name.upperBound - 1]).contains(.placeWord) { return true }
    guard scan.classes(of: scan.tokens[name.lowerBound]).contains(.placeWord) else {
      return false
    }
    return name.count == 2 || isConnector(name.lowerBound + 1)
  }

  /// Where a person's name starts inside a German run of capitalised words: at the first
  /// given name after words that are none (`Premierminister David Cameron`, `SPD-Vorsitzende
  /// Franz Müntefering`), since German capitalises every noun and the words before the given
  /// name describe the person. Nil when the run opens with a given name, has none, holds an
  /// organisation word (`Bank Austria`), or a known title before it that becomes the role.
  func germanPersonStart(in run: Range<Int>) -> Int? {
    guard isGerman, run.count >= 3 else { return nil }
    let tokens = scan.tokens
    var start: Int?
    for index in run {
      let classes = scan.classes(of: tokens[index])
      if classes.contains(.organisation) { return nil }
      if start == nil, classes.contains(.givenName) { start = index }
      // `Bundeskanzlerin Angela Merkel`, `Verkehrssenator Jonas Albrecht`: a known title or
      // office is split off as the role.
      if start == nil, classes.contains(.title) || isGermanOffice(index) { return nil }
    }
    guard let start, start > run.lowerBound, start + 1 < run.upperBound,
      tokens[start + 1].flags.contains(.capitalised)
    else { return nil }
    return start
  }

  /// The tokens of the role written before a name whose title is in lowercase (`Tory leader
  /// Michael Howard`, `Lib Dem home affairs spokesman Mark Oaten`, `Hollywood star Ada
  /// Vance`): the title right before the name, with up to four words before it that qualify it
  /// (capitalised words that are no stopwords, or a capitalised stopword inside the sentence
  /// that opens a name, as in `said All Blacks captain`; other titles; ``roleModifiers``), in
  /// the name's sentence. Its text is ``roleText(of:)``.
  func lowercaseRole(before run: Range<Int>) -> Range<Int>? {
    let tokens = scan.tokens
    guard run.lowerBound > 0, run.lowerBound < tokens.count,
      !tokens[run.lowerBound].flags.contains(.breakBefore)
    else { return nil }
    var start = run.lowerBound - 1
    while start > 0, run.lowerBound - start < 6 {
      let token = tokens[start]
      guard !token.flags.contains(.breakBefore), !token.flags.contains(.sentenceStart) else {
        break
      }
      let word = tokens[start - 1]
      let lower = Int(word.lower)
      let isStop = scan.classes[lower].rawValue & UInt32(mask) != 0
      let isCapital = word.flags.contains(.capitalised) && !word.flags.contains(.possessive)
      let opensName =
        isStop && !word.flags.contains(.sentenceStart) && token.flags.contains(.capitalised)
        && !scan.classes(of: token).contains(.title)
      let qualifies =
        (isCapital && (!isStop || opensName))
        || scan.classes[lower].contains(.title)
        || Self.roleModifiers.contains(scan.lower(of: word))
      guard qualifies else { break }
      start -= 1
    }
    if isObjectOfRelation(start) { return nil }
    return start..<run.lowerBound
  }

  /// True when the role starting at token `start` is the object of a person's relation
  /// (`the assistant to the Russian leader Yuri Ushakov`, `a spokesman for the party leader
  /// Ada Vance`): the name may be the leader's or the assistant's, so neither role is given.
  /// `the resignation of the Tory leader Michael Howard` keeps its role.
  private func isObjectOfRelation(_ start: Int) -> Bool {
    let tokens = scan.tokens
    guard start >= 3, !tokens[start].flags.contains(.breakBefore),
      !tokens[start - 1].flags.contains(.breakBefore),
      !tokens[start - 2].flags.contains(.breakBefore),
      Self.articles.contains(scan.lower(of: tokens[start - 1])),
      Self.relationWords.contains(scan.lower(of: tokens[start - 2]))
    else { return false }
    // A capitalised head opens a name or a title of a work (`Lord of the Rings director`).
    let head = tokens[start - 3]
    guard !head.flags.contains(.capitalised) else { return false }
    return scan.classes[Int(head.lower)].contains(.title)
      || Self.relationHeads.contains(scan.lower(of: head))
  }

  private static let articles: Set<String> = ["the", "a", "an"]
  /// People named by their relation to another (`assistant to`, `wife of`).
  private static let relationHeads: Set<String> = [
    "assistant", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson",
    "deputy", "envoy", "representative", "secretary", "wife", "husband", "son", "daughter",
    "brother", "sister", "father", "mother", "widow", "lawyer", "friend", "ally", "successor",
    "predecessor", "staff", "counsel", "press",
  ]
  private static let relationWords: Set<String> = ["to", "of", "for"]

  /// Lowercase words that qualify an office before its title (`shadow`, `home`, `deputy`).
  static let roleModifiers: Set<String> = [
    "shadow", "deputy", "former", "acting", "party", "home", "foreign", "junior", "senior",
    "interim", "outgoing", "opposition", "health", "education", "defence", "defense", "trade",
    "transport", "culture", "environment", "finance", "justice", "treasury", "industry",
    "state", "campaign", "election", "policy", "affairs", "team", "club", "union", "council",
    "police", "army", "company", "group", "news", "press", "operating", "communications",
    "managing", "financial", "marketing", "technology", "technical", "commercial", "media",
    "sports", "legal", "medical", "economic", "political",
  ]

  /// True when the German word at `index` is an office by its last part, a compound the
  /// title list cannot hold in full (`Verkehrssenator`, `Polizeisprecherin`, `Top-Stürmer`).
  func isGermanOffice(_ index: Int) -> Bool {
    guard isGerman, scan.tokens[index].flags.contains(.capitalised) else { return false }
    let word = scan.lower(of: scan.tokens[index])
    return Self.germanOfficeEndings.contains { ending in
      word.count > ending.count + 2 && word.hasSuffix(ending)
    }
  }

  /// Last parts of German compounds that name an office or a trade held by a person: the role
  /// nouns attribution knows, and some it has no need of.
  static let germanOfficeEndings =
    QuoteWords.roleSuffixes + [
      "chef", "senatorin", "stürmer", "spieler", "spielerin", "torhüter", "politiker",
      "politikerin", "richter", "richterin", "manager", "managerin", "gründer", "gründerin",
      // Party offices and colleagues (`FPÖ-Kandidat`, `ÖVP-Obmann`, `Regierungskollege`),
      // scholars (`Kriminalsoziologe`) and a team's mainstay (`Werder-Stütze`).
      "kandidat", "kandidatin", "obmann", "obfrau", "abgeordneten", "kollege", "kollegin",
      "soziologe", "soziologin", "stütze",
      // Trades and sciences by their endings (`Forensiker`, `Virologe`, `Pianistin`).
      "iker", "ikerin", "ologe", "ologin", "istin",
    ]

  /// Where the holder's name starts in `rest`, the words after `Title of` (`State Colin
  /// Powell`, `Homeland Security Jeh Johnson`): at a given name after the first word, else
  /// after the last word of the office's department, a word the text also writes in lower case,
  /// a common word or an organisation word (`Security`). Nil when no name of one to three
  /// words follows the department (`Russia`, `Foreign Affairs`).
  func holderStart(after rest: Range<Int>) -> Int? {
    guard rest.count >= 2 else { return nil }
    let tokens = scan.tokens
    for index in rest.dropFirst().dropLast()
    where scan.classes(of: tokens[index]).contains(.givenName)
      && tokens[index + 1].flags.contains(.capitalised)
    {
      return index
    }
    guard
      let last = rest.last(where: { index in
        // A joining word is no word of the department: `Order of the Bath` names no holder.
        guard !isConnector(index), !isSecondConnector(index) else { return false }
        let lower = Int(tokens[index].lower)
        return lowercaseUses[lower] > 0
          || !scan.classes[lower].isDisjoint(with: [.common, .organisation])
      }), last + 1 < rest.upperBound, rest.upperBound - (last + 1) <= 3
    else { return nil }
    let isNamed = (last + 1..<rest.upperBound).allSatisfy { !isConnector($0) }
    return isNamed ? last + 1 : nil
  }

  /// True when a German name candidate is a common noun: one word that no list knows as a
  /// body or a place, not written in capitals, and not read as a person. An organisation word
  /// alone (`Regierung`, `Gericht`) or a word after a preposition (`nach Angaben`) is a noun.
  static func isGermanNoun(_ candidate: NameCandidate) -> Bool {
    candidate.words.count == 1 && candidate.quotes == 0 && !candidate.isAllCaps
      && !candidate.isKnownOrganisation && !candidate.isGazetteerPlace
      && !candidate.isWorkTitle && candidate.kind != .person
  }

  /// True when a capitalised word that is no name word by itself, a stopword or a common word
  /// that only has its capital from the sentence start, opens a known place or body with the
  /// name word after it (`New York`, `New Zealand`, `United Nations`): it is then part of the
  /// name, so that `York` is not a name of its own.
  func opensKnownName(_ index: Int) -> Bool {
    let tokens = scan.tokens
    guard index + 1 < tokens.count else { return false }
    let flags = tokens[index].flags
    // Every known name of several words gives its first word a class: a word without one
    // opens none, and no key is made for it.
    guard flags.contains(.capitalised), flags.contains(.hasLetter),
      !scan.classes(of: tokens[index]).isDisjoint(with: [.placeStart, .organisationStart]),
      !tokens[index + 1].flags.contains(.breakBefore), isNameWord(index + 1)
    else { return false }
    let key = scan.lower(of: tokens[index]) + " " + scan.lower(of: tokens[index + 1])
    return lexicon.places.contains(key) || lexicon.knownOrganisations.contains(key)
  }

  /// True when the token at `index` follows a number, directly or after one word (`0530 GMT`,
  /// `16:03 Uhr MESZ`), with nothing that breaks a name between them.
  func isAfterNumber(_ index: Int) -> Bool {
    let tokens = scan.tokens
    guard index > 0, !tokens[index].flags.contains(.breakBefore) else { return false }
    let before = tokens[index - 1].flags
    if before.contains(.hasDigit) { return true }
    return index > 1 && !before.contains(.breakBefore)
      && tokens[index - 2].flags.contains(.hasDigit)
  }

  /// The index of the name word after an article that follows a capitalised particle of the
  /// name (`Alexander Van der Bellen`: `der` after `Van`), nil when `index` holds no such
  /// article.
  func nameAfterCapitalParticle(_ index: Int) -> Int? {
    let tokens = scan.tokens
    // The flags and the particle before are tested first: they rule out almost every word
    // that ends a run, before the word's lowercased form is made into a string.
    guard index > 0, index + 1 < tokens.count, tokens[index - 1].flags.contains(.capitalised),
      scan.classes(of: tokens[index - 1]).contains(.nameConnector),
      !tokens[index].flags.contains(.breakBefore),
      !tokens[index + 1].flags.contains(.breakBefore), isSecondConnector(index),
      isNameWord(index + 1)
    else { return nil }
    return index + 1
  }
}
