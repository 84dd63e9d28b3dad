/// Names that look like a person's but are not: titles of works and newspapers (`Star Wars`,
/// `The Sunday Telegraph`), descriptions that open a sentence (`Writer Ada Vance`), and German
/// nouns after an office (`dem Finanzminister Zynismus vorwerfen`) or a body (`Band`).
extension NameFinder {
  /// True when a capitalised article inside a sentence opens the run (`told The Daily Post`,
  /// `in Der Spiegel`): the run is the title of a work or a newspaper, never a person.
  func isAfterTitleArticle(_ run: Range<Int>) -> Bool {
    let index = run.lowerBound - 1
    guard index >= 0, run.lowerBound < scan.tokens.count,
      !scan.tokens[run.lowerBound].flags.contains(.breakBefore)
    else { return false }
    let flags = scan.tokens[index].flags
    guard flags.contains(.capitalised), !flags.contains(.sentenceStart),
      !flags.contains(.headline), !flags.contains(.breakBefore)
    else { return false }
    let bytes = scan.lowerTable.bytes(of: scan.tokens[index].lower)
    return Self.titleArticles.contains { bytes.elementsEqual($0) }
  }

  /// True when quotation marks enclose the whole run of two words or more (`starred in
  /// "Vicky Cristina Barcelona."`): the title of a film, a book or a song, never a person,
  /// whatever verb follows it.
  func isQuotedTitle(_ run: Range<Int>) -> Bool {
    guard run.count >= 2, run.upperBound <= scan.tokens.count else { return false }
    let first = scan.tokens[run.lowerBound]
    let last = scan.tokens[run.upperBound - 1]
    guard !first.flags.contains(.normalised), !last.flags.contains(.normalised),
      !last.flags.contains(.possessive), first.flags.contains(.breakBefore)
    else { return false }
    let text = first.flags.contains(.headline) ? scan.headline : scan.body
    let start = Int(first.byteStart)
    let end = Int(last.byteStart) + Int(last.byteCount)
    let bytes = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
      guard start > 0, end <= utf8.count else { return false }
      var after = end
      // A full stop or comma may stand inside the closing mark (`Barcelona."`).
      if after < utf8.count, utf8[after] == UInt8(ascii: ".") || utf8[after] == UInt8(ascii: ",") {
        after += 1
      }
      return Self.isQuotationMark(before: start, in: utf8)
        && Self.isQuotationMark(at: after, in: utf8)
    }
    return bytes ?? false
  }

  /// True when a quotation mark (`"`, `“`, `”`, `«`) ends just before byte `index`.
  private static func isQuotationMark(before index: Int, in utf8: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    if index >= 1 && utf8[index - 1] == UInt8(ascii: "\"") { return true }
    if index >= 2 && utf8[index - 2] == 0xC2 && utf8[index - 1] == 0xAB { return true }
    return index >= 3 && utf8[index - 3] == 0xE2 && utf8[index - 2] == 0x80
      && (utf8[index - 1] == 0x9C || utf8[index - 1] == 0x9D)
  }

  /// True when a quotation mark (`"`, `”`, `“`, `»`) starts at byte `index`.
  private static func isQuotationMark(at index: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    if index < utf8.count && utf8[index] == UInt8(ascii: "\"") { return true }
    if index + 1 < utf8.count && utf8[index] == 0xC2 && utf8[index + 1] == 0xBB { return true }
    return index + 2 < utf8.count && utf8[index] == 0xE2 && utf8[index + 1] == 0x80
      && (utf8[index + 2] == 0x9D || utf8[index + 2] == 0x9C)
  }

  /// Articles that open the titles of works and newspapers when written with a capital inside
  /// a sentence.
  static let titleArticles: [[UInt8]] = ["the", "der", "die", "das"].map { Array($0.utf8) }

  /// True when the title at `index` describes a trade (`Star`, `Singer`) and is written with
  /// a capital inside an English sentence: English writes such words in lowercase before a
  /// name (`film star Ada Vance`), so the capital makes it part of a name (`Star Wars`).
  ///
  /// German capitalises its own trades as nouns; of the English ones it borrows, `Star` opens
  /// titles there too (`Star Trek`, `Star Fox Zero`).
  func isCapitalisedTrade(_ index: Int) -> Bool {
    let flags = scan.tokens[index].flags
    guard isEnglish || isGerman, flags.contains(.capitalised),
      !flags.contains(.sentenceStart), !flags.contains(.headline)
    else { return false }
    let lower = scan.tokens[index].lower
    guard cueWords.kinds(of: lower).contains(.tradeTitle) else { return false }
    return !isGerman || scan.lowerTable.bytes(of: lower).elementsEqual("star".utf8)
  }

  /// True when the one word at `index` after a trade title reads as the plural of a noun
  /// (`Star Wars`, `Star Trekkers`) rather than a stage name (`Singer Usher`): an English word
  /// of four letters or more ending in a single `s`, after a title of ``CueData/tradeTitles``.
  func isPluralAfterTrade(_ index: Int, title: Int) -> Bool {
    guard isEnglish, cueWords.kinds(of: scan.tokens[title].lower).contains(.tradeTitle)
    else { return false }
    let bytes = scan.lowerTable.bytes(of: scan.tokens[index].lower)
    guard bytes.count >= 4, bytes.last == UInt8(ascii: "s") else { return false }
    let before = bytes[bytes.index(bytes.endIndex, offsetBy: -2)]
    return before != UInt8(ascii: "s") && before != UInt8(ascii: "u")
      && before != UInt8(ascii: "i") && before != UInt8(ascii: "\'")
  }

  /// True when the first word of `run` is a description that opens a sentence or a headline
  /// before a person's given name and surname (`Writer Ada Vance won`, `Sprinter Kelly Holmes`):
  /// a word English would write in lowercase there, so it is the person's role.
  func isSentenceRole(_ index: Int, in run: Range<Int>) -> Bool {
    guard isEnglish, index == run.lowerBound, run.count >= 3 else { return false }
    let tokens = scan.tokens
    let flags = tokens[index].flags
    guard flags.contains(.sentenceStart) || flags.contains(.headline),
      !flags.contains(.allCaps), !flags.contains(.hyphenated),
      scan.classes(of: tokens[index]).isDisjoint(with: Self.nameOpeningClasses),
      scan.classes(of: tokens[index + 1]).contains(.givenName),
      tokens[index + 2].flags.contains(.capitalised)
    else { return false }
    return true
  }

  /// True when the German word at `index` ends like an abstract or collective noun
  /// (`Zynismus`, `Spekulation`, `Freiheit`): after an office it is what the office holder
  /// is said to do or have, not their name.
  func isGermanAbstractNoun(_ index: Int) -> Bool {
    guard isGerman else { return false }
    let bytes = scan.lowerTable.bytes(of: scan.tokens[index].lower)
    return CueData.germanNounEndings.contains { ending in
      bytes.count > ending.count + 2 && bytes.reversed().starts(with: ending.reversed())
    }
  }

  /// The start of the name after a German noun for a kind of body that opens the run (`Band
  /// Motörhead`, `Firma Westbahn`): the noun says what the name is and is not part of it.
  /// Nil when the run opens otherwise.
  func germanBodyStart(in run: Range<Int>) -> Int? {
    guard isGerman, run.count >= 2 else { return nil }
    let first = scan.lower(of: scan.tokens[run.lowerBound])
    return Self.isGermanBodyNoun(first) ? run.lowerBound + 1 : nil
  }

  /// True for a German noun for a kind of body (``CueData/germanBodyNouns``), or a compound
  /// ending in one of ``CueData/germanBodyEndings`` (`Terrormiliz`, `Mutterkonzern`).
  static func isGermanBodyNoun(_ word: String) -> Bool {
    CueData.germanBodyNouns.contains(word)
      || CueData.germanBodyEndings.contains { word.count > $0.count + 2 && word.hasSuffix($0) }
  }

  /// True when a German noun for a kind of body stands right before the run (`Band
  /// Motörhead`): see ``germanBodyStart(in:)``.
  func isAfterGermanBodyNoun(_ run: Range<Int>) -> Bool {
    let index = run.lowerBound - 1
    guard isGerman, index >= 0, run.lowerBound < scan.tokens.count,
      !scan.tokens[run.lowerBound].flags.contains(.breakBefore),
      scan.tokens[index].flags.contains(.capitalised)
    else { return false }
    return Self.isGermanBodyNoun(scan.lower(of: scan.tokens[index]))
  }

  /// True when the name is the title of a work by a trade's capital (`the film Star Wars`):
  /// a capitalised trade inside a sentence, or a trade before a plural opening a sentence.
  func isTradeWork(_ name: Range<Int>) -> Bool {
    guard isEnglish || isGerman, name.count >= 2 else { return false }
    if name.contains(where: { isCapitalisedTrade($0) }) { return true }
    let title = name.lowerBound
    return name.count == 2 && scan.classes(of: scan.tokens[title]).contains(.title)
      && isPluralAfterTrade(title + 1, title: title)
  }

  /// True when the capitalised day at `index` opens a newspaper's name (`Sunday Telegraph`,
  /// `Sunday Times`): the day's stopword is then part of the name before an organisation word.
  func isDayOfNewspaper(_ index: Int) -> Bool {
    let tokens = scan.tokens
    guard index + 1 < tokens.count, !tokens[index + 1].flags.contains(.breakBefore),
      tokens[index + 1].flags.contains(.capitalised),
      scan.classes(of: tokens[index + 1]).contains(.organisation)
    else { return false }
    return CueData.newspaperDays.contains(scan.lower(of: tokens[index]))
  }

  /// True when the capitalised number word at `index` stands inside a sentence before another
  /// capitalised word (`the 2005 Six Nations`, `the Three Tenors`): only a name gives a number
  /// its capital there, while `Three Britons were hurt` opens a sentence. Such a name starts
  /// afresh after a connector (`France for the Six Nations` is two names).
  func isNumberOpeningName(_ index: Int) -> Bool {
    let tokens = scan.tokens
    let flags = tokens[index].flags
    guard scan.classes(of: tokens[index]).rawValue & UInt32(mask) != 0,
      !flags.contains(.sentenceStart), !flags.contains(.breakBefore),
      !flags.contains(.headline), !isInTitleCaseLine(index), index + 1 < tokens.count,
      !tokens[index + 1].flags.contains(.breakBefore),
      tokens[index + 1].flags.contains(.capitalised),
      scan.classes(of: tokens[index + 1]).rawValue & UInt32(mask) == 0
    else { return false }
    return CueData.nameNumbers.contains(scan.lower(of: tokens[index]))
  }

  /// The start of the name after a German noun for a person that an article opens before it
  /// (`des Bloggers Raif Badawi`, `der Künstler Stelarc`): an article opens a noun phrase, and
  /// such a noun before a name describes it. Nil for a word of fewer than seven letters or
  /// without an ending of ``CueData/germanPersonNounEndings`` (English names in German text:
  /// `die Rolling Stones`, `des Complexity Science Hub`), an adjective of a place (`das Wiener
  /// Burgtheater`), a known first word (a given name, a title, a place) or a name with an
  /// organisation word.
  func germanNounBeforeName(in run: Range<Int>) -> Int? {
    guard isGerman, run.count >= 2, isAfterGermanArticle(run.lowerBound) else {
      return nil
    }
    let tokens = scan.tokens
    guard !tokens[run.lowerBound].flags.contains(.allCaps),
      scan.classes(of: tokens[run.lowerBound]).isDisjoint(with: [
        .givenName, .title, .knownOrganisation, .organisationStart, .placeStart, .demonym,
        .nameConnector, .adjective,
      ]),
      run.allSatisfy({ scan.classes(of: tokens[$0]).isDisjoint(with: [.organisation, .event]) }),
      !isGermanOffice(run.lowerBound)
    else { return nil }
    let word = scan.lower(of: tokens[run.lowerBound])
    guard word.unicodeScalars.count >= 7,
      CueData.germanPersonNounEndings.contains(where: { word.hasSuffix($0) })
    else { return nil }
    if word.hasSuffix("er") && lexicon.places.contains(String(word.dropLast(2))) { return nil }
    return run.lowerBound + 1
  }

  /// Where the place starts in a German run of a common noun and a place in the genitive
  /// (`Teilen Norddeutschlands`, `Süden Frankreichs`, `Hauptstadt Deutschlands`): German
  /// capitalises the noun, and the place the gazetteer knows is the topic. A noun that can
  /// head a name itself (a body, a title, a party: `Regierung Polens`, `Arbeiterpartei
  /// Kurdistans`) keeps the run whole.
  func germanNounBeforeGenitive(in run: Range<Int>) -> Int? {
    guard isGerman, run.count == 2 else { return nil }
    let tokens = scan.tokens
    let (noun, place) = (run.lowerBound, run.lowerBound + 1)
    guard !tokens[noun].flags.contains(.allCaps), !tokens[place].flags.contains(.allCaps),
      scan.classes(of: tokens[noun]).isDisjoint(with: [
        .givenName, .title, .organisation, .knownOrganisation, .organisationStart, .placeStart,
        .placeWord, .demonym, .nameConnector, .adjective, .event,
      ]),
      !isGermanOffice(noun),
      Self.isGenitive(ofPlaceIn: lexicon, scan.lower(of: tokens[place]))
    else { return nil }
    let word = scan.lower(of: tokens[noun])
    guard !Self.isGermanBodyNoun(word), !CueData.germanPartyEndings.contains(where: word.hasSuffix)
    else { return nil }
    return place
  }

  /// True when the lowercased `word` is a place of `lexicon`'s gazetteer with a genitive `-s`
  /// and no place itself.
  static func isGenitive(ofPlaceIn lexicon: TopicLexicon, _ word: String) -> Bool {
    guard word.unicodeScalars.count >= 5, word.hasSuffix("s"),
      !isGermanPlace(word, in: lexicon)
    else { return false }
    return isGermanPlace(String(word.dropLast()), in: lexicon)
  }

  /// True when the lowercased German `word` is a place of `lexicon`'s gazetteer, or one with a
  /// point of the compass before it (`Norddeutschland`, `Westafrika`).
  static func isGermanPlace(_ word: String, in lexicon: TopicLexicon) -> Bool {
    if lexicon.places.contains(word) { return true }
    guard let prefix = CueData.germanCompassPrefixes.first(where: word.hasPrefix) else {
      return false
    }
    let rest = word.dropFirst(prefix.count)
    return rest.unicodeScalars.count >= 4 && lexicon.places.contains(String(rest))
  }

  /// True when a German article stands before the token at `index`, in lowercase or opening
  /// the sentence, right before it or before up to two adjectives (`Der Künstler Kalvos`,
  /// `der australische Künstler Kalvos`).
  func isAfterGermanArticle(_ index: Int) -> Bool {
    let tokens = scan.tokens
    guard isGerman, index > 0, index < tokens.count else { return false }
    var at = index
    while at > 0 && index - at <= 2 && !tokens[at].flags.contains(.breakBefore) {
      let before = tokens[at - 1]
      let flags = before.flags
      let word = scan.lower(of: before)
      if CueData.germanArticles.contains(word) {
        return !flags.contains(.capitalised) || flags.contains(.sentenceStart)
      }
      guard !flags.contains(.capitalised), flags.contains(.hasLetter),
        ["e", "en", "er", "es", "em"].contains(where: { word.hasSuffix($0) })
      else { return false }
      at -= 1
    }
    return false
  }

  /// True when `name` is a place and a common noun in capitals (`US TV`, `UK GDP`): a thing of
  /// that place, not a body.
  func isPlacesThing(_ name: Range<Int>) -> Bool {
    name.count == 2
      && scan.classes(of: scan.tokens[name.upperBound - 1]).contains(.commonAcronym)
      && !scan.classes(of: scan.tokens[name.lowerBound]).isDisjoint(with: [
        .placeStart, .demonym,
      ])
  }

  /// True when `name` is a nationality of two words: a word of the compass or `New`, `Latin`,
  /// `Saudi`, then a demonym (`South African`, `North Koreans`, `Latin American`).
  func isCompassDemonym(_ name: Range<Int>) -> Bool {
    guard name.count == 2,
      scan.classes(of: scan.tokens[name.upperBound - 1]).contains(.demonym),
      !scan.classes(of: scan.tokens[name.upperBound - 1]).contains(.knownOrganisation)
    else { return false }
    return CueData.demonymOpeners.contains(scan.lower(of: scan.tokens[name.lowerBound]))
  }

  /// True when the German word at `index` is the genitive of a word the text also writes
  /// without its `-s` (`Googles` beside `Google`): a possessive, which ends a name as `'s`
  /// does in English (`Googles Betriebssystem` is no name).
  func isGermanGenitive(_ index: Int) -> Bool {
    guard isGerman, index >= 0, index < scan.tokens.count else { return false }
    let id = scan.tokens[index].lower
    guard scan.lowerTable.lastByte(of: id) == UInt8(ascii: "s") else { return false }
    let bytes = scan.lowerTable.bytes(of: id)
    guard bytes.count >= 4, !scan.classes[Int(id)].contains(.givenName),
      let base = scan.lowerTable.find(bytes.dropLast()), Int(base) < scan.classes.count
    else { return false }
    // `Andreas` beside `Andrea`, `Georges` beside `George`: given names of their own.
    return !scan.classes[Int(base)].contains(.givenName)
  }
}
