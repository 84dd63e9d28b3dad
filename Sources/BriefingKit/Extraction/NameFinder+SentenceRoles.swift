extension NameFinder {
  /// Folds a name that only ever opens a sentence into the person its other words name, when
  /// the text also writes that person's name alone: the first word is then a description,
  /// capitalised by the sentence start (`Writer Ada Vance won …` beside `Ada Vance said`),
  /// and becomes the person's role. A word that can start a name itself (a given name, a
  /// place, a body, a title) is left where it is.
  mutating func mergeSentenceRoles() {
    guard isEnglish else { return }
    var byWords: [NameWords: Int]?
    for index in candidates.indices where alive[index] && opensWithSentenceRole(index) {
      if byWords == nil {
        var table: [NameWords: Int] = [:]
        for other in candidates.indices where alive[other] {
          table[candidates[other].words] = other
        }
        byWords = table
      }
      let words = candidates[index].words
      guard let tail = byWords?[NameWords(words.dropFirst())], alive[tail], tail != index,
        candidates[tail].person >= max(candidates[tail].organisation, candidates[tail].place)
      else { continue }
      foldRole(of: index, into: tail)
    }
  }

  /// True when every mention of candidate `index`, a name of three words or more, opens a
  /// sentence or is in the headline, and its first word can be a lowercase description. The
  /// rest must be a full name: a lone surname after a first word (`Tomas Verrill` beside
  /// `Verrill`) says nothing, since that word may be a given name no list knows.
  private func opensWithSentenceRole(_ index: Int) -> Bool {
    let candidate = candidates[index]
    guard candidate.words.count >= 3, let first = candidate.words.first,
      Int(first) < scan.classes.count, candidate.sentenceInitialMentions > 0,
      candidate.sentenceInitialMentions + candidate.headlineMentions >= candidate.nameRangeCount,
      !candidate.isKnownOrganisation, !candidate.isGazetteerPlace
    else { return false }
    return scan.classes[Int(first)].isDisjoint(
      with: Self.nameOpeningClasses.union([.title, .anyStopword]))
  }

  /// Classes of a word that can open a name itself (a given name, a place, a body, an event),
  /// so it is no description before one.
  static let nameOpeningClasses: TopicWordClass = [
    .givenName, .organisation, .knownOrganisation, .organisationStart, .placeStart,
    .placeWord, .event, .nameConnector, .demonym, .commonAcronym,
  ]

  /// Moves the mentions of `index` into `tail` without their first word, which becomes a role.
  private mutating func foldRole(of index: Int, into tail: Int) {
    guard let first = candidates[index].words.first else { return }
    let role = Self.capitalisedRole(scan.lower(first))
    let count = candidates[index].nameRangeCount
    let tokens = scan.tokens
    let dropped = mentionList.dropFirstToken(from: candidates[index].firstMention) { token in
      token < tokens.count ? tokens[token].start : Int.max
    }
    for token in dropped { roleRanges.append(token..<token + 1) }
    let forms = Array(candidates[index].surfaces.keys)
    merge(index, into: tail)
    for form in forms { candidates[tail].aliases[form] = nil }
    candidates[tail].roles[role, default: 0] += count
    candidates[tail].person += 3 * Double(count)
    candidates[tail].isTitled = true
  }

  /// `word` with its first letter in capitals, as a role opening a sentence is written.
  private static func capitalisedRole(_ word: String) -> String {
    guard let first = word.first else { return word }
    return first.uppercased() + word.dropFirst()
  }
}
