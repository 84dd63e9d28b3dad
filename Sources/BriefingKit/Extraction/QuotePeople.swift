/// The people an article names: fullest names, stated roles, and where each is mentioned.
///
/// Built in one pass over capitalised runs of words (`Transport Secretary Idris Okafor`,
/// `the assistant to the Russian leader Yuri Ushakov`). Runs inside quotes are left out: a
/// speaker is not the person their own words talk about.
struct QuotePeople {
  /// One person: the fullest name seen, and a role when one was stated.
  struct Person: Equatable {
    /// Token range of the fullest name.
    var name: Range<Int>
    var words: [UInt64]
    /// Token range of the stated role, when there is one.
    var role: Range<Int>?
    var roleWords: [UInt64]
    /// False for runs that look like organisations or places (`Foreign Ministry`).
    var isPerson: Bool = true
  }

  /// A run of capitalised words split into its role prefix and name.
  struct Run: Equatable {
    var role: Range<Int>?
    var name: Range<Int>
  }

  let scalars: [Unicode.Scalar]
  let tokens: [QuoteToken]
  let lexicon: QuoteLexicon
  /// German text: names are told from nouns by given names (``germanNameStart(_:end:)``).
  let isGerman: Bool
  private(set) var people: [Person] = []
  /// (token index, person index) of every mention of a known person, in order.
  private(set) var occurrences: [(token: Int, person: Int)] = []
  private(set) var byLastWord = QuotePeopleByWord()
  /// One-word names the text writes after a title (`Prince Charles`): alone, such a name is
  /// that person, not someone else whose name starts with it (`Charles Kennedy`).
  private var titledNames: Set<UInt64> = []
  /// Role nouns the article also uses as surnames (`King` after `Ms King`).
  private(set) var surnameRoles: Set<UInt64> = []
  /// Offices given only by a description, by person (``describedRoles(of:quoted:language:)``).
  private(set) var describedRoles: [Int: Range<Int>] = [:]

  /// People of `tokens`; `language` (ISO 639-1) decides whether a lone capitalised word before
  /// a speech verb is taken for a name (not in German, where every noun is capitalised).
  init(
    scalars: [Unicode.Scalar], tokens: [QuoteToken], quoted: [Bool], language: String = "",
    lexicon: QuoteLexicon = .standard
  ) {
    self.scalars = scalars
    self.tokens = tokens
    self.lexicon = lexicon
    self.isGerman = language == "de"
    surnameRoles = Self.surnameRoles(
      tokens: tokens, quoted: quoted, lexicon: lexicon, language: language)
    var runs: [Run] = []
    // About forty runs in a news article: room for most, so the array seldom regrows.
    runs.reserveCapacity(64)
    var index = Self.capitalized(in: tokens, from: 0)
    while index < tokens.count {
      guard !tokens[index].isAllCaps || tokens[index].isInitials,
        !(index < quoted.count && quoted[index])
      else {
        index = Self.capitalized(in: tokens, from: index + 1)
        continue
      }
      let end = runEnd(from: index)
      if let run = split(index..<end) { runs.append(run) }
      index = Self.capitalized(in: tokens, from: max(end, index + 1))
    }
    // Each run adds at most one person: sized at once, the list is not regrown (7,500 times
    // over BBC) as people are added.
    people.reserveCapacity(runs.count)
    var line: HeadlineLine?
    for run in runs where run.name.count == 1 && run.role != nil {
      titledNames.insert(nameHash(run.name.lowerBound))
    }
    for run in runs where run.name.count >= 2 && !isInHeadline(run.name.lowerBound, line: &line) {
      register(run)
    }
    // Full names seen only in the possessive, when no one else has that surname or a title
    // tells them apart: `Bill Clinton’s` beside `Hillary Clinton` (`Mr.`, `Mrs. Clinton`).
    for run in runs where isNamedOwner(run.name) && !isInHeadline(run.name.lowerBound, line: &line)
    {
      if isDistinctOwner(run.name) { register(run, isOwner: true) }
    }
    if language != "de" {
      for run in runs
      where run.name.count == 1 && (isSpeaking(run) || hasHonorific(run)) && !isNonName(run.name) {
        register(run)
      }
    } else {
      // `Bundeskanzlerin Merkel`: a German role word before one name makes it a person's.
      for run in runs where run.name.count == 1 && run.role != nil { register(run) }
    }
    occurrences.reserveCapacity(runs.count)
    for run in runs { note(run) }
    describedRoles = Self.describedRoles(of: self, quoted: quoted, language: language)
  }

  /// True when a word is the last word of a multi-word name in the article (`Merkel`).
  func isSurname(_ hash: UInt64) -> Bool { byLastWord[hash] != nil }

  /// The text of tokens `range`, from the first token's start to the last one's end.
  func text(_ range: Range<Int>) -> String {
    guard let first = range.first, let last = range.last, first >= 0, last < tokens.count else {
      return ""
    }
    let start = tokens[first].start
    let end = tokens[last].end
    return start < end ? QuoteScalar.string(scalars, start..<end) : ""
  }

  /// The person whose name ends with the words of `name`, preferring the fullest; a possessive
  /// (`Trump’s`) counts as the name it is made from. A courtesy title before `name` rules out
  /// people whose given name is of the other gender (`Mrs. Clinton` beside `Bill Clinton`).
  func person(named name: Range<Int>) -> Int? {
    guard let last = name.last, last < tokens.count, name.lowerBound >= 0,
      let candidates = byLastWord[nameHash(last)]
    else { return nil }
    var best: Int?
    var bestRank = 0
    let title = titleGender(before: name.lowerBound)
    // Looked up when first needed: most candidates may bear any name, and the gazetteer
    // check for every name looked for was a tenth of finding people.
    var isPlaceName: Bool?
    for index in candidates where !contradicts(title, person: index) {
      // `France` is not the `Stade de France` (nor `Bank of France`) that holds its name; a
      // person may bear it (`Denzel Washington`), so a longer name must start as one does.
      if !isGerman, !mayBear(name, person: index) {
        if isPlaceName == nil { isPlaceName = isPlace(name) }
        if isPlaceName == true { continue }
      }
      // In German a person outranks a longer noun phrase that ends in the same name
      // (`Festnahme von Milinkewitsch` after `Aljaksandr Milinkewitsch`).
      let rank = people[index].words.count + (isGerman && people[index].isPerson ? 64 : 0)
      guard rank > bestRank, name.allSatisfy({ people[index].words.contains(nameHash($0)) })
      else { continue }
      best = index
      bestRank = rank
    }
    if name.count == 1, !isGerman, best.map({ people[$0].words.count < 2 }) ?? true,
      !titledNames.contains(nameHash(name.lowerBound)),
      let full = givenNamePerson(nameHash(name.lowerBound))
    {
      return full
    }
    return best
  }

  /// True when the place `name` may stand for the person at `index`: one of the same length,
  /// a person whose name starts with a given name, or the longer name written out right
  /// before it (`Lloyds of London`).
  private func mayBear(_ name: Range<Int>, person index: Int) -> Bool {
    let words = people[index].words
    let extra = words.count - name.count
    guard extra > 0, let first = words.first, !QuoteGenders.isGivenName(first) else {
      return true
    }
    let from = name.lowerBound - extra
    guard from >= 0 else { return false }
    // Word by word: mapping the tokens and copying the words' prefix built two arrays for
    // each person looked at.
    for offset in 0..<extra where nameHash(from + offset) != words[offset] { return false }
    return true
  }

  /// The one person of two or more words whose first word is `given`: `Ben said` after `Ben
  /// Carver` is him (tabloid and sports copy call people by their given names).
  private func givenNamePerson(_ given: UInt64) -> Int? {
    var found: Int?
    for (index, person) in people.enumerated()
    where person.isPerson && person.words.count >= 2 && person.words.first == given {
      if found != nil { return nil }
      found = index
    }
    return found
  }

  /// Splits a run into role prefix and name, dropping leading stop words and courtesy titles.
  func split(_ run: Range<Int>) -> Run? {
    var start = run.lowerBound
    while start < run.upperBound, isLeadingNoise(start) { start += 1 }
    var nameStart = start
    var cursor = start
    let isOrganisation = run.contains { lexicon.is(tokens[$0].hash, .organisation) }
    var office: Int?
    while cursor < run.upperBound {
      if lexicon.isRole(tokens[cursor]) && !isSurnameRole(cursor, runEnd: run.upperBound)
        || cursor == nameStart && cursor + 1 < run.upperBound && !isOrganisation
          && (isDescriptor(cursor) || isPossessive(cursor))
      {
        nameStart = cursor + 1
        // Only a lower-case link joins an office (`minister des Innern`): `Des` in `immigration
        // minister Des Browne` is his given name.
        if cursor + 2 < run.upperBound, tokens[cursor + 1].isLowercase,
          lexicon.is(tokens[cursor + 1].hash, .linking)
        {
          office = officeNameStart(after: cursor, in: run)
          nameStart =
            office ?? (isGerman ? germanOfficeNameStart(after: cursor, in: run) : cursor + 3)
        }
      }
      cursor += 1
    }
    // An owner's role ends at its possessive: `Flight International’s Mr Ada Lund`.
    let owner = ownerEnd(nameStart..<run.upperBound)
    if let owner { nameStart = owner }
    if isGerman { nameStart = germanNameStart(nameStart, end: run.upperBound) }
    // A courtesy title between role and name ends neither: `Chancellor Lord Falconer`.
    var roleEnd = owner ?? nameStart
    while roleEnd < run.upperBound, !tokens[roleEnd].isWord { roleEnd += 1 }
    while nameStart < run.upperBound,
      lexicon.is(tokens[nameStart].hash, .honorific) || !tokens[nameStart].isWord
    {
      nameStart += 1
    }
    guard nameStart < run.upperBound,
      nameStart + 1 < run.upperBound || !isDescriptor(nameStart)
    else { return nil }
    if isGerman { roleEnd = owner ?? nameStart }
    var role = nameStart > start ? start..<min(roleEnd, nameStart, run.upperBound) : nil
    if role?.isEmpty == true { role = nil }
    if isGerman { role = role.map(germanRoleAfterOwner) }
    if !isGerman { role = role.map { widened($0, in: run) } }
    // `Coffee-loving Curry`: a word that only describes the person is no role.
    if let only = role, only.count == 1, isParticipleDescriptor(only.lowerBound) { role = nil }
    var nameEnd = run.upperBound
    // `Speaker of the House Paul D. Ryan of Wisconsin`: the office holds the organisation;
    // in `Piet de Vries of Ostend Bank` only the place suffix does.
    if let place = placeSuffix(nameStart..<run.upperBound),
      !isOrganisation || office == nameStart
        || !(run.lowerBound..<place).contains(where: { lexicon.is(tokens[$0].hash, .organisation) })
    {
      nameEnd = place
    }
    if !isGerman { (role, nameEnd) = postNominalsInRole(role, name: nameStart..<nameEnd) }
    if !isGerman, let given = givenNameStart(nameStart..<nameEnd) {
      role = role.map { $0.lowerBound..<given } ?? nameStart..<given
      nameStart = given
    }
    // `Yet Evan Mann`: a word that opens the sentence before a given name is no role.
    if let only = role, only.count == 1, Self.sentenceOpeners.contains(tokens[only.lowerBound].hash)
    {
      role = nil
    }
    return Run(role: role, name: nameStart..<nameEnd)
  }

  func isLeadingNoise(_ index: Int) -> Bool {
    guard tokens[index].isWord else { return true }
    if !isGerman, tokens[index].hash == Self.desHash, isName(at: index + 1) { return false }
    let classes = lexicon.wordClass(tokens[index].hash)
    return classes.contains(.stop) || classes.contains(.determiner)
      || classes.contains(.honorific) || classes.contains(.pronoun)
      || classes.contains(.linking) && (tokens[index].isLowercase || isOpeningPreposition(index))
      || classes.contains(.skippable) || lexicon.isCue(tokens[index].hash)
      || isGerman && isGermanLeadingNoise(index)
      || !isGerman && Self.auxiliaries.contains(tokens[index].hash)
      || !isGerman && Self.pairings.contains(tokens[index].hash)
  }

  /// `Both Culture Secretary Tessa Jowell and …`: words that pair two people open no role.
  private static let pairings = QuoteWordSet(["both", "either", "neither"])

  /// Verbs that open a question (`Can Yahoo dominate next decade?`) and start no name. `Will`
  /// and `May` are left out: they are names too.
  private static let auxiliaries = QuoteWordSet(
    [
      "can", "could", "should", "would", "shall", "must", "might", "does", "did", "do", "is",
      "are", "was", "were", "has", "have", "had",
    ])

  /// `For` or `Of` opening a sentence (`For Ada Lund, who won, …`): no name starts with
  /// them, while a capitalised `De` or `Van` may (`De Niro`).
  private func isOpeningPreposition(_ index: Int) -> Bool {
    let hash = tokens[index].hash
    return hash == Self.forHash || hash == Self.ofHash
  }

  /// `Des` before a capitalised word outside German is a given name (`Des Browne`), not the
  /// German article.
  private static let desHash = QuoteToken.hash(of: "des")

  private func isName(at index: Int) -> Bool {
    index < tokens.count && tokens[index].isCapitalized && !tokens[index].isAllCaps
      && tokens[index].start <= tokens[index - 1].end + 1
  }

  private static let forHash = QuoteToken.hash(of: "for")
  private static let ofHash = QuoteToken.hash(of: "of")

  /// Where a run of capitalised words (with `of`, `von`, `de` inside) ends.
  private func runEnd(from start: Int) -> Int {
    var end = start + 1
    while end < tokens.count {
      let token = tokens[end]
      if isInitialDot(end) || isTitleDot(end) {
        end += 1
        continue
      }
      if let surname = QuoteNameParticles.runSurname(at: end, in: tokens, scalars: scalars) {
        end = surname + 1
        continue
      }
      guard token.isWord, !token.isAllCaps, token.start <= tokens[end - 1].end + 1,
        !lexicon.isCue(token.hash),
        !lexicon.is(token.hash, .stop) || isInitialDot(end + 1)
      else { break }
      if token.isCapitalized {
        end += 1
      } else if lexicon.is(token.hash, .linking), end + 1 < tokens.count,
        tokens[end + 1].isCapitalized, tokens[end + 1].start <= token.end + 1,
        !isRoute(start..<end)
      {
        end += 2
      } else if let office = officeLinkEnd(at: end) {
        end = office
      } else {
        break
      }
    }
    return end
  }

  /// The dot after an initial inside a name (`Lena B. Ortiz`).
  func isInitialDot(_ index: Int) -> Bool {
    guard index > 0, index + 1 < tokens.count, tokens[index].kind == .punctuation,
      tokens[index].scalar == 0x2E, tokens[index + 1].isCapitalized
    else { return false }
    let initial = tokens[index - 1]
    return initial.isWord && initial.isCapitalized
      && (initial.end - initial.start == 1 || initial.isInitials)
      && initial.end == tokens[index].start
  }

  mutating func register(_ run: Run, isOwner: Bool = false) {
    // The words' hashes are gathered only for a new person: most runs name someone already
    // known, and an array for each was a tenth of registering.
    guard let last = run.name.last.map({ nameHash($0) }),
      !isPossessive(run.name.upperBound - 1) || isOwner
    else { return }
    if let existing = person(named: run.name), people[existing].words.count >= run.name.count {
      if people[existing].role == nil { attachRole(run, to: existing) }
      return
    }
    let isPerson =
      !run.name.contains { lexicon.is(nameHash($0), .organisation) }
      && (!isGerman || isGermanPerson(run)) && !isPlace(run.name)
      && (isGerman || !isKnownBody(run.name))
    people.append(
      Person(
        name: run.name, words: run.name.map { nameHash($0) }, role: nil, roleWords: [],
        isPerson: isPerson))
    byLastWord.append(people.count - 1, for: last)
    attachRole(run, to: people.count - 1)
  }

  /// A person's full name in the possessive (`Mike Dunn’s film`): a given name and a surname
  /// are how the article names that person, though `Apple’s` or `Dunn’s` alone may be anyone.
  private func isNamedOwner(_ name: Range<Int>) -> Bool {
    guard !isGerman, name.count >= 2, let first = name.first, isPossessive(name.upperBound - 1)
    else { return false }
    return QuoteGenders.isGivenName(tokens[first].hash)
  }

  private mutating func note(_ run: Run) {
    guard let index = person(named: run.name) else { return }
    occurrences.append((run.name.lowerBound, index))
    if people[index].role == nil { attachRole(run, to: index) }
  }

  private mutating func attachRole(_ run: Run, to person: Int) {
    let range =
      run.role ?? description(before: run.name.lowerBound)
      ?? appositiveRole(after: run.name.upperBound)
      ?? germanAppositiveRole(before: run.name.lowerBound)
    guard let range, !range.isEmpty else { return }
    people[person].role = range
    people[person].roleWords = range.map { lexicon.roleHash(tokens[$0]) }
  }
}
