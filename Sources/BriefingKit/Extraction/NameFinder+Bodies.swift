/// English cues that a name is a body (a company, club, agency or paper) rather than a person:
/// the words around it say so even when it is said to speak (`the Fed said`, `oil firm Cairn`,
/// `Bath coach`, `Bath have signed`).
extension NameFinder {
  /// Organisation evidence of one mention of `name`, found in the run `run`: 2 for a kind of
  /// body right before it (`insurer Marsh`) or a compound that places a body (`Houston-based
  /// Continental`), 2 for a member or part of a body right after it (`Marsh spokeswoman`,
  /// `Cairn shares`, `Cairn's shareholders`), 2 after `shares in`, 1.5 for a plural verb right
  /// after a single name (`Bath have`). English only; 0 when nothing says so.
  func bodyCue(name: Range<Int>, of run: Range<Int>) -> Double {
    guard isEnglish, name == run, !isShouting else { return 0 }
    let tokens = scan.tokens
    var cue = 0.0
    if name.lowerBound > 0, !tokens[name.lowerBound].flags.contains(.breakBefore),
      isBodyAttributive(name.lowerBound - 1)
    {
      cue += 2
    }
    if let before = lowercaseWord(before: name.lowerBound) {
      if before.contains(.bodyNoun) { cue += 2 }
      if before.contains(.preposition), let owner = lowercaseWord(before: name.lowerBound - 1),
        owner.contains(.holdingNoun)
      {
        cue += 2
      }
    }
    guard let after = lowercaseWord(after: name.upperBound - 1) else { return cue }
    // `Cairn's shareholders`: a possessive only with what a company holds, as people have
    // spokesmen too (`Blair's spokesman`).
    if tokens[name.upperBound - 1].flags.contains(.possessive) {
      return after.contains(.bodyHolding) ? cue + 2 : cue
    }
    if !after.isDisjoint(with: [.bodyMember, .bodyHolding]) {
      cue += 2
    }
    // `Britons are`, `Lions have`: a plural name takes a plural verb whatever it names.
    let lastBytes = scan.lowerTable.bytes(of: tokens[name.upperBound - 1].lower)
    let isPlural =
      lastBytes.last == UInt8(ascii: "s") && lastBytes.dropLast().last != UInt8(ascii: "s")
    if after.contains(.pluralVerb), !isPlural, !isListed(name.lowerBound),
      scan.classes(of: tokens[name.lowerBound]).isDisjoint(with: [.givenName, .title])
    {
      cue += 1.5
    }
    return cue
  }

  /// True when a word for a workforce follows `name`, one singular word opening a sentence,
  /// not in capitals and not known to name a body (`Steel workers walked out`, `Hospital staff
  /// say`): the word may be a common noun, capitalised only by the sentence. Its body cue then
  /// counts only if the name is also written inside a sentence (``NameCandidate/isWeak``).
  /// Other members say more (`Ulster coach`, `Middlesbrough boss`, `Amex shares`).
  func isWorkforceAfterOpeningNoun(_ name: Range<Int>) -> Bool {
    let token = scan.tokens[name.lowerBound]
    let next = name.lowerBound + 1
    guard name.count == 1, token.flags.contains(.sentenceStart), !token.flags.contains(.allCaps),
      !token.flags.contains(.possessive), next < scan.tokens.count,
      !scan.tokens[next].flags.contains(.breakBefore),
      !scan.tokens[next].flags.contains(.capitalised),
      scan.classes(of: token).isDisjoint(with: [
        .organisation, .knownOrganisation, .organisationStart, .commonAcronym,
      ]),
      scan.lowerTable.bytes(of: token.lower).last != UInt8(ascii: "s")
    else { return false }
    return scan.lowerTable.withBytes(of: scan.tokens[next].lower) { next in
      CueData.workforceNouns.contains { next.elementsEqual($0) }
    }
  }

  /// True when the English article `the` stands right before the run (`the Fed said`): people
  /// are named without one, bodies often with one. Asked of one-word names only, as an
  /// unknown title may open a longer one (`the Rev Jonah Pell`).
  func isAfterDefiniteArticle(_ run: Range<Int>) -> Bool {
    // Not `The` opening a sentence, which is often part of a title (`The Aviator is`).
    guard isEnglish else { return false }
    return lowercaseWord(before: run.lowerBound)?.contains(.definiteArticle) == true
  }

  /// True when the token at `index` is a compound that says where a body is based or who owns
  /// it (`Houston-based`, `state-owned`, ``CueData/bodyAttributiveEndings``).
  private func isBodyAttributive(_ index: Int) -> Bool {
    isCompound(index, endingIn: CueData.bodyAttributiveEndings)
  }

  /// True when `name` is one German word right after a lowercase article (`das Aktenstudium`,
  /// `die Spekulation`): German capitalises nouns, and an article opens a noun, not a
  /// person's name, so a speech verb next to it says nothing of a speaker.
  func isGermanNounAfterArticle(_ name: Range<Int>, of run: Range<Int>) -> Bool {
    guard isGerman, name == run, name.count == 1,
      let before = lowercaseWord(before: name.lowerBound)
    else { return false }
    return before.contains(.germanArticle)
  }

  /// True when a verb or an auxiliary follows the run (`the Fed has`, `the Halifax said`).
  func isVerbAfter(_ run: Range<Int>) -> Bool {
    guard run.upperBound < scan.tokens.count else { return false }
    let next = scan.tokens[run.upperBound]
    guard !next.flags.contains(.breakBefore), !next.flags.contains(.capitalised) else {
      return false
    }
    return !scan.classes(of: next).isDisjoint(with: [.verbCue, .speechVerb, .verbForm])
  }

  /// True when the word before `index` joins it to a list of names (`Smith and Jones have`),
  /// so a plural verb after it is said of them all.
  private func isListed(_ index: Int) -> Bool {
    lowercaseWord(before: index)?.contains(.listJoiner) == true
  }

  /// The cue kinds of the word right before the token at `index`, when it is written in
  /// lowercase and only a space parts the two; nil otherwise.
  private func lowercaseWord(before index: Int) -> CueWordIDs.Kinds? {
    guard index > 0, index < scan.tokens.count,
      !scan.tokens[index].flags.contains(.breakBefore)
    else { return nil }
    return lowercase(scan.tokens[index - 1])
  }

  /// The cue kinds of the word right after the token at `index`, when it is written in
  /// lowercase and only a space parts the two; nil otherwise.
  private func lowercaseWord(after index: Int) -> CueWordIDs.Kinds? {
    guard index >= 0, index + 1 < scan.tokens.count,
      !scan.tokens[index + 1].flags.contains(.breakBefore)
    else { return nil }
    return lowercase(scan.tokens[index + 1])
  }

  private func lowercase(_ token: WordToken) -> CueWordIDs.Kinds? {
    guard !token.flags.contains(.capitalised), token.flags.contains(.hasLetter) else {
      return nil
    }
    return cueWords.kinds(of: token.lower)
  }
}
