/// German descriptions of a person named before: `der Sprecher` after `Der Sprecher der
/// Polizei, Klaus Wendt,`, `die Politikerin` or `die 54-Jährige` after `Bürgermeisterin Petra
/// Hansen`. The article's determiner and the noun's ending give the gender (`der`, `die …in`).
extension QuoteSpeakerResolver {
  /// The person a German definite description at `mention` refers to, keeping the person's
  /// role: the last person of its gender named with its noun (`Sprecher`, `Polizeisprecher`),
  /// or with any role for a noun that fits anyone (`die Politikerin`), in the last 80 tokens;
  /// else, for a role, the subject of that gender just before, named with no role.
  /// Nil when the mention is no such description or nobody fits.
  mutating func germanDescribed(_ mention: Range<Int>) -> Speaker? {
    if let owner = statementOwner(mention) ?? relativeAntecedent(mention) { return owner }
    if let viewer = viewHolder(mention) { return viewer }
    if mention.count == 1, people.person(named: mention) == nil, let name = bareName(mention) {
      return Speaker(name: name, role: nil)
    }
    guard mention.count >= 2, let head = descriptionHead(mention) else { return nil }
    let word = people.text(head..<(head + 1)).lowercased()
    if QuoteSpeakerResolver.isGermanBody(word), head == mention.upperBound - 1 {
      return bodyNamedBefore(mention.lowerBound, noun: word)
    }
    guard !QuoteSpeakerResolver.isGermanBody(word), !QuoteGermanNouns.isText(word),
      let gender = Self.gender(article: tokens[mention.lowerBound].hash, noun: word)
    else { return nil }
    // `der Austria-Coach`, `die ÖFB-Präsidentin`: the part after the last hyphen is the head.
    let tail = word.split(separator: "-").last.map(String.init) ?? word
    let isRole =
      lexicon.isRole(tokens[head])
      || tail != word && lexicon.is(QuoteToken.hash(of: tail), .roleHead)
    let isAged = isAged(mention)
    let isGeneric = Self.generic.contains { word.hasSuffix($0) } || isAged
    let roleHash = lexicon.roleHash(tokens[head])
    let titled = Set(people.people.indices.filter { isTitled($0, by: roleHash) })
    guard
      isRole || isGeneric || !titled.isEmpty || QuoteGermanNouns.canSpeak(word)
        || Self.isOfficeVariant(word)
    else { return nil }
    // `der Afrikanischen Union`: a capitalised adjective before a noun that is no role makes
    // the words a body's name, not a description of someone named before.
    let between = (mention.lowerBound + 1)..<head
    if !isRole, !isGeneric, !between.isEmpty, between.allSatisfy({ tokens[$0].isCapitalized }) {
      return nil
    }
    let (people, genders) = (self.people, self.genders)
    let isHead = Self.isHeadNoun(word)
    let fits = { (person: Int) in
      let candidate = people.people[person]
      return candidate.isPerson && genders.gender(of: person) != gender.other
        && (isGeneric || candidate.roleWords.contains(roleHash) || titled.contains(person)
          || isHead && candidate.role.map(people.text).map(Self.namesHead) == true
          || candidate.role.map(people.text).map({ Self.sharesHead($0, word) }) == true
          || candidate.role.map(people.text).map({ Self.namesSameOffice($0, word) }) == true)
    }
    var found = matchingRole(mention).flatMap { fits($0) ? $0 : nil }
    if found == nil, isGeneric {
      // `der Nigerianer` after `Der Nigerianer Ola Bello`: the person the text gave that very
      // noun comes before anyone else a generic noun would fit.
      let bearer = people.occurrences.last { occurrence in
        let person = occurrence.person
        return occurrence.token < mention.lowerBound && fits(person)
          && (people.people[person].roleWords.contains(roleHash) || titled.contains(person))
      }
      found = bearer?.person
    }
    if found == nil, let last = lastSpeaker, lastMention >= mention.lowerBound - 80, fits(last) {
      found = last
    }
    if found == nil, isGeneric,
      let subject = subject(before: mention.lowerBound, after: lastMention, gender: gender),
      fits(subject)
    {
      // `Allison, der mit Schumacher arbeitete, sieht Parallelen. „…“, sagt der 47-Jährige.`
      found = subject
    }
    let recent = people.occurrences.filter {
      $0.token < mention.lowerBound && $0.token >= mention.lowerBound - 80
    }
    if found == nil { found = recent.last { fits($0.person) }?.person }
    if found == nil, !isGeneric {
      // `der Apple-Chef` long after `Apple-CEO Tim Cook`: the one person whose role fits,
      // unless another person (a given name or pronoun shows one) was named just before:
      // `sein Kollege Stefan Bruckbauer` may share the role.
      let fitting = people.people.indices.filter(fits)
      let hasRival = recent.contains {
        $0.person != fitting.first && people.people[$0.person].isPerson
          && genders.gender(of: $0.person) != .unknown
      }
      if fitting.count == 1, !hasRival { found = fitting.first }
    }
    if found == nil, isRole,
      let subject = subject(before: mention.lowerBound, after: lastMention, gender: gender),
      people.people[subject].roleWords.isEmpty, genders.gender(of: subject) == gender
    {
      // `Anna Vogt leitet das Amt. „…“, sagte die Amtsleiterin.`: the subject named just
      // before, of that gender, when no role was stated for her.
      found = subject
    }
    if found == nil, !isRole || people.people.indices.allSatisfy({ !fits($0) }) {
      found = unnamedBefore(mention.lowerBound, gender: gender)
    }
    if found == nil, isAged { found = agedPerson(before: mention.lowerBound, gender) }
    guard let found else { return nil }
    let role = isRole ? people.text((mention.lowerBound + 1)..<(head + 1)) : nil
    return remember(found, at: mention.lowerBound, role: role)
  }

  /// `der Bischof` after `Bischof Anton Weber`, `der Papst` after `Papst Franziskus`: the
  /// noun the article set right before a person's name, as their role or as the first word
  /// of a name it could not tell from a title, describes that person.
  private func isTitled(_ person: Int, by noun: UInt64) -> Bool {
    let candidate = people.people[person]
    if candidate.roleWords.last == noun { return true }
    let first = candidate.name.lowerBound
    return candidate.name.count >= 2 && first < tokens.count
      && lexicon.roleHash(tokens[first]) == noun
  }

  /// `Tom Berg kam nach Wien. „…“, sagte der Schauspieler.`: a description that fits no one
  /// by its noun goes to the person named last in the 120 tokens before it, when the text
  /// gave that person no role of their own and the genders agree; a gender must be known (a
  /// given name or a pronoun), so a phrase taken for a name (`Plattform Inside Airbnb`) is
  /// not chosen.
  private func unnamedBefore(_ index: Int, gender: QuoteGenders.Gender) -> Int? {
    let (people, genders) = (self.people, self.genders)
    let last = people.occurrences.last { occurrence in
      guard occurrence.token < index, occurrence.token >= index - 120 else { return false }
      return people.people[occurrence.person].isPerson
    }
    guard let person = last?.person, people.people[person].roleWords.isEmpty,
      genders.gender(of: person) != gender.other, genders.gender(of: person) != .unknown
    else { return nil }
    return person
  }

  /// `die 52-jährige Bankkauffrau`: a description that gives an age speaks of a person.
  func isAged(_ mention: Range<Int>) -> Bool {
    mention.contains { index in
      let word = people.text(index..<(index + 1)).lowercased()
      return word.contains("-jährig")
    }
  }

  /// `Vera Lenz, Sprecherin des Vereins, lobte den Plan. … „…“, meint die 52-jährige
  /// Bankkauffrau.`: an age describes the person of that gender named last in the 250 tokens
  /// before it (quotes between them included), whatever role the text gave her.
  private func agedPerson(before index: Int, _ gender: QuoteGenders.Gender) -> Int? {
    let (people, genders) = (self.people, self.genders)
    let last = people.occurrences.last { occurrence in
      guard occurrence.token < index, occurrence.token >= index - 250 else { return false }
      return people.people[occurrence.person].isPerson
        && genders.gender(of: occurrence.person) == gender
    }
    return last?.person
  }

  /// `so Barth`, `sagte Köhler`: a lone capitalised word beside a cue names someone when the
  /// article never writes it in lower case or after an article, and it reads as no German
  /// noun, place, body or function word.
  private func bareName(_ mention: Range<Int>) -> String? {
    let index = mention.lowerBound
    let token = tokens[index]
    guard token.isWord, token.isCapitalized, token.end - token.start >= 3,
      lexicon.wordClass(token.hash).isEmpty, !lexicon.isCue(token.hash),
      !QuotePeople.germanUnits.contains(token.hash), !people.isPlace(mention),
      !QuoteGermanWords.nonVerbs.contains(token.hash),
      !QuoteGermanWords.frontedAdverbs.contains(token.hash),
      !QuoteGermanWords.resuming.contains(token.hash)
    else { return nil }
    let isAtCue = [index - 1, index + 1].contains { near in
      near >= 0 && near < tokens.count && lexicon.isCue(tokens[near].hash)
        && !QuoteGermanWords.documentVerbs.contains(tokens[near].hash)
    }
    guard isAtCue else { return nil }
    let word = people.text(mention)
    let lower = word.lowercased()
    guard !QuotePeople.hasNounEnding(lower), !QuoteSpeakerResolver.isGermanBody(lower) else {
      return nil
    }
    for (position, other) in tokens.enumerated() where other.hash == token.hash {
      if other.isLowercase { return nil }
      if position > 0, lexicon.is(tokens[position - 1].hash, .determiner) { return nil }
    }
    return word
  }

  /// `Seiner Ansicht nach`, `Ihre Meinung`: the person the possessive refers to, as `er` or
  /// `sie` would.
  private mutating func viewHolder(_ mention: Range<Int>) -> Speaker? {
    guard mention.count == 2,
      QuoteGermanWords.viewNouns.contains(tokens[mention.upperBound - 1].hash)
    else { return nil }
    let first = mention.lowerBound
    let gender: QuoteGenders.Gender
    if QuoteGermanWords.hisViews.contains(tokens[first].hash) {
      gender = .male
    } else if QuoteGermanWords.herViews.contains(tokens[first].hash) {
      gender = .female
    } else {
      return nil
    }
    let (people, genders) = (self.people, self.genders)
    let fits = { (person: Int) in
      people.people[person].isPerson && genders.gender(of: person) != gender.other
    }
    var found = subject(before: first, after: lastMention, gender: gender)
    if found == nil, let last = lastSpeaker, fits(last) { found = last }
    return remember(found, at: first)
  }

  /// One woman for a noun in `-in` (`der Sprecherin` is her dative) or `-frau` (`die
  /// Kauffrau`), or `die` and a noun in `-e` (`die Vorsitzende`); one man for `der` and
  /// another noun, or a noun in `-mann`; otherwise a plural.
  private static func gender(article: UInt64, noun: String) -> QuoteGenders.Gender? {
    if noun.hasSuffix("in") || noun.hasSuffix("frau") { return .female }
    if article == der || noun.hasSuffix("mann") { return .male }
    guard article == die, noun.hasSuffix("in") || noun.hasSuffix("e") else { return nil }
    return .female
  }

  /// Nouns for the head of a body, which describe one another (`die Vorsitzende` after
  /// `Mieterbund-Chefin Sabine Krämer`).
  static let heads = [
    "chef", "chefin", "vorsitzende", "vorsitzender", "vorsitzenden", "leiter", "leiterin",
    "ceo", "boss",
  ]

  private static func isHeadNoun(_ word: String) -> Bool { heads.contains { word.hasSuffix($0) } }

  /// True when a role's text holds a noun for the head of a body (`Mieterbund-Chefin`).
  private static func namesHead(_ role: String) -> Bool {
    role.lowercased().split(separator: " ").contains { isHeadNoun(String($0)) }
  }

  /// Nouns that describe anyone whatever their role (`die Politikerin`, `der 54-Jährige`).
  private static let generic =
    [
      "politiker", "politikerin", "jährige", "jähriger", "mann", "frau", "sozialdemokrat",
      "sozialdemokratin", "christdemokrat", "christdemokratin", "liberale", "grüne",
    ] + QuoteGermanNouns.nationalities

  private static let der = QuoteToken.hash(of: "der")
  private static let die = QuoteToken.hash(of: "die")
  static let definite: Set<UInt64> = [der, die]
}

extension QuoteGenders.Gender {
  /// The other gender, or `unknown` for `unknown`.
  var other: QuoteGenders.Gender {
    switch self {
    case .male: .female
    case .female: .male
    case .unknown: .unknown
    }
  }
}
