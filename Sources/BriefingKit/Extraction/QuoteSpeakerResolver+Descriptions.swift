/// English speaker descriptions as a memo reader expects them: a body's spokesperson speaks
/// for the body (`a Met Office spokesman`: Met Office, role spokesman), a nationality is a
/// person only when it points back to someone the article introduced (`the American` after
/// `US envoy John Smith`), and a description that names no one is kept as the role alone
/// (`a spokesman for the ministry`).
extension QuoteSpeakerResolver {
  /// `a Met Office spokesman`, `the Department for Transport spokesperson`, `a spokesman for
  /// Ofcom`: the capitalised words before a closing spokesperson noun, or after one and its
  /// linking word, name who speaks. Nil for other mentions.
  func spokesperson(_ mention: Range<Int>) -> Speaker? {
    guard language != "de", mention.lowerBound >= 0, let last = mention.last,
      last < tokens.count
    else { return nil }
    if let (noun, body) = spokesFor(mention) {
      // A person (`a spokesman for Trump`) resolves to their fullest name the usual way.
      if let run = people.split(body), let index = people.person(named: run.name),
        people.people[index].isPerson
      {
        return nil
      }
      return speaker(body: body, noun: noun)
    }
    var start = mention.lowerBound
    while start < last, lexicon.is(tokens[start].hash, .determiner) { start += 1 }
    guard Self.spokesNouns.contains(tokens[last].hash), start < last else { return nil }
    return speaker(body: start..<last, noun: last)
  }

  /// For a mention that opens with a spokesperson noun and its linking word (`a spokesman for
  /// the Met Office`, `the spokeswoman of Ada Lund`), that noun's index and the words after
  /// them (past one determiner); nil for other mentions.
  func spokesFor(_ mention: Range<Int>) -> (noun: Int, body: Range<Int>)? {
    guard mention.lowerBound >= 0, let last = mention.last, last < tokens.count else {
      return nil
    }
    var start = mention.lowerBound
    while start < last, lexicon.is(tokens[start].hash, .determiner) { start += 1 }
    guard Self.spokesNouns.contains(tokens[start].hash), start + 2 <= last,
      lexicon.is(tokens[start + 1].hash, .linking)
    else { return nil }
    var bodyStart = start + 2
    if bodyStart < last, lexicon.is(tokens[bodyStart].hash, .determiner) { bodyStart += 1 }
    return (start, bodyStart..<(last + 1))
  }

  /// The body of ``spokesperson(_:)``: capitalised words, with linking words only inside
  /// (`Department for Education and Skills`).
  private func speaker(body: Range<Int>, noun: Int) -> Speaker? {
    guard let start = body.first, let end = body.last, tokens[start].isCapitalized,
      tokens[end].isCapitalized,
      body.allSatisfy({ index in
        tokens[index].isCapitalized || people.isInitialDot(index)
          || lexicon.is(tokens[index].hash, .linking)
          || lexicon.is(tokens[index].hash, .conjunction) || tokens[index].hash == Self.the
      })
    else { return nil }
    // `a Democratic spokesman`: a party or nationality adjective names no one.
    if body.count == 1, Self.nationalities.contains(tokens[start].hash) { return nil }
    // As written: the fullest name ending in these words may be a stray run (`Top Clinton`).
    return Speaker(name: people.displayName(body), role: people.text(noun..<(noun + 1)))
  }

  /// `Rep. Tom Cole of Oklahoma`, `Holger Schmieding of Berenberg`: a person named before
  /// `of` speaks, not the place or firm after it. Nil unless the words before `of` are a
  /// person of two or more words, and not the second link of a chain.
  mutating func person(before nameStart: Int, in mention: Range<Int>) -> Speaker? {
    let of = nameStart - 1
    guard language != "de", of - 1 >= mention.lowerBound, of < tokens.count,
      tokens[of].hash == Self.of, tokens[of - 1].isCapitalized
    else { return nil }
    var start = of - 1
    while start > mention.lowerBound,
      tokens[start - 1].isCapitalized || people.isInitialDot(start - 1)
    {
      start -= 1
    }
    // `Archbishop X of the Armenian Patriarchate of Jerusalem`: a chain of `of`s names a body.
    guard !(mention.lowerBound..<start).contains(where: { tokens[$0].hash == Self.of }),
      let run = people.split(start..<of), let index = people.person(named: run.name),
      people.people[index].isPerson, people.people[index].words.count >= 2
    else { return nil }
    return remember(index, at: mention.lowerBound, role: run.role.map(people.nameText))
  }

  /// `the American`, `the Briton`: the person named before whose role states that
  /// nationality, else no one, with the nationality as the role. Nil when `run` is not one
  /// nationality word.
  func nationality(_ run: QuotePeople.Run, in mention: Range<Int>) -> Speaker? {
    guard language != "de", run.role == nil, run.name.count == 1, let word = run.name.first,
      word < tokens.count, Self.nationalities.contains(tokens[word].hash)
    else { return nil }
    let role = people.text(run.name)
    let forms = Self.countryForms(of: role.lowercased())
    let match = people.occurrences.last { occurrence in
      occurrence.token < mention.lowerBound && people.people[occurrence.person].isPerson
        && states(forms, in: people.people[occurrence.person])
    }
    guard let match, !role.lowercased().hasSuffix("s") || role.lowercased() == "swiss" else {
      return Speaker(name: nil, role: role)
    }
    let person = people.people[match.person]
    return Speaker(
      name: people.displayName(person.name), role: person.role.map(people.nameText) ?? role)
  }

  /// True when the person's role holds one of the country words (`US envoy`).
  private func states(_ forms: [String], in person: QuotePeople.Person) -> Bool {
    guard let role = person.role else { return false }
    return role.contains { index in
      index < tokens.count && forms.contains(people.text(index..<(index + 1)).lowercased())
    }
  }

  /// A description that names no one, as the role alone: `a spokesman for the ministry`.
  /// Nil unless it is short, ends in a role noun or in the words after one (`for the buyer`),
  /// and reads as a description: a determiner or a lower-case word, not a name that failed
  /// to resolve (`Representative Peter T. King`).
  func roleOnly(_ mention: Range<Int>) -> Speaker? {
    guard language != "de", mention.lowerBound >= 0 else { return nil }
    var start = mention.lowerBound
    while start < mention.upperBound, start < tokens.count,
      lexicon.is(tokens[start].hash, .determiner)
    {
      start += 1
    }
    let range = start..<min(mention.upperBound, tokens.count)
    guard let last = range.last, range.count <= 8,
      range.contains(where: { tokens[$0].isLowercase }),
      let head = range.firstIndex(where: { index in
        lexicon.isRole(tokens[index])
          && (index == last || lexicon.is(tokens[index + 1].hash, .linking))
      }),
      !range.contains(where: { lexicon.isCue(tokens[$0].hash) })
    else { return nil }
    // `message to the chancellor`: the role noun heads the words it links to, not the reverse;
    // `Bank of England governor Mervyn King`: a name that failed to resolve is no role.
    let link = range.firstIndex { lexicon.is(tokens[$0].hash, .linking) }
    guard link.map({ $0 > head }) ?? true,
      !range.dropLast().contains(where: { index in
        tokens[index].isCapitalized && tokens[index + 1].isCapitalized
          && QuoteGenders.isGivenName(tokens[index].hash)
      })
    else { return nil }
    return Speaker(name: nil, role: people.nameText(range))
  }

  /// `spokeswoman for (the)`: an English role never ends in the words that link it to its
  /// owner.
  func trimmedRole(_ range: Range<Int>) -> Range<Int> {
    var end = range.upperBound
    if language == "de" {
      // `eine Sprecherin der Deutschen Bahn`: the role is `Sprecherin`, not `Sprecherin der`.
      while end > range.lowerBound, end - 1 < tokens.count,
        Self.germanTrailing.contains(tokens[end - 1].hash)
      {
        end -= 1
      }
      return range.lowerBound..<end
    }
    while end > range.lowerBound, end - 1 < tokens.count,
      lexicon.is(tokens[end - 1].hash, .linking) || Self.trailing.contains(tokens[end - 1].hash)
        || tokens[end - 1].hash == Self.the
    {
      end -= 1
    }
    return range.lowerBound..<end
  }

  /// Lower-case words a country can be written as, for a nationality word.
  static func countryForms(of nationality: String) -> [String] {
    var forms = [nationality]
    if let aliases = countryAliases[nationality] { forms += aliases }
    // `russian`: `russia`; `chinese`: `china`; `norwegian`: `norway`. A nationality starts
    // with a place's first four characters exactly when those are its own first four.
    for country in placesByStart[String(nationality.prefix(4))] ?? [] {
      if country.first == nationality.first, nationality.count - country.count <= 3 {
        forms.append(country)
      }
    }
    return forms
  }

  /// The places of four characters or more and no space, by their first four characters:
  /// reading all the gazetteer's places for each nationality cost 3M instructions a call.
  private static let placesByStart: [String: [String]] = Dictionary(
    grouping: QuotePeople.places.filter { $0.count >= 4 && !$0.contains(" ") },
    by: { String($0.prefix(4)) })

  private static let countryAliases: [String: [String]] = [
    "american": ["us", "u.s.", "usa", "america"], "british": ["uk", "u.k.", "britain"],
    "briton": ["uk", "u.k.", "britain", "british"], "french": ["france"],
    "frenchman": ["france", "french"], "spanish": ["spain"], "spaniard": ["spain", "spanish"],
    "dutch": ["netherlands", "holland"], "swiss": ["switzerland"], "greek": ["greece"],
    "turkish": ["turkey"], "turk": ["turkey", "turkish"], "irish": ["ireland"],
    "danish": ["denmark"], "dane": ["denmark", "danish"], "finnish": ["finland"],
    "polish": ["poland"], "pole": ["poland", "polish"], "scot": ["scotland", "scottish"],
    "english": ["england"], "welsh": ["wales"],
  ]

  private static let the = QuoteToken.hash(of: "the")
  private static let of = QuoteToken.hash(of: "of")

  static let spokesNouns = QuoteWordSet(
    ["spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"])

  private static let germanTrailing = QuoteWordSet(
    ["der", "des", "dem", "den", "die", "von", "vom", "bei", "beim", "im", "am", "für"])

  private static let trailing = QuoteWordSet(
    ["in", "on", "with", "from", "by"])

  /// Nationality and party words that describe a person without naming them.
  static let nationalities = QuoteWordSet(
    """
    american|russian|british|english|french|german|chinese|japanese|korean|indian|pakistani|\
    afghan|iranian|iraqi|syrian|israeli|palestinian|egyptian|libyan|saudi|turkish|greek|\
    italian|spanish|portuguese|dutch|belgian|swiss|austrian|polish|czech|hungarian|romanian|\
    ukrainian|georgian|swedish|norwegian|danish|finnish|irish|scottish|welsh|canadian|mexican|\
    brazilian|argentine|cuban|australian|nigerian|kenyan|somali|lebanese|jordanian|qatari|\
    kurdish|taiwanese|vietnamese|thai|indonesian|filipino|briton|brit|frenchman|frenchwoman|\
    englishman|englishwoman|scot|scotsman|irishman|welshman|dutchman|spaniard|dane|swede|pole|\
    finn|turk|kiwi|republican|democrat|democratic|conservative|liberal|americans|russians|\
    britons|israelis|palestinians
    """.split(separator: "|").map(String.init))
}
