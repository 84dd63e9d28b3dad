/// Turns a speaker mention into the person it refers to, or nil when that is not clear.
///
/// Names resolve to the fullest form in the article (`Okafor` → `Idris Okafor`) with the role
/// stated anywhere for that person; singular pronouns to the nearest sentence subject or the last
/// speaker whose gender (as the text or an earlier pronoun shows it) does not contradict them;
/// definite descriptions (`the diplomat`) to the person whose role shares their head noun, else
/// to the last speaker. Plural pronouns and indefinite descriptions stay unresolved: a
/// description keeps its words as the role with no speaker (`QuoteSpeakerResolver+Descriptions`).
struct QuoteSpeakerResolver {
  /// A resolved speaker.
  struct Speaker: Equatable {
    /// Nil for a description that names no one (`a spokesman for the ministry`).
    var name: String?
    var role: String?
  }

  let people: QuotePeople
  let lexicon: QuoteLexicon
  private(set) var lastSpeaker: Int?
  /// Token index of the mention that named the last speaker.
  private(set) var lastMention = -1
  /// The token where each person the quotes went to was last named, by name, as a speaker.
  private(set) var spoken: [Int: Int] = [:]
  /// True while resolving the agent of a passive cue: a description names someone new.
  var isAgent = false
  var tokens: [QuoteToken] { people.tokens }

  /// The article's language: in German every noun is capitalised, so one capitalised word
  /// that no full name ends with is not taken for a name.
  let language: String

  private(set) var genders: QuoteGenders

  init(people: QuotePeople, language: String, lexicon: QuoteLexicon = .standard) {
    self.people = people
    self.language = language
    self.lexicon = lexicon
    self.genders = QuoteGenders(people: people)
    if language == "de" {
      genders.learnGivenNames(people)
      genders.learnGermanRoles(people)
    }
  }

  /// The person a singular pronoun at token `index` refers to: the subject of a sentence since
  /// the last speaker was named, else the last speaker unless the text gives them the other
  /// gender, then the nearest person named before of that gender.
  private func antecedent(of index: Int) -> Int? {
    let wanted = QuoteGenders.pronounGender(tokens[index].hash)
    let reach = reportedClauseStart(beforeQuoteEndingAt: index) ?? index
    if let subject = subject(before: reach, after: lastMention, gender: wanted) { return subject }
    let last = lastSpeaker.flatMap { people.people[$0].isPerson ? $0 : nil }
    guard let candidate = last ?? nearest(before: reach) else { return nil }
    let known = genders.gender(of: candidate)
    if wanted == .unknown || known == .unknown || known == wanted { return candidate }
    if let namesake = people.namesake(of: candidate, gender: wanted, in: genders) {
      return namesake
    }
    let before = people.occurrences.last {
      $0.token < index && people.people[$0.person].isPerson
        && genders.gender(of: $0.person) == wanted
    }
    return before?.person
  }

  /// The speaker that the tokens `mention` refer to.
  mutating func resolve(_ mention: Range<Int>) -> Speaker? {
    guard let first = mention.first, let last = mention.last, last < tokens.count else {
      return nil
    }
    let isOwner = language == "en" && Self.owners.contains(tokens[first].hash)
    if mention.count == 1,
      lexicon.is(tokens[first].hash, .pronoun) || isOwner
        || Self.contractedPronouns.contains(tokens[first].hash)
    {
      let person = antecedent(of: first)
      if let person { genders.learn(QuoteGenders.pronounGender(tokens[first].hash), of: person) }
      return remember(person, at: first)
    }
    if mention.count == 1,
      lexicon.is(tokens[first].hash, .pluralPronoun)
        || Self.noOnesWords.contains(tokens[first].hash)
    {
      return nil
    }
    if mention.count == 1, language == "en", Self.groupOwners.contains(tokens[first].hash) {
      return nil
    }
    if let person = withoutAffiliation(mention) { return resolve(person) }
    if language == "de", let described = germanDescribed(mention) { return described }
    var nameStart = last + 1
    while nameStart > first,
      tokens[nameStart - 1].isCapitalized || people.isInitialDot(nameStart - 1)
    {
      nameStart -= 1
    }
    nameStart = people.officeStart(before: nameStart, floor: first)
    let isDescription = lexicon.is(tokens[first].hash, .determiner)
    if let owner = person(before: nameStart, in: mention) { return owner }
    if !isDescription || isIndefinite(tokens[first]), let spoken = spokesperson(mention) {
      return spoken
    }
    if let body = genitiveBody(mention, nameStart: nameStart) { return body }
    if nameStart <= last, let run = people.split(nameStart..<(last + 1)) {
      if isDescription, let described = nationality(run, in: mention) { return described }
      // `Analysts say`, `Ultimately, …`: capitalised, but no one's name (unless it ends one:
      // `the National Union of Students`).
      if people.isNonName(run.name),
        people.person(named: run.name).map({ people.people[$0].words.count < 2 }) ?? true
      {
        return nil
      }
      if language == "de", run.role == nil, run.name.count == 1,
        Self.isGermanBody(people.text(run.name))
      {
        return Speaker(name: people.text(run.name), role: nil)
      }
      if let found = people.person(named: run.name) {
        // `Mr Blair` beside `Sir Ian Blair` and `Tony Blair`.
        let index = people.sharedSurnameHolder(found, mention: run.name, spoken: spoken)
        if let body = bareBody(run.name, in: mention, person: index) { return body }
        // `A spokesman for Michael Howard`: the words are his, but he is no spokesman (a body's
        // spokeswoman, `A spokeswoman for Royal Mail`, stays its role).
        let person = people.people[index]
        let speaksFor =
          person.isPerson && QuoteGenders.isGivenName(person.words.first ?? 0)
          && spokesFor(mention) != nil
        return remember(index, at: first, role: speaksFor ? nil : role(of: run, in: mention))
      }
      if run.name.count > 1 || !(isDescription || language == "de") {
        if run.name.count == 1, isCommonWord(run.name.lowerBound) { return nil }
        return Speaker(name: people.displayName(run.name), role: role(of: run, in: mention))
      }

    }
    if isAgeDescription(mention) { return remember(ageHolder(before: first), at: first) }
    guard isDescription, !isIndefinite(tokens[first]),
      mention.contains(where: { lexicon.isRole(tokens[$0]) })
    else {
      // `said EEF chief economist, Steve Radley`: a role with no determiner, the name set off
      // after it.
      let described = roleOnly(mention)
      if let described, let named = appositiveName(after: mention) {
        return remember(named, at: mention.upperBound + 1, role: described.role)
      }
      return described
    }
    if let named = appositiveName(after: mention) { return remember(named, at: first) }
    let isPossessive = Self.possessives.contains(tokens[first].hash)
    // German descriptions that name a person went through `germanDescribed`.
    let fallback =
      isPossessive || isAgent || language == "de" || namesNoOneEarlier(mention)
        || isOwnedByPerson(mention)
      ? nil : describedHolder(mention) ?? fittingLastSpeaker(mention, heads: roleHeads(of: mention))
    return remember(matchingRole(mention) ?? fallback, at: first) ?? spokesperson(mention)
      ?? roleOnly(mention)
  }

  /// `He’s claiming …`: a pronoun and a verb in one word, read as a mention (not `he`'s
  /// possessive: no name ends in it).
  private static let contractedPronouns = QuoteWordSet(["he's", "she's"])

  /// Capitalised words that name no one: `Here's`, `That's` (a word and its verb, which the
  /// possessive reading would cut to `Here`) and an advert's label left inline in copied text.
  private static let noOnesWords = QuoteWordSet(
    ["here's", "there's", "that's", "what's", "it's", "let's", "who's", "where's", "how's"]
      + Paragraphs.advertLabels)

  /// True when the word at `index` opens its sentence, no one in the article is named by it,
  /// and the article has it in lower case but never capitalised inside a sentence: `Work`,
  /// `Less`, `Back`, `Cependant` read as a name only because a sentence starts with them.
  private func isCommonWord(_ index: Int) -> Bool {
    guard index < tokens.count, lexicon.isSentenceStart(index, in: tokens) else { return false }
    let hash = tokens[index].hash
    // `Police say …`: a body named by a common noun still speaks.
    if lexicon.is(hash, .organisation) || lexicon.isRole(tokens[index]) { return false }
    var inLowerCase = false
    for other in tokens.indices where other != index && tokens[other].hash == hash {
      if tokens[other].isLowercase {
        inLowerCase = true
      } else if tokens[other].isCapitalized, !lexicon.isSentenceStart(other, in: tokens) {
        return false
      }
    }
    return inLowerCase
  }

  mutating func remember(_ index: Int?, at token: Int, role: String? = nil) -> Speaker? {
    guard let index, index < people.people.count else { return nil }
    lastSpeaker = index
    lastMention = token
    // Only a name is evidence of who was quoted; a pronoun or a description was a guess.
    if token >= 0, token < tokens.count, !lexicon.is(tokens[token].hash, .pronoun),
      !lexicon.is(tokens[token].hash, .determiner), !Self.owners.contains(tokens[token].hash)
    {
      spoken[index] = token
    }
    let person = people.people[index]
    return Speaker(
      name: people.displayName(person.name),
      role: person.role.map { people.nameText(trimmedRole($0)) } ?? role
        ?? people.describedRoles[index].map(people.text))
  }

  /// `Mr Sullivan "made accounting decisions," he told the court`: when the English pronoun
  /// at `index` follows a quote that its sentence does not open and that follows a word (not
  /// `said:`), the words from the sentence's start to the quote are the reported clause, and a name there cannot be the
  /// pronoun's (the speaker would have been named at the cue). The index of the sentence's
  /// first token, to look for the antecedent before it; nil in other cases.
  private func reportedClauseStart(beforeQuoteEndingAt index: Int) -> Int? {
    guard language == "en", index >= 2, tokens[index - 1].kind == .mark else { return nil }
    var open = index - 2
    while open >= 0, open >= index - 120, tokens[open].kind != .mark {
      if tokens[open].kind == .lineBreak { return nil }
      open -= 1
    }
    // `X added: "…," she said`: a cue before the quote makes no reported clause.
    guard open > 0, tokens[open].kind == .mark, tokens[open - 1].isWord else { return nil }
    var start = open
    while start > 0 {
      let before = start - 1
      if tokens[before].kind == .lineBreak || tokens[before].kind == .mark
        || lexicon.isSentenceEnd(before, in: tokens)
      {
        break
      }
      guard start > open - 40 else { return nil }
      start -= 1
    }
    guard start < open, (start..<open).contains(where: { tokens[$0].isWord }) else { return nil }
    return start
  }

  /// The person whose mention comes last before token `index`.
  private func nearest(before index: Int) -> Int? {
    people.occurrences.last { $0.token < index && people.people[$0.person].isPerson }?.person
  }

  /// The role words of a mention before its name: `the assistant to the leader Yuri Ushakov`.
  private func described(_ mention: Range<Int>, before name: Range<Int>) -> String? {
    var start = mention.lowerBound
    while start < name.lowerBound, lexicon.is(tokens[start].hash, .determiner) { start += 1 }
    let end = language == "de" ? name.lowerBound : people.titleStart(before: name.lowerBound)
    guard start < end else { return nil }
    let range = trimmedRole(start..<end)
    guard !range.isEmpty else { return nil }
    guard range.contains(where: { lexicon.isRole(tokens[$0]) }) else { return nil }
    return people.nameText(range)
  }

  /// The role a mention states for `run`: the words before the name in the run, an owner
  /// without its `’s` (`Entertainment Weekly`), or the description before the run when the
  /// run's own prefix is only an owner (`spokesman for Manchester`).
  private func role(of run: QuotePeople.Run, in mention: Range<Int>) -> String? {
    let description = described(mention, before: run.name)
    guard let role = run.role else { return description }
    if description != nil, people.isPossessive(role.upperBound - 1) { return description }
    return people.nameText(role)
  }

  /// True when the role noun of a definite description stood earlier, since the last speaker
  /// was named, in words that name no one (`the prime minister's spokesman was asked …` before
  /// `The spokesman said`): the description means that unnamed person, not the last speaker.
  private func namesNoOneEarlier(_ mention: Range<Int>) -> Bool {
    let heads = roleHeads(of: mention)
    let floor = max(lastMention + 1, mention.lowerBound - 150, 0)
    guard !heads.isEmpty, floor < mention.lowerBound else { return false }
    return (floor..<mention.lowerBound).contains { index in
      // `candidate Ada Lund`: a title before a name names someone. An owner counts by its
      // bare word (`the prime minister's spokesman` before `the prime minister`).
      let owner = people.isPossessive(index) ? people.nameHash(index) : nil
      let isHead =
        owner.map { lexicon.is($0, .roleHead) && heads.contains($0) }
        ?? (lexicon.isRole(tokens[index]) && heads.contains(lexicon.roleHash(tokens[index])))
      return isHead && tokens[index].isLowercase
        && !(index + 1 < tokens.count && tokens[index + 1].isCapitalized)
    }
  }

  /// The role nouns of a mention, as ``QuoteLexicon/roleHash(_:)`` compares them.
  /// Past an owner (`the minister's spokesman`) only the owned words count.
  private func roleHeads(of mention: Range<Int>) -> [UInt64] {
    let owner = language == "en" ? ownerEnd(in: mention) : nil
    let owned = owner.map { ($0 + 1)..<mention.upperBound } ?? mention
    return owned.filter { lexicon.isRole(tokens[$0]) }.map { lexicon.roleHash(tokens[$0]) }
  }

  /// The most recently named person whose role shares a role noun with the description.
  func matchingRole(_ mention: Range<Int>) -> Int? {
    let heads = roleHeads(of: mention)
    guard !heads.isEmpty else { return nil }
    let matches = people.people.indices.filter { index in
      let person = people.people[index]
      return person.roleWords.contains { heads.contains($0) }
        && !(person.role.map { isContradicted(mention, by: $0) } ?? false)
    }
    guard !matches.isEmpty else { return nil }
    let before = people.occurrences.last {
      matches.contains($0.person) && $0.token < mention.lowerBound
    }
    return before?.person ?? matches.first
  }

  /// True for a German noun that names a body that speaks as one (`Polizei`,
  /// `Landgericht`, `Bundesregierung`): such a subject is the speaker, as the text says.
  static func isGermanBody(_ word: String) -> Bool {
    let lower = word.lowercased()
    return germanBodies.contains { lower.hasSuffix($0) }
  }

  private static let germanBodies = [
    "polizei", "gericht", "regierung", "ministerium", "partei", "verband", "gewerkschaft",
    "kommission", "behörde", "amt", "unternehmen", "konzern", "bank", "stiftung", "agentur",
    "zeitung", "kammer", "fraktion", "senat", "verein", "institut", "organisation", "firma",
    "bundestag", "landtag", "staatsanwaltschaft", "feuerwehr", "armee", "bundeswehr",
    "komitee", "sender", "rundfunk", "vorstand", "aufsichtsrat", "betriebsrat", "gemeinde",
  ]

  /// `his deputy`, `her lawyer`: someone else than the person the possessive points to.
  private static let possessives = QuoteWordSet(
    ["his", "her", "their", "its", "my", "our", "your"])

  private func isIndefinite(_ token: QuoteToken) -> Bool {
    QuoteSpeakerResolver.indefinite.contains(token.hash)
  }

  private static let indefinite = QuoteWordSet(
    ["a", "an", "ein", "eine", "einer", "un", "une", "una", "um", "uma", "one", "another"])

  /// English possessives that own a statement (`her remark that …`): one person, resolved as
  /// `he` or `she`; `their` and `its` own a group's or a document's, no person's.
  private static let owners = QuoteWordSet(["his", "her"])
  private static let groupOwners = QuoteWordSet(["their", "its"])
}
