extension NameFinder {
  /// Records the name in a run of name words, splitting off a leading title as its role.
  mutating func addRun(_ run: Range<Int>) {
    let lowers = run.map { scan.lower(of: scan.tokens[$0]) }
    let hasOrganisationWord = lowers.contains { lexicon.organisationWords.contains($0) }
    var nameStart = run.lowerBound
    var role: String?
    if !hasOrganisationWord,
      let split = lowers.indices.last(where: { lexicon.titles.contains(lowers[$0]) })
    {
      guard split < lowers.count - 1 else { return }  // a role without a name
      nameStart = run.lowerBound + split + 1
      role = text(of: run.lowerBound..<nameStart)
      while nameStart < run.upperBound, isConnector(nameStart) {
        nameStart += 1
        role = nil  // `President of Russia`: the name after `of` is not the office holder
      }
    }
    let name = nameStart..<run.upperBound
    guard !name.isEmpty else { return }
    let first = scan.tokens[name.lowerBound]
    if name.count == 1 && lexicon.demonyms.contains(scan.lower(of: first)) { return }
    let index = candidateIndex(for: name.map { scan.tokens[$0].lower })
    let last = scan.tokens[name.upperBound - 1]
    candidates[index].surfaces[text(of: name), default: 0] += 1
    candidates[index].tokenRanges.append(run)
    if first.flags.contains(.headline) {
      candidates[index].headlineMentions += 1
    } else {
      candidates[index].spans.append(first.start..<last.end)
      candidates[index].firstSentence = min(
        candidates[index].firstSentence, Int(first.sentence))
    }
    if name.lowerBound == run.lowerBound && first.flags.contains(.sentenceStart) {
      candidates[index].sentenceInitialMentions += 1
    }
    if let role {
      candidates[index].person += 3
      candidates[index].roles[role, default: 0] += 1
    }
    addCues(to: index, name: name, run: run)
  }

  /// Adds the kind cues of one mention: given names, titles and verbs around it, prepositions,
  /// the gazetteer, organisation words and acronyms.
  private mutating func addCues(to index: Int, name: Range<Int>, run: Range<Int>) {
    let tokens = scan.tokens
    let words = name.map { scan.lower(of: tokens[$0]) }
    var cues = (person: 0.0, organisation: 0.0, place: 0.0)
    if words.count >= 2, let first = words.first, lexicon.givenNames.contains(first) {
      cues.person += 2
    }
    if run.lowerBound > 0, !tokens[run.lowerBound].flags.contains(.breakBefore) {
      let before = tokens[run.lowerBound - 1]
      let word = scan.lower(of: before)
      if lexicon.titles.contains(word) && !before.flags.contains(.capitalised) { cues.person += 2 }
      if lexicon.speechVerbs.contains(word) { cues.person += 1.5 }
      if lexicon.placePrepositions.contains(word) { cues.place += 1 }
    }
    if run.upperBound < tokens.count, !tokens[run.upperBound].flags.contains(.breakBefore),
      lexicon.speechVerbs.contains(scan.lower(of: tokens[run.upperBound]))
    {
      cues.person += 1.5
    }
    let isPlace = lexicon.places.contains(words.joined(separator: " "))
    if isPlace { cues.place += 3 }
    if words.contains(where: { lexicon.organisationWords.contains($0) }) {
      cues.organisation += 3
    } else if words.count == 1, !isPlace, tokens[name.lowerBound].flags.contains(.allCaps) {
      cues.organisation += 1.5
    }
    candidates[index].person += cues.person
    candidates[index].organisation += cues.organisation
    candidates[index].place += cues.place
  }

  /// The surface forms of the tokens in `range`, joined by spaces.
  func text(of range: Range<Int>) -> String {
    range.map { scan.surface(of: scan.tokens[$0]) }.joined(separator: " ")
  }
}
