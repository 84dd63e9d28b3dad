extension NameFinder {
  /// True when the English word at `index` is an adverb in `-ly` before `the`: a sentence
  /// whose start the text lost (`… March 2 2010 Recently the European Commission opened`).
  private func isAdverbBeforeThe(_ index: Int) -> Bool {
    guard isEnglish, index + 1 < scan.tokens.count else { return false }
    let word = scan.lowerTable.bytes(of: scan.tokens[index].lower)
    return word.count > 4 && word.suffix(2).elementsEqual("ly".utf8)
      && scan.lowerTable.bytes(of: scan.tokens[index + 1].lower).elementsEqual("the".utf8)
  }

  /// What ``NameFinder/addRun(_:)`` records of a run of name words.
  struct ParsedRun {
    /// Token ranges of the roles and titles split off the run's front.
    var roleRanges: [Range<Int>] = []
    /// The name, its stated role, the part of the run it was read in and the cues around it;
    /// nil for none.
    var name: ParsedName?
  }

  /// The name found in a run. Plain values only, roles as token ranges (``roleText(of:)``):
  /// with a role's optional string inside, the optional name was destroyed at each run
  /// through the runtime's generic value witnesses (110 instructions a mention), though most
  /// runs state no role.
  struct ParsedName {
    var range: Range<Int>
    var role: Range<Int>?
    var run: Range<Int>
    var cues: MentionCues
    /// The role a lowercase title before the run states (`chancellor Gordon Brown`).
    var cueRole: Range<Int>?
  }

  /// How the front of a run is read before its name is looked for.
  private enum RunFront {
    /// The name is in `rest`, after a role (or a word that is neither) before it.
    case cut(role: Range<Int>?, rest: Range<Int>)
    /// The run names nothing.
    case empty
    /// The name is looked for in the whole run.
    case kept
  }

  /// Records the name in a run of name words, splitting off a leading title as its role.
  ///
  /// The run and the words around it are read by the non-mutating ``parse(_:)`` in one call:
  /// each call from a mutating method to a helper would first copy the whole finder.
  mutating func addRun(_ run: Range<Int>) {
    let parsed = parse(run)
    // Most runs hold no role: appending nothing still cost a call.
    if !parsed.roleRanges.isEmpty { roleRanges.append(contentsOf: parsed.roleRanges) }
    guard let name = parsed.name else { return }
    let index = candidateIndex(for: name.range)
    record(name.range, of: name.run, role: name.role, in: index)
    addCues(name.cues, role: name.cueRole, to: index)
  }

  /// The roles and the name in the run `whole`.
  ///
  /// The result is built once, where the run is settled: filling in one value and returning
  /// it from several places copied it, strings and all.
  private func parse(_ whole: Range<Int>) -> ParsedRun {
    var roles: [Range<Int>] = []
    var run = whole
    var front = self.front(of: run)
    while case .cut(let role, let rest) = front {
      if let role { roles.append(role) }
      run = rest
      front = self.front(of: run)
    }
    guard case .kept = front else { return ParsedRun(roleRanges: roles) }
    guard let (name, role) = splitRole(run), !name.isEmpty else {
      roles.append(run)
      return ParsedRun(roleRanges: roles)
    }
    if name.lowerBound > run.lowerBound { roles.append(run.lowerBound..<name.lowerBound) }
    let first = scan.tokens[name.lowerBound]
    // `Labour`, `Democrats`: a party's adjective alone names the party, not a nationality.
    let classes = scan.classes(of: first)
    if name.count == 1 && classes.contains(.demonym) && !classes.contains(.knownOrganisation) {
      return ParsedRun(roleRanges: roles)
    }
    // `South African`, `North Korean`: a nationality of two words is no topic either.
    if isCompassDemonym(name) { return ParsedRun(roleRanges: roles) }
    var cueRole: Range<Int>?
    let cues = mentionCues(name: name, run: run, role: &cueRole)
    return ParsedRun(
      roleRanges: roles,
      name: ParsedName(range: name, role: role, run: run, cues: cues, cueRole: cueRole))
  }

  /// Where the name of `run` starts when words before it are no part of it.
  private func front(of run: Range<Int>) -> RunFront {
    // `Members of the North Atlantic Alliance`: a sentence-initial word before a connector is a
    // common noun unless it is an organisation word (`Bank of England`) or a title (`Secretary
    // of Fisheries Ruth Okonjo`); before `&` it names (`Procter & Gamble`).
    if run.count > 2,
      scan.tokens[run.lowerBound].flags.contains(.sentenceStart)
        || isAdverbBeforeThe(run.lowerBound),
      isConnector(run.lowerBound + 1), !isAmpersand(run.lowerBound + 1),
      scan.classes(of: scan.tokens[run.lowerBound]).isDisjoint(with: [
        .organisation, .givenName, .title,
      ])
    {
      var start = run.lowerBound + 1
      while start < run.upperBound, isConnector(start) || isSecondConnector(start) { start += 1 }
      return .cut(role: nil, rest: start..<run.upperBound)
    }
    // `Premierminister David Cameron`: German capitalises the nouns before a name.
    // `der Künstler Stelarc`: a German noun after an article describes the name after it.
    // `Band Motörhead`: a German noun for a kind of body says what the name after it is.
    if let start = germanPersonStart(in: run) ?? germanNounBeforeName(in: run)
      ?? germanBodyStart(in: run)
    {
      return .cut(role: run.lowerBound..<start, rest: start..<run.upperBound)
    }
    // `Teilen Norddeutschlands`, `Süden Frankreichs`: German capitalises the noun before a
    // name in the genitive, and the name alone is the topic.
    if let start = germanNounBeforeGenitive(in: run) {
      return .cut(role: nil, rest: start..<run.upperBound)
    }
    // `Paris-based Euronext`, `Oscar-winning Ada Vance`: an attributive compound describes
    // the name after it.
    if isAttributive(run.lowerBound) || isLowercaseEndedCompound(run.lowerBound) {
      return run.count > 1 ? .cut(role: nil, rest: run.lowerBound + 1..<run.upperBound) : .empty
    }
    return .kept
  }

  /// The name in `run` and the tokens of the title before it (`US President` | `Joe Biden`);
  /// nil for a run that is only a title (`Foreign Minister`). Names of organisations keep
  /// their titles (`General Motors`, `Justice Department`).
  @inline(__always)
  private func splitRole(_ run: Range<Int>) -> (name: Range<Int>, role: Range<Int>?)? {
    // `General Election`: a title opens the name of an event, not a person's.
    if scan.classes(of: scan.tokens[run.upperBound - 1]).contains(.event) { return (run, nil) }
    var hasOrganisationWord = false
    var split: Int?
    for index in run {
      let classes = scan.classes(of: scan.tokens[index])
      if classes.contains(.organisation) { hasOrganisationWord = true }
      // `Star Wars`: a trade written with a capital inside a sentence is part of a name.
      let isTitle = classes.contains(.title) && !isCapitalisedTrade(index)
      if isTitle || isGermanOffice(index) || isSentenceRole(index, in: run) { split = index }
    }
    // `Governor of the Reserve Bank`: an office of the organisation named after `of`.
    if hasOrganisationWord, run.count > 2, isConnector(run.lowerBound + 1),
      scan.classes(of: scan.tokens[run.lowerBound]).contains(.title)
    {
      var nameStart = run.lowerBound + 1
      while nameStart < run.upperBound, isConnector(nameStart) || isSecondConnector(nameStart) {
        nameStart += 1
      }
      // `Governor of the Bank of England Mervyn King`: the holder follows the office.
      if let person = holderStart(after: nameStart..<run.upperBound) {
        return (person..<run.upperBound, run.lowerBound..<person)
      }
      return (nameStart..<run.upperBound, nil)
    }
    // `Metropolitan Police Commissioner Sir John Stevens`, `Bank of England Governor Mervyn
    // King`: a body's office, then a person of two or three words opening with a given name.
    if hasOrganisationWord, let split, let person = holder(after: split, in: run) {
      return (person, run.lowerBound..<person.lowerBound)
    }
    guard !hasOrganisationWord, let split else { return (run, nil) }
    guard split < run.upperBound - 1 else {
      // `Ruth Kelly MP`: an office written after a name that opens with a given name.
      guard split > run.lowerBound + 1,
        scan.classes(of: scan.tokens[run.lowerBound]).contains(.givenName),
        CueData.postnominalTitles.contains(scan.lower(of: scan.tokens[split]))
      else { return nil }
      return (run.lowerBound..<split, split..<run.upperBound)
    }
    var nameStart = split + 1
    // `General Election`, `Chief Executive`: a title before one word the text also writes in
    // lowercase is an office or a capitalised noun, not a person.
    if nameStart == run.upperBound - 1 {
      let lower = Int(scan.tokens[nameStart].lower)
      if lowercaseUses[lower] > 0 || scan.classes[lower].contains(.common) { return nil }
      // `dem Finanzminister Zynismus vorwerfen`: a German abstract noun is no surname.
      if isGermanAbstractNoun(nameStart) { return nil }
      // `Star Wars`: a plural noun after a trade is the title of a work, not a surname.
      if isPluralAfterTrade(nameStart, title: split) { return (run, nil) }
    }
    var role: Range<Int>? = run.lowerBound..<nameStart
    while nameStart < run.upperBound, isConnector(nameStart) {
      nameStart += 1
      role = nil  // `President of Russia`: the name after `of` is not the office holder
    }
    // `Secretary of Homeland Security Jeh Johnson`: an office of several words, then a person.
    if role == nil, let person = holderStart(after: nameStart..<run.upperBound) {
      return (person..<run.upperBound, run.lowerBound..<person)
    }
    return (nameStart..<run.upperBound, role)
  }

  /// The person named right after the title at `split` when the rest of `run` is two or three
  /// words that open with a given name (or, after a peer's title, one to three words) and hold
  /// no organisation word; nil otherwise.
  private func holder(after split: Int, in run: Range<Int>) -> Range<Int>? {
    let start = split + 1
    // `Home Office Minister Lord Falconer`: a peer is named by one word after the title.
    let isStyled = CueData.styleTitles.contains(scan.lower(of: scan.tokens[split]))
    guard (isStyled ? 1...3 : 2...3).contains(run.upperBound - start),
      isStyled || scan.classes(of: scan.tokens[start]).contains(.givenName),
      (start..<run.upperBound).allSatisfy({
        scan.classes(of: scan.tokens[$0]).isDisjoint(with: [.organisation, .title])
          && !isConnector($0)
      })
    else { return nil }
    return start..<run.upperBound
  }

  /// Adds one mention of the candidate at `index`: its surface, span, position and the
  /// tokens of its role.
  private mutating func record(
    _ name: Range<Int>, of run: Range<Int>, role: Range<Int>?, in index: Int
  ) {
    let first = scan.tokens[name.lowerBound]
    let last = scan.tokens[name.upperBound - 1]
    countForm(name, in: index)
    let isHeadline = first.flags.contains(.headline)
    mentionList.append(
      name, span: isHeadline ? nil : first.start..<last.end, to: &candidates[index])
    if name.count == 1 && first.flags.contains(.allCaps) { candidates[index].isAllCaps = true }
    if isAfterNumber(name.lowerBound) { candidates[index].numberMentions += 1 }
    if isHeadline {
      candidates[index].headlineMentions += 1
    } else {
      if scan.isCued(first.sentence) { candidates[index].cuedMentions += 1 }
      candidates[index].firstSentence = min(
        candidates[index].firstSentence, Int(first.sentence))
    }
    // A headline's first word is counted as a headline mention only, not twice.
    if name.lowerBound == run.lowerBound && first.flags.contains(.sentenceStart) && !isHeadline {
      candidates[index].sentenceInitialMentions += 1
    }
    if let role {
      candidates[index].isTitled = true
      candidates[index].person += 3
      candidates[index].roles[roleText(of: role), default: 0] += 1
    }
  }

  /// Counts how `name` is written; a string is made only for a form not seen before.
  private mutating func countForm(_ name: Range<Int>, in index: Int) {
    let shape = self.shape(of: name)
    if candidates[index].firstForm.isEmpty {
      candidates[index].firstForm = text(of: name)
      candidates[index].firstShape = shape
    }
    if candidates[index].firstShape == shape {
      candidates[index].firstFormCount += 1
    } else {
      candidates[index].otherSurfaces[text(of: name), default: 0] += 1
    }
  }

  /// Which words of `name` start with a capital and which are all capitals, two bits a word:
  /// mentions of one name with the same shape are written the same.
  @inline(__always)
  func shape(of name: Range<Int>) -> UInt64 {
    var shape: UInt64 = 0
    for (slot, index) in name.enumerated() where slot < 32 {
      let flags = scan.tokens[index].flags
      let bits: UInt64 =
        (flags.contains(.capitalised) ? 1 : 0) | (flags.contains(.allCaps) ? 2 : 0)
      shape |= bits << UInt64(2 * slot)
    }
    return shape
  }

  /// The kind cues of one mention, read from the words around it; what they add up to
  /// depends on what the candidate is known to be (``NameFinder/addCues(_:role:to:)``).
  ///
  /// Plain values only: with the role's string inside, each mention's cues were copied and
  /// destroyed through outlined value witnesses, retaining and releasing it.
  struct MentionCues {
    /// After a title article or a trade (`The Sunday Post`): a newspaper, a work or a body.
    var isWorkTitle = false
    /// An acronym that only modifies the noun after it (`ID cards`): unless the body is
    /// known, no other cue counts.
    var isModifier = false
    var isAcronym = false
    var hasOrganisationWord = false
    /// After a lowercase title (`chancellor Gordon Brown`); the role, when it reads as one, is
    /// ``ParsedName/cueRole``.
    var isTitled = false
    var person = 0.0
    var organisation = 0.0
    var place = 0.0
    var speech = 0.0
    var body = 0.0
    /// The part of ``body`` a word for a workforce gives after a word opening a sentence.
    var openingBody = 0.0
  }

  /// Adds the kind cues of one mention to the candidate at `index`: given names, titles and
  /// verbs around it, prepositions, the gazetteer, organisation words and acronyms. `role` is
  /// the tokens of the role a lowercase title states.
  private mutating func addCues(_ cues: MentionCues, role: Range<Int>?, to index: Int) {
    if cues.isWorkTitle { candidates[index].isWorkTitle = true }
    let isKnown = candidates[index].isKnownOrganisation || candidates[index].isGazetteerPlace
    if cues.isModifier && !isKnown { return }
    if cues.isTitled { candidates[index].isTitled = true }
    if let role { candidates[index].roles[roleText(of: role), default: 0] += 1 }
    var (person, organisation, place) = (cues.person, cues.organisation, cues.place)
    candidates[index].spoken += cues.speech
    candidates[index].bodyCues += cues.body
    candidates[index].openingBodyCues += cues.openingBody
    let isPlace = candidates[index].isGazetteerPlace || candidates[index].hasPlaceWord
    if isPlace { place += 3 }
    if cues.hasOrganisationWord || candidates[index].isKnownOrganisation {
      organisation += 3
    } else if cues.isAcronym, !isPlace {
      // `the BRC said`: an acronym that speaks or holds a title is an organisation.
      organisation += 1.5 + person
      person = 0
    }
    candidates[index].person += person
    candidates[index].organisation += organisation
    candidates[index].place += place
  }

  /// The cues of one mention of `name` in `run`; `role` is set to the tokens of the role a
  /// lowercase title before the run states.
  private func mentionCues(name: Range<Int>, run: Range<Int>, role: inout Range<Int>?)
    -> MentionCues
  {
    let tokens = scan.tokens
    var cues = MentionCues()
    var speech = 0.0
    // `said ID cards`: a name that modifies the noun after it is not the one who speaks.
    cues.isAcronym = name.count == 1 && tokens[name.lowerBound].flags.contains(.allCaps)
    // `The Sunday Post`, `Band Motörhead`: a newspaper, a work or a body, never a person.
    if isAfterTitleArticle(run) || isTradeWork(name) || isQuotedTitle(run) {
      cues.isWorkTitle = true
    }
    if isAfterGermanBodyNoun(run) {
      cues.isWorkTitle = true
      cues.organisation += 1.5
    }
    cues.isModifier = cues.isAcronym && isModifier(before: run.upperBound)
    if name.count >= 2, scan.classes(of: tokens[name.lowerBound]).contains(.givenName) {
      cues.person += 2
    }
    if run.lowerBound > 0, !tokens[run.lowerBound].flags.contains(.breakBefore) {
      let before = tokens[run.lowerBound - 1]
      let word = scan.classes(of: before)
      // German writes titles with a capital: a lowercase one is another word (`reine`).
      if word.contains(.title) && !before.flags.contains(.capitalised) && !isGerman {
        cues.person += 2
        cues.isTitled = true
        role = lowercaseRole(before: run)
      }
      if word.contains(.speechVerb)
        && !cueWords.kinds(of: before.lower).contains(.objectSpeechVerb)
      {
        speech += 1.5
      }
      if word.contains(.placePreposition) { cues.place += 0.5 }
    }
    if run.upperBound < tokens.count, !tokens[run.upperBound].flags.contains(.breakBefore),
      scan.classes(of: tokens[run.upperBound]).contains(.speechVerb),
      !isPluralNoun(name, of: run)
    {
      speech += 1.5
    }
    // `das Aktenstudium meinte`: a German word after an article is a noun, whatever follows.
    if isGermanNounAfterArticle(name, of: run) { speech = 0 }
    // `the Fed said`, `oil firm Cairn said`: a body speaks, and the words around say so.
    let isArticled =
      name == run && name.count == 1 && isAfterDefiniteArticle(run)
      && (speech > 0 || isVerbAfter(run))
    cues.body = bodyCue(name: name, of: run) + (isArticled ? 1 : 0)
    if cues.body >= 2 && isWorkforceAfterOpeningNoun(name) { cues.openingBody = 2 }
    cues.speech = speech
    cues.person += speech
    cues.organisation += cues.body
    cues.hasOrganisationWord = name.contains {
      scan.classes(of: tokens[$0]).contains(.organisation)
    }
    return cues
  }

  /// True when the token at `index` is a lowercase English noun right after a name, making
  /// that name its modifier (`ID cards`, `DVD players`): capitals then say nothing of an
  /// organisation. Verbs, function words and roles after a name (`NASA said`, `IBM has`,
  /// `UKIP leader`) do not.
  @inline(__always)
  private func isModifier(before index: Int) -> Bool {
    guard isEnglish, index < scan.tokens.count else { return false }
    let token = scan.tokens[index]
    let flags = token.flags
    guard !flags.contains(.breakBefore), !flags.contains(.capitalised),
      flags.contains(.hasLetter), !flags.contains(.hasDigit)
    else { return false }
    return scan.classes(of: token).isDisjoint(with: [
      .anyStopword, .speechVerb, .verbForm, .verbCue, .nameConnector, .introducer, .adjective,
      .title,
    ])
  }

  /// The surface forms of the tokens in `range`, joined by spaces.
  ///
  /// One word (most names) is decoded straight from its bytes: joining words measures and
  /// copies them through closures and cost twice as much per name.
  @inline(__always)
  func text(of range: Range<Int>) -> String {
    guard range.count == 1, range.lowerBound >= 0, range.lowerBound < scan.tokens.count else {
      return scan.words(range)
    }
    return scan.surface(of: scan.tokens[range.lowerBound])
  }

  /// The words of a role as the text writes them: a shortened title keeps the period the word
  /// scan left out (`Sen. Lindsey Graham`: role `Sen.`, as the quote side writes it).
  func roleText(of range: Range<Int>) -> String {
    let words = range.clamped(to: 0..<scan.tokens.count)
    let shortened = words.filter { index in
      scan.isFollowedByPeriod(scan.tokens[index])
        && CueData.shortenedTitles.contains(scan.lower(of: scan.tokens[index]))
    }
    guard !shortened.isEmpty else { return text(of: range) }
    return words.map { scan.surface(of: scan.tokens[$0]) + (shortened.contains($0) ? "." : "") }
      .joined(separator: " ")
  }
}
