/// English names with words around them that belong to the role: letters after the name
/// (`Guy Mansfield QC`, `Tim Hunt FRS`) and a description before a given name (`Writer Tony
/// Cowell`, `Americans Andy Roddick`).
extension QuotePeople {
  /// Letters written after a person's name: the offices of ``CueData/postnominalTitles``,
  /// honours and degrees.
  static let postNominals = QuoteWordSet(
    CueData.postnominalTitles.sorted() + ["frs", "obe", "mbe", "cbe", "kc", "phd"])

  /// The role and the end of `name` with the letters that end it (`QC`, `MP`) taken out of
  /// the name, when two words or more stay and the first is no place (`Glasgow Kelvin MP` is
  /// a seat); the letters are the role when there is none.
  func postNominalsInRole(_ role: Range<Int>?, name: Range<Int>) -> (Range<Int>?, Int) {
    var end = name.upperBound
    while end - 2 > name.lowerBound, tokens[end - 1].isCapitalized,
      Self.postNominals.contains(tokens[end - 1].hash)
    {
      end -= 1
    }
    guard end < name.upperBound, !isPlace(name.lowerBound..<(name.lowerBound + 1)),
      !(name.lowerBound..<end).contains(where: { Self.compass.contains(tokens[$0].hash) })
    else {
      return (role, name.upperBound)
    }
    return (role ?? end..<name.upperBound, end)
  }

  /// Words that open an English sentence before its subject (`Yet Evan Mann, an analyst,
  /// said`, `First Mark Cueto was judged offside`): before a given name they are no title.
  /// The attributor's opening words, and a few adverbs of time and place.
  static let sentenceOpeners = QuoteWordSet(
    union: QuoteAttributor.sentenceAdverbs, QuoteAttributor.timeWords,
    QuoteAttributor.conjunctions, QuoteAttributor.subordinators,
    QuoteAttributor.leadingConjunctions,
    QuoteWordSet(["now", "however", "today", "yesterday", "tonight", "here", "there"]))

  /// Where the name starts in a run of three words or more when the words before it describe
  /// the person: up to a nationality or a word in capitals (`Top-seeded Americans Andy
  /// Roddick`, `Irish PM Enda Kenny`), or a word opening the sentence before a given name
  /// (`Writer Tony Cowell`); two words at least stay for the name. Not past a peer's title
  /// (`Baroness Susan Greenfield`), nor a name's own first word (`Lee Roy Myers`).
  func givenNameStart(_ name: Range<Int>) -> Int? {
    guard name.count >= 3, let first = name.first,
      !QuoteGenders.isGivenName(tokens[first].hash), !Self.peerages.contains(tokens[first].hash)
    else { return nil }
    var start: Int?
    var cursor = first
    while cursor + 2 < name.upperBound {
      let token = tokens[cursor]
      if Self.demonyms.contains(token.hash) || token.isAllCaps && !token.isInitials,
        tokens[cursor + 1].isCapitalized, !tokens[cursor + 1].isAllCaps
      {
        start = cursor + 1
      }
      cursor += 1
    }
    if let start { return isBodyName(start..<name.upperBound, after: first) ? nil : start }
    let given = first + 1
    guard lexicon.isSentenceStart(first, in: tokens), tokens[given].isCapitalized,
      tokens[given + 1].isCapitalized, QuoteGenders.isGivenName(tokens[given].hash)
    else { return nil }
    return given
  }

  /// True when `rest`, after a nationality from token `first` on, names a body, not a person:
  /// the run follows a determiner (`the British Medical Association`), or `rest` holds an
  /// organisation's word or a link (`Muslim Council of Britain`) or is a known body.
  private func isBodyName(_ rest: Range<Int>, after first: Int) -> Bool {
    if first > 0, lexicon.is(tokens[first - 1].hash, .determiner) { return true }
    return isKnownBody(rest)
      || rest.contains {
        lexicon.is(tokens[$0].hash, .organisation) || tokens[$0].isLowercase
          || Self.bodyTails.contains(tokens[$0].hash)
      }
  }

  /// Last words of bodies that the organisation words leave out (`Phonographic Industry`).
  private static let bodyTails = QuoteWordSet(
    ["industry", "government", "democrats", "fellowship", "ballet", "federation", "league"])

  /// Nationalities and parties of ``CueData/demonyms`` (`Americans`, `Labour`).
  private static let demonyms = QuoteWordSet(
    Array(TopicLexicon.names(in: [CueData.demonyms])))

  /// True when `run` (before a `to`) is a place or a known body: `from Arsenal to Real
  /// Madrid` and `Paris to London` join the two ends of a move, not the parts of one name.
  func isRoute(_ run: Range<Int>) -> Bool {
    guard !isGerman, run.upperBound < tokens.count, tokens[run.upperBound].hash == Self.toHash
    else { return false }
    var first = run.lowerBound
    while first < run.upperBound, isLeadingNoise(first) { first += 1 }
    return first < run.upperBound
      && (isPlace(first..<run.upperBound) || isKnownBody(first..<run.upperBound))
  }

  /// `Ealing North MP`, `East Midlands MEP`: a seat or a region, not a person's name.
  private static let compass = QuoteWordSet(
    ["north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"])

  private static let toHash = QuoteToken.hash(of: "to")
}
