/// The working state of ``EntityExtractor`` on one article: runs of capitalised words become
/// name candidates, which then merge by stem, alias and quoted speaker.
struct NameFinder {
  let scan: ScannedText
  let lexicon: TopicLexicon
  let language: String
  /// `language` is English, or German: tested for nearly every name, where comparing the
  /// strings each time cost a call into the runtime.
  let isEnglish: Bool
  let isGerman: Bool
  /// Russian and German inflect names (`Путина`, `Merkels`): their words are compared by stem.
  let usesStems: Bool
  let mask: UInt8
  /// Per lowercased form: how often it is written without a capital.
  let lowercaseUses: [Int32]
  /// Most words are in capitals, so capitals say nothing.
  let isShouting: Bool
  /// Per body sentence, and last the headline: written in title case (``titleCaseLines``).
  let titleCaseLines: [Bool]
  /// Per lowercased form: how often it is written with a capital inside a sentence that is
  /// not in title case.
  let capitalisedUses: [Int32]
  /// The ids of the cue words tested one word at a time.
  let cueWords: CueWordIDs
  /// Capitalised words in the text: no more runs of name words can open (``runs()``).
  let capitalisedWords: Int
  var candidates: [NameCandidate] = []
  var alive: [Bool] = []
  /// Token ranges of roles and titles before names (`Transport Secretary`): not key phrases.
  var roleRanges: [Range<Int>] = []
  /// Every candidate's mentions, one chain per candidate.
  var mentionList = NameMentions(capacity: 0)
  private var byWords: [NameWords: Int] = [:]
  private var byPackedWords = KeyTable(capacity: 64)

  init(scan: ScannedText, language: String, lexicon: TopicLexicon = .shared) {
    self.scan = scan
    self.lexicon = lexicon
    self.language = language
    isEnglish = language == "en"
    isGerman = language == "de"
    usesStems = language == "ru" || language == "de" || language == "und"
    mask = TopicLexicon.mask(for: language)
    cueWords = CueWordIDs(scan.lowerTable)
    let titleCase = Self.titleCaseLines(in: scan, language: language, mask: mask)
    titleCaseLines = titleCase
    var uses = [Int32](repeating: 0, count: scan.lowerCount)
    var capitals = [Int32](repeating: 0, count: titleCase.contains(true) ? scan.lowerCount : 0)
    var shouting = 0
    var letters = 0
    var capitalised = 0
    // Counted through buffers: each count through the arrays paid a uniqueness and a bounds
    // check per token.
    uses.withUnsafeMutableBufferPointer { uses in
      capitals.withUnsafeMutableBufferPointer { capitals in
        for token in scan.tokens where token.flags.contains(.hasLetter) {
          letters += 1
          if token.flags.contains(.allCaps) { shouting += 1 }
          let lower = Int(token.lower)
          if token.flags.contains(.capitalised) {
            capitalised += 1
            let line = Int(token.sentence)
            if lower < capitals.count, line >= 0, line < titleCase.count, !titleCase[line],
              !token.flags.contains(.sentenceStart)
            {
              capitals[lower] += 1
            }
          } else if lower < uses.count {
            uses[lower] += 1
          }
        }
      }
    }
    lowercaseUses = uses
    capitalisedUses = capitals
    isShouting = shouting * 2 > letters && letters > 3
    capitalisedWords = capitalised
    // Names recur: about one distinct candidate per two capitalised words, reserved at once
    // rather than grown (a candidate is a few hundred bytes, copied at every regrowth).
    candidates.reserveCapacity(capitalised / 2 + 4)
    alive.reserveCapacity(capitalised / 2 + 4)
    mentionList = NameMentions(capacity: capitalised + 4)
  }

  /// True when the token at `index` can be part of a name.
  func isNameWord(_ index: Int) -> Bool {
    let flags = scan.tokens[index].flags
    guard flags.contains(.capitalised), flags.contains(.hasLetter), !flags.contains(.hasDigit)
    else { return false }
    if isShouting && flags.contains(.allCaps) { return false }
    let lower = Int(scan.tokens[index].lower)
    if flags.contains(.allCaps) && isShoutedWord(index) { return false }
    if scan.classes[lower].contains(.credit) { return false }
    let isStop = scan.classes[lower].rawValue & UInt32(mask) != 0
    if isStop && !flags.contains(.allCaps) {
      return isParticleInName(index) || isDayOfNewspaper(index) || isNumberOpeningName(index)
    }
    if isInTitleCaseLine(index) { return isNameInTitleCase(index) }
    if flags.contains(.sentenceStart) || flags.contains(.headline) {
      // A common word (`Later`, `Following`) only has its capital from the sentence start,
      // as has an English adverb (`Initially Visual Radio will…`).
      return lowercaseUses[lower] == 0 && !scan.classes[lower].contains(.common)
        && !(isEnglish && Self.endsLikeAdverb(scan.lowerTable.bytes(of: Int32(lower))))
    }
    return true
  }

  /// True for a capitalised particle inside a sentence between two capitalised words of a
  /// name (`Claire Le Goff`, `Leonardo Da Vinci`), which the language's stopwords would
  /// otherwise cut.
  func isParticleInName(_ index: Int) -> Bool {
    let tokens = scan.tokens
    guard index > 0, index + 1 < tokens.count else { return false }
    let flags = tokens[index].flags
    let before = scan.classes(of: tokens[index - 1])
    guard !flags.contains(.sentenceStart), !flags.contains(.breakBefore),
      !flags.contains(.headline), scan.classes(of: tokens[index]).contains(.nameConnector),
      before.rawValue & UInt32(mask) == 0, !before.contains(.title),
      tokens[index - 1].flags.contains(.capitalised),
      tokens[index + 1].flags.contains(.capitalised),
      !tokens[index + 1].flags.contains(.breakBefore)
    else { return false }
    return true
  }

  /// True for a lowercase connector (`of`, `de`) inside a name.
  @inline(__always)
  func isConnector(_ index: Int) -> Bool {
    let token = scan.tokens[index]
    guard !token.flags.contains(.capitalised), !token.flags.contains(.breakBefore),
      scan.classes(of: token).contains(.nameConnector)
    else { return false }
    // German capitalises every noun, so its `&` joins nouns (`Mädchen & Jungen`) as often
    // as names: there it joins nothing.
    if isAmpersand(index) { return !isGerman && !isFullNameAfter(index) }
    // German capitalises nouns: `Auftritte von Johanna` is a noun and a name, while
    // `Ursula von der Leyen` has a given name before `von`.
    guard isGerman, index > 0 else { return true }
    return scan.classes(of: scan.tokens[index - 1]).contains(.givenName)
  }

  /// True for the `&` of `Procter & Gamble`, which the scanner reads as a connector word.
  func isAmpersand(_ index: Int) -> Bool {
    scan.lowerTable.hasBytes(of: scan.tokens[index].lower, "&")
  }

  /// True when a given name and another capitalised word follow the word at `index`: a
  /// person's full name, which an `&` only lists beside another (`Rainn Wilson & Ellen Page`).
  private func isFullNameAfter(_ index: Int) -> Bool {
    let tokens = scan.tokens
    guard index + 2 < tokens.count, scan.classes(of: tokens[index + 1]).contains(.givenName)
    else { return false }
    let after = tokens[index + 2].flags
    return after.contains(.capitalised) && !after.contains(.breakBefore)
  }

  /// True for an article that joins a name only after a connector (`der` in `von der`).
  @inline(__always)
  func isSecondConnector(_ index: Int) -> Bool {
    let token = scan.tokens[index]
    return !token.flags.contains(.capitalised)
      && CueData.secondConnectors.contains(scan.lower(of: token))
  }

  /// Finds every run of name words and records the names in it.
  mutating func findRuns() {
    for run in runs() { addRun(run) }
  }

  /// The runs of name words in reading order. Found apart from ``addRun(_:)``, which reads none
  /// of what it changes: each call from a mutating method to a helper would copy the finder.
  private func runs() -> [Range<Int>] {
    let tokens = scan.tokens
    var runs: [Range<Int>] = []
    // Reserved at once: grown from empty, the list was copied about six times per article.
    runs.reserveCapacity(capitalisedWords)
    var index = 0
    while index < tokens.count {
      // Both tests need a capital: the many words without one are passed over here, with
      // neither call.
      guard tokens[index].flags.contains(.capitalised),
        isNameWord(index) || opensKnownName(index)
      else {
        index += 1
        continue
      }
      let first = runEnd(from: index)
      let end = departmentRoleEnd(after: index..<first) ?? first
      runs.append(index..<end)
      index = end
    }
    return runs
  }

  /// The end of the run of name words that starts at `start`.
  ///
  /// Inlined, as is ``departmentRoleEnd(after:)``, into the loop over every token.
  @inline(__always)
  private func runEnd(from start: Int) -> Int {
    let tokens = scan.tokens
    var end = start + 1
    while end < tokens.count {
      let flags = tokens[end].flags
      if flags.contains(.breakBefore) || tokens[end - 1].flags.contains(.possessive)
        || isGermanGenitive(end - 1)
      {
        break
      }
      if isNameWord(end) {
        if isAcronymBeforeGivenName(end) || opensDatelinePlace(end) { break }
        end += 1
      } else if isConnector(end), let after = nameAfterConnectors(end) {
        end = after + 1
      } else if let after = nameAfterCapitalParticle(end) {
        end = after + 1
      } else if scan.classes(of: tokens[end - 1]).contains(.title),
        flags.contains(.capitalised), flags.contains(.hasLetter), !flags.contains(.hasDigit)
      {
        end += 1
      } else {
        break
      }
    }
    return end
  }

  /// True when the word at `index` is a given name that opens a person's name right after an
  /// acronym of three letters or more (`told the BBC Michael Howard`): two names, not one.
  @inline(__always)
  private func isAcronymBeforeGivenName(_ index: Int) -> Bool {
    let before = scan.tokens[index - 1]
    guard before.flags.contains(.allCaps), before.end - before.start >= 3,
      scan.classes(of: scan.tokens[index]).contains(.givenName), index + 1 < scan.tokens.count
    else { return false }
    let after = scan.tokens[index + 1].flags
    return after.contains(.capitalised) && !after.contains(.breakBefore)
      && scan.classes(of: before).isDisjoint(with: [.title, .organisation])
  }

  /// The end of a role whose office is named in two parts (`Trade and Industry Secretary
  /// Patricia Hewitt`): `and` joins the run `first` to a run that holds a title after its
  /// first word. Nil when no such role follows.
  @inline(__always)
  private func departmentRoleEnd(after first: Range<Int>) -> Int? {
    let tokens = scan.tokens
    let and = first.upperBound
    guard first.count <= 2, and + 1 < tokens.count, !tokens[and].flags.contains(.capitalised),
      !tokens[and].flags.contains(.breakBefore), !tokens[and + 1].flags.contains(.breakBefore),
      scan.lowerTable.hasBytes(of: tokens[and].lower, "and"), isNameWord(and + 1),
      first.allSatisfy({ scan.classes(of: tokens[$0]).isDisjoint(with: [.title, .givenName]) })
    else { return nil }
    let end = runEnd(from: and + 1)
    let hasOffice = (and + 2..<end).contains { scan.classes(of: tokens[$0]).contains(.title) }
    let opensWithTitle = scan.classes(of: tokens[and + 1]).contains(.title)
    return hasOffice && !opensWithTitle ? end : nil
  }

  /// The index of the name word after one or two connectors starting at `index`, if any.
  private func nameAfterConnectors(_ index: Int) -> Int? {
    var next = index + 1
    if next < scan.tokens.count, isConnector(next) || isSecondConnector(next) {
      next += 1
    }
    guard next < scan.tokens.count, !scan.tokens[next].flags.contains(.breakBefore),
      isNameWord(next), !isNumberOpeningName(next)
    else { return nil }
    return next
  }

  /// The candidate for `words`, created on first use.
  mutating func candidateIndex(for name: Range<Int>) -> Int {
    // Names of up to three words whose ids fit 21 bits use a packed key and no allocation.
    var packed: UInt64 = 0
    for (slot, token) in name.enumerated() where slot < 3 {
      packed |= (UInt64(scan.tokens[token].lower) + 1) << (21 * UInt64(slot))
    }
    if name.count <= 3 && scan.lowerCount < (1 << 21) - 1 {
      let next = Int32(candidates.count)
      let index = Int(byPackedWords.value(for: packed) { next })
      if index == candidates.count { addCandidate(for: name) }
      return index
    }
    let words = NameWords(count: name.count) { scan.tokens[name.lowerBound + $0].lower }
    if let index = byWords[words] { return index }
    byWords[words] = candidates.count
    addCandidate(for: name)
    return candidates.count - 1
  }

  /// True when the word at `index` can name a company's product (`Mac` in `Apple Mac`, `Radio
  /// Scotland` in `BBC Radio Scotland`): not a given name or a title, which make a person.
  private func isProductWord(_ index: Int) -> Bool {
    scan.classes(of: scan.tokens[index]).isDisjoint(with: [.givenName, .title])
  }

  /// The lowercased words of `name` joined by spaces, written once into the string's own
  /// storage (none for a key of up to 15 bytes). Inlined into ``addCandidate(for:)``, whose
  /// call would copy the finder.
  @inline(__always)
  private func key(of name: Range<Int>) -> String {
    if name.count == 1 { return scan.lower(of: scan.tokens[name.lowerBound]) }
    let table = scan.lowerTable
    let tokens = scan.tokens
    var length = name.count - 1
    for token in name { length += table.bytes(of: tokens[token].lower).count }
    return String(unsafeUninitializedCapacity: max(length, 0)) { buffer in
      var end = 0
      for token in name {
        if token > name.lowerBound && end < buffer.count {
          buffer[end] = UInt8(ascii: " ")
          end += 1
        }
        for byte in table.bytes(of: tokens[token].lower) where end < buffer.count {
          buffer[end] = byte
          end += 1
        }
      }
      return end
    }
  }

  private mutating func addCandidate(for name: Range<Int>) {
    let key = self.key(of: name)
    var candidate = NameCandidate(
      words: NameWords(count: name.count) { scan.tokens[name.lowerBound + $0].lower }, key: key)
    let first = scan.classes(of: scan.tokens[name.lowerBound])
    candidate.isGazetteerPlace = first.contains(.placeStart) && lexicon.places.contains(key)
    // `Norddeutschland`, and `Frankreichs` alone: a German region named by a point of the
    // compass, and a place in the genitive, named in the nominative.
    if isGerman && name.count == 1 && !candidate.isGazetteerPlace {
      if Self.isGermanPlace(key, in: lexicon) {
        candidate.isGazetteerPlace = true
      } else if Self.isGenitive(ofPlaceIn: lexicon, key) {
        candidate.isGazetteerPlace = true
        candidate.isPlaceGenitive = true
      }
    }
    if name.count == 1 {
      candidate.isKnownOrganisation = first.contains(.knownOrganisation)
      candidate.isCommonNoun = first.contains(.commonAcronym)
      candidate.hasOrganisationWord = first.contains(.organisation)
    } else {
      candidate.isKnownOrganisation =
        first.contains(.organisationStart) && lexicon.knownOrganisations.contains(key)
      let hasOrganisationWord = name.contains {
        scan.classes(of: scan.tokens[$0]).contains(.organisation)
      }
      candidate.hasOrganisationWord = hasOrganisationWord
      // A given name before a place word that is also a surname is a person (`Ricki Lake`);
      // before `Island` or `County` it names a place (`Ellis Island`).
      candidate.hasPlaceWord =
        !hasOrganisationWord && !candidate.isKnownOrganisation && isPlaceByGeography(name)
        && (!first.contains(.givenName)
          || !CueData.surnamePlaceWords.contains(scan.lower(of: scan.tokens[name.upperBound - 1])))
      candidate.isBrand =
        !candidate.isKnownOrganisation && !hasOrganisationWord
        && first.contains(.knownOrganisation) && name.dropFirst().allSatisfy { isProductWord($0) }
        && lexicon.companies.contains(scan.lower(of: scan.tokens[name.lowerBound]))
    }
    candidate.isEvent = scan.classes(of: scan.tokens[name.upperBound - 1]).contains(.event)
    // `Internet Explorer`, `Champions League`: a product or an event named like a body.
    if name.count > 1 && !candidate.isEvent && !candidate.isCommonNoun {
      // Only a name opening with a product's or an event's first word is looked up whole.
      let opens = cueWords.kinds(of: scan.tokens[name.lowerBound].lower)
      candidate.isCommonNoun =
        (opens.contains(.productStart) && lexicon.products.contains(key)) || isPlacesThing(name)
      candidate.isEvent = opens.contains(.eventStart) && lexicon.events.contains(key)
    }
    candidates.append(consume candidate)
    alive.append(true)
  }
}
