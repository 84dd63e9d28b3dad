/// A proper name found in an article, gathering its mentions and the cues about its kind.
///
/// Candidates start as one per distinct word sequence; alias merging folds shorter ones
/// (`Putin`) into longer ones (`Vladimir Putin`).
struct NameCandidate: Sendable {
  /// Lowercased form ids of the name's words.
  var words: NameWords
  /// Lowercased words joined by spaces.
  var key: String
  /// How often each surface form occurs (own forms only; merged ones are in `aliases`).
  var surfaces: [String: Int] {
    guard !firstForm.isEmpty else { return otherSurfaces }
    return otherSurfaces.merging([firstForm: firstFormCount], uniquingKeysWith: +)
  }
  /// The first written form and how often the name is written exactly so: most names have one
  /// form, which needs no dictionary. Empty until the first mention (no form is empty): an
  /// optional string was copied and destroyed through the runtime's generic value witnesses.
  var firstForm = ""
  var firstFormCount = 0
  /// Which words of the first form are capitalised or all capitals (``NameFinder/shape(of:)``).
  var firstShape: UInt64 = 0
  // The empty dictionaries here are made by `init()`, not the literal `[:]`, which cost a call
  // to `Dictionary(dictionaryLiteral:)` for each of the three in every new candidate.
  /// Other written forms, with counts.
  var otherSurfaces = [String: Int]()
  /// The name is in the gazetteer of places.
  var isGazetteerPlace = false
  /// A German place of the gazetteer written in the genitive (`Frankreichs`): its topic is
  /// named in the nominative (``NameFinder/nameNominatives(_:)``).
  var isPlaceGenitive = false
  /// The name is a well-known organisation (``OrganisationData``): an organisation whatever
  /// cue stands near it.
  var isKnownOrganisation = false
  /// A known organisation's word opens the name (`Apple Mac`, `Microsoft Windows`): a product
  /// or brand, never a person.
  var isBrand = false
  /// A word of the name makes it an organisation (`Council`, `Customs`): see
  /// ``CueData/organisationWords``.
  var hasOrganisationWord = false
  /// A noun of geography makes this name of several words a place (`Isle of Sheppey`): see
  /// ``CueData/placeWords``. Set only when no organisation word or given name says otherwise.
  var hasPlaceWord = false
  /// A common noun in capitals (`TV`, `DVD`): a thing, whatever cue stands near it.
  var isCommonNoun = false
  /// The title of a work or a newspaper, or a body named after a noun for its kind (`The
  /// Sunday Post`, `Band Motörhead`): never a person, whatever verb follows it.
  var isWorkTitle = false
  /// An event noun ends the name (`General Election`, `World Cup`): neither a person nor an
  /// organisation.
  var isEvent = false
  /// Body mentions as scalar ranges of ``Article/text``, in the order found: filled for the
  /// kept names by ``NameFinder/analysis(quoted:)``. Until then mentions are in the finder's
  /// ``NameMentions`` list, so names merged away or dropped never build an array.
  var spans: [Range<Int>] = []
  /// A quote holds one of the body mentions: set instead of ``spans`` when the finder is given
  /// the quotes (``NameFinder/analysis(quoted:)``), whose topic needs no more of them.
  var isQuoted = false
  /// Number of body mentions (``spans`` once filled).
  var bodyMentions = 0
  /// Number of mentions, headline ones included: the token ranges in the finder's list.
  var nameRangeCount = 0
  /// This name's first and last mention in the finder's ``NameMentions``; -1 when none.
  var firstMention: Int32 = -1
  var lastMention: Int32 = -1
  var headlineMentions = 0
  /// Body sentence of the first mention; `Int.max` when only the headline has it.
  var firstSentence = Int.max
  /// Mentions that start a sentence (their capital letter says little).
  var sentenceInitialMentions = 0
  /// A one-word name written in capitals (`NATO`, `U.N.`): maybe an acronym.
  var isAllCaps = false
  /// Mentions right after a number (`10:00 GMT`, `20 MW`).
  var numberMentions = 0
  /// An acronym only ever written after a number is a unit (`GMT`, `MEZ`, `MW`), not a name.
  var isUnit: Bool { isAllCaps && words.count == 1 && numberMentions >= nameRangeCount }
  /// Mentions in a sentence that says what is discussed (``CueData/topicCues``).
  var cuedMentions = 0
  /// A sentence naming it also names another recurring name: it is part of the main story.
  var isWithActors = false
  /// Quotes attributed to this name.
  var quotes = 0
  var person = 0.0
  /// The part of ``person`` that only says the name speaks (speech verbs around it): bodies
  /// speak too (`Cairn said`).
  var spoken = 0.0
  /// Evidence that the name is a body (`the Fed said`, `oil firm Cairn`, `Cairn shares`): see
  /// ``NameFinder/bodyCue(name:of:)``. With it, speaking alone makes no person.
  var bodyCues = 0.0
  /// The part of ``organisation`` that a word for a workforce gives a one-word name opening a
  /// sentence (`Steel workers`): no evidence for a name never written inside one.
  var openingBodyCues = 0.0
  var organisation = 0.0
  var place = 0.0
  /// True when a title introduces the name somewhere (`President Joe Biden`, `the Kremlin
  /// aide Yuri Ushakov`): the story's main actors are introduced so.
  var isTitled = false
  /// Roles stated before the name, with counts.
  var roles = [String: Int]()
  /// Surfaces of the candidates merged into this one.
  var aliases = [String: Int]()

  var mentions: Int { bodyMentions + headlineMentions }

  /// The kind the cues point to; `other` when no cue is strong enough.
  var kind: TopicKind {
    if isKnownOrganisation { return .organisation }
    if isEvent || isCommonNoun { return .other }
    var person = isBrand || isWorkTitle ? 0 : self.person
    var organisation = self.organisation
    if bodyCues > 0 && person <= spoken {
      organisation += person
      person = 0
    }
    let best = max(person, organisation, place)
    guard best >= 1 else { return .other }
    if person == best { return .person }
    return place == best ? .place : .organisation
  }

  /// True when the only evidence of the name is a capital at the start of sentences.
  var isWeak: Bool {
    max(person, organisation - openingBodyCues, place) < 1 && quotes == 0
      && sentenceInitialMentions + headlineMentions >= mentions
  }

  /// Folds `other` into this candidate, keeping this one's name; the finder links their
  /// mention lists (``NameMentions/append(_:to:)``).
  mutating func absorb(_ other: NameCandidate) {
    bodyMentions += other.bodyMentions
    nameRangeCount += other.nameRangeCount
    headlineMentions += other.headlineMentions
    firstSentence = min(firstSentence, other.firstSentence)
    sentenceInitialMentions += other.sentenceInitialMentions
    quotes += other.quotes
    numberMentions += other.numberMentions
    cuedMentions += other.cuedMentions
    isTitled = isTitled || other.isTitled
    isKnownOrganisation = isKnownOrganisation || other.isKnownOrganisation
    isWorkTitle = isWorkTitle || other.isWorkTitle
    person += other.person
    spoken += other.spoken
    bodyCues += other.bodyCues
    openingBodyCues += other.openingBodyCues
    organisation += other.organisation
    place += other.place
    roles.merge(other.roles, uniquingKeysWith: +)
    // The other's surfaces without building their dictionary (``surfaces``).
    if !other.firstForm.isEmpty { aliases[other.firstForm, default: 0] += other.firstFormCount }
    aliases.merge(other.otherSurfaces, uniquingKeysWith: +)
    aliases.merge(other.aliases, uniquingKeysWith: +)
  }
}
