/// Word lists that keep a name from being typed by a misleading cue: nouns of geography inside
/// a name, capitalised abbreviations of common nouns, and attributive compounds before a name.
extension CueData {
  /// Nouns of geography, streets, ports and bridges: a name of several words that ends in one
  /// (`Downing Street`, `Harbour Bridge`) or opens with one before `of` or one more word (`Isle
  /// of Sheppey`, `Port of Kingsport`) is a place, even when it is said to speak.
  static let placeWords = """
    isle|island|islands|river|lake|mount|mountain|mountains|bay|gulf|valley|peninsula|strait|\
    straits|sea|ocean|coast|desert|canyon|cape|county|street|avenue|square|airport|\
    port|harbour|harbor|bridge|station|road|\
    île|fleuve|lac|baie|golfe|vallée|rue|aéroport|ilha|lago|baía|golfo|rua|praça|aeroporto|\
    insel|fluss|bucht|straße|platz|flughafen|hafen|brücke|bahnhof
    """

  /// Words of ``placeWords`` that are surnames too (`Ricki Lake`, `Picabo Street`): after a
  /// given name they end a person's name.
  static let surnamePlaceWords: Set<String> = [
    "lake", "street", "bridge", "mount", "river", "road", "port", "coast", "bay", "cape",
  ]

  /// Common nouns abbreviated in capitals (`TV`, `DVD`, `GDP`): things, not organisations, so
  /// alone they are `other` whatever verb or title stands near them.
  static let commonAcronyms = """
    tv|tvs|dvd|dvds|pc|pcs|cd|cds|cd-rom|gdp|gnp|dna|hiv|sms|mp3|mp3s|cctv|atm|atms|suv|suvs|\
    ipo|gps|lcd|vat|pin|url|iq|ivf|mri|hdtv|vcr|asbo|asbos|wifi|wi-fi|rpg|html|pda|pdas|4x4|\
    bip|pib|pil|mwst|id|vr
    """

  /// English words that open the object of a verb (`playing a singer`, `wearing the mask`,
  /// `quoting him`): an `-ing` word right before one is a verb with its object.
  static let objectOpeners: [[UInt8]] = [
    "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our",
    "my", "your", "him", "them", "me", "us", "it",
  ].map { Array($0.utf8) }

  /// Last parts of an attributive compound (`Paris-based`, `US-led`, `Kremlin-backed`): the
  /// compound describes the name after it and is not part of it.
  static let attributiveEndings: [[UInt8]] = [
    "based", "led", "backed", "owned", "born", "run", "listed", "funded", "made", "controlled",
    "sponsored", "style", "bound", "allied", "linked", "registered", "headquartered",
  ].map { Array($0.utf8) }

  /// Endings of English plural nouns for groups of people (`analysts`, `organisers`,
  /// `prosecutors`, `critics`, `residents`, `politicians`, `employees`, `executives`,
  /// `officials`), which open sentences before a speech verb as surnames do.
  static let pluralNounEndings: [[UInt8]] = [
    "sts", "ers", "ors", "ics", "ants", "ents", "ians", "ees", "ives", "ials",
  ].map { Array($0.utf8) }

  /// Endings of English adverbs (`initially`, `recently`, `unfortunately`, `alternatively`,
  /// `previously`, `probably`, `similarly`) that only have a capital opening a sentence.
  static let adverbEndings: [[UInt8]] = [
    "ally", "ently", "antly", "ately", "ively", "ously", "ibly", "ably", "arly",
  ].map { Array($0.utf8) }

  /// Kinds of body written right before a name (`insurer Marsh`, `oil firm Cairn`, `Premiership
  /// side Bath`): the name is an organisation, whatever verb follows it.
  static let bodyNouns: Set<String> = [
    "firm", "company", "group", "insurer", "broker", "lender", "retailer", "carrier", "airline",
    "operator", "maker", "manufacturer", "giant", "developer", "publisher", "club", "side",
    "society", "exchange", "network", "newspaper", "broadcaster", "chain", "supplier",
    "provider", "bank", "bidder", "suitor", "conglomerate", "label", "studio", "agency",
    "regulator", "watchdog", "charity", "franchise", "outfit", "band", "insurers", "firms",
  ]

  /// Members and parts of a body written right after its name (`Marsh spokeswoman`, `Halifax
  /// chief economist`, `Bath coach`): a person's name is followed so only with a possessive
  /// (`Blair's spokesman`), which is not counted. Not `director` or `star`, which films have
  /// (`Ray director Taylor Hackford`).
  static let bodyMemberNouns: Set<String> = [
    "spokesman", "spokeswoman", "spokesperson", "executive", "executives", "chief", "boss",
    "bosses", "chairman", "staff", "employees", "workers", "clients", "coach", "manager", "prop",
    "flanker", "economist", "board", "squad", "players", "player",
    "organiser", "organisers", "unit", "division", "members", "activists",
  ]

  /// The ``bodyMemberNouns`` for a body's workforce, which also follow common nouns opening a
  /// sentence (`Steel workers`, `Hospital staff`).
  static let workforceNouns: [[UInt8]] = ["workers", "staff", "employees"].map { Array($0.utf8) }

  /// What a company has or reports, written after its name even with a possessive
  /// (`Cairn's shareholders`, `Cairn shares`): no person has them in the news. Not `stake`,
  /// which people hold too (`Glazer's stake`).
  static let bodyHoldingNouns: Set<String> = [
    "shares", "shareholders", "profits", "subscribers", "headquarters", "subsidiary",
    "branches", "stores", "outlets", "revenues", "turnover",
  ]

  /// Last parts of a compound before a name that place or own a body (`Houston-based
  /// Continental`, `state-owned Gazprom`): not `born` or `led`, said of people too.
  static let bodyAttributiveEndings: [[UInt8]] = [
    "based", "listed", "owned", "registered", "headquartered", "run", "controlled",
  ].map { Array($0.utf8) }

  /// German articles, which open a noun phrase (`das Aktenstudium meinte`).
  static let germanArticles: Set<String> = [
    "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines",
  ]

  /// Holdings written before `in` and a name (`shares in Cairn`): the name is a company.
  static let holdingNouns: Set<String> = ["shares", "stake", "stakes", "holding", "holdings"]

  /// Plural verbs that British English puts after a team or a company (`Bath have signed`,
  /// `Chelsea are`), never after one person's name.
  static let pluralVerbs: Set<String> = ["have", "are", "were"]

  /// Speech verbs whose name after them is the one spoken to (`told Bath`, `warned Cairn`),
  /// not an inverted speaker (`said Mr Jones`): no cue either way.
  static let objectSpeechVerbs: Set<String> = ["told", "warned", "asked"]

  /// Titles that describe a trade rather than confer a rank (`star`, `singer`): English writes
  /// them in lowercase before a name, and a capital makes them part of one (`Star Wars`).
  static let tradeTitles: Set<String> = [
    "star", "singer", "actor", "actress", "rapper", "designer", "author", "chef", "boss",
    "founder", "striker", "midfielder", "defender", "goalkeeper", "coach",
  ]

  /// Endings of German abstract and collective nouns (`Zynismus`, `Spekulation`, `Freiheit`,
  /// `Wissenschaft`): never a surname after an office.
  static let germanNounEndings: [[UInt8]] = [
    "ismus", "ung", "heit", "keit", "schaft", "tion", "sion", "ität", "nis", "tum", "ment",
    "enz", "anz", "ungen", "ismen",
  ].map { Array($0.utf8) }

  /// German nouns for kinds of body written before a body's name (`Band Motörhead`, `Firma
  /// Westbahn`): the noun is no part of the name, and the name is no person. Not the nouns
  /// that open names of their own (`Bank Austria`, `Partei des Volkes`).
  static let germanBodyNouns: Set<String> = [
    "band", "firma", "konzern", "zeitschrift", "magazin", "sender", "label", "marke",
    "fluglinie", "airline", "modemarke", "rockband", "popband", "kette", "plattform", "website",
    "zeitung", "tageszeitung", "wochenzeitung", "boulevardzeitung", "nachrichtenagentur",
    "nachrichtenmagazin", "fernsehsender", "onlineplattform",
  ]

  /// Days that open newspapers' names (`Sunday Times`), though stopwords elsewhere.
  static let newspaperDays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "sonntag",
  ]

  /// Number words that open names when capitalised inside a sentence (`the Six Nations`,
  /// `the Three Tenors`, `the Five Eyes`), though stopwords elsewhere.
  static let nameNumbers: Set<String> = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  ]

  /// Endings of German adjectives in the weak `-en` form that open names of bodies and places
  /// (`Deutschen`, `Europäischen`, `Freiheitlichen`, `Nationalen`, `Kulturellen`).
  static let germanAdjectiveEndings = ["ischen", "schen", "lichen", "igen", "alen", "ellen"]

  /// Endings of German nouns for people (`Künstler`, `Bloggers`, `Journalistin`, `Regisseur`,
  /// `Soziologe`).
  static let germanPersonNounEndings = [
    "er", "ers", "in", "ist", "isten", "ent", "enten", "ant", "anten", "eur", "eurs", "loge",
    "logen",
  ]

  /// First words of nationalities of two words (`South African`, `Latin American`).
  static let demonymOpeners: Set<String> = [
    "south", "north", "east", "west", "central", "latin", "new",
  ]

  /// Last parts of German compounds for kinds of body (`Jihadistenmiliz`, `Mutterkonzern`,
  /// `Wochenzeitung`): see ``germanBodyNouns``. Not `band`, which ends `Verband`.
  static let germanBodyEndings = ["miliz", "konzern", "zeitung", "magazin", "sender"]

  /// Last parts of German names of parties and movements, which a place in the genitive
  /// completes (`Arbeiterpartei Kurdistans`, `Volksfront Sudans`).
  static let germanPartyEndings = ["partei", "front", "bewegung", "allianz", "liga"]

  /// Points of the compass that open German names of regions (`Norddeutschland`,
  /// `Südostasien`), longest first.
  static let germanCompassPrefixes = [
    "nordost", "nordwest", "südost", "südwest", "mittel", "nord", "west", "süd", "ost",
  ]
}
