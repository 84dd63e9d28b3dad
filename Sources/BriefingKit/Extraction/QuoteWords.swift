/// Word lists for quote attribution, lower case, by language (en, de, ru, fr, es, it, pt).
enum QuoteWords {
  /// Speech verbs whose subject may stand before or after them.
  static let verbs: [String] = [
    // English
    "said", "says", "say", "saying", "added", "adds", "adding", "noted", "notes", "noting",
    "stressed", "stresses", "stressing", "asked", "asks", "wrote", "writes", "writing",
    "explained", "explains", "explaining", "continued", "continues", "argued", "argues",
    "arguing", "insisted", "insists", "claimed", "claims", "stated", "states", "declared",
    "declares", "warned", "warns", "warning", "recalled", "recalls", "replied", "replies",
    "responded", "responds", "answered", "admitted", "admits", "acknowledged", "acknowledges",
    "announced", "announces", "tweeted", "tweets", "posted", "emphasized", "emphasised",
    "emphasizes", "observed", "remarked", "suggested", "suggests", "conceded", "concedes",
    "concluded", "cautioned", "complained", "complains", "joked", "quipped", "shouted", "yelled",
    "exclaimed", "predicted", "predicts", "promised", "promises", "vowed", "vows", "pledged",
    "charged", "countered", "retorted", "contended", "maintained", "maintains", "asserted",
    "asserts", "affirmed", "boasted", "mused", "lamented", "summed", "listed", "testified",
    "wondered", "whispered", "speculated", "reiterated", "repeated", "reported", "confirmed",
    "commented", "thundered", "chimed", "interjected", "pointed", "read", "reads", "says",
    "opined", "added", "explained", "proclaimed", "announced", "texted", "emailed", "e-mailed",
    "referred", "sings", "sang", "chanted", "chant", "agreed", "disagreed", "objected", "protested",
    "demanded", "recounted", "barked", "snapped", "mocking",
    "reacted", "exhorted", "concludes", "concluding", "riffed", "scoffed", "scoffing", "fumed",
    "gushed", "cracked", "deadpanned", "marveled", "marvelled", "griped", "groused",
    "remarking", "elaborated", "clarified", "underscored", "volunteered", "pleaded", "laughed",
    "agrees", "quips", "jokes", "counters", "cautions", "laments", "observes", "retorts", "boasts",
    "sighed", "intoned", "yells", "shouts", "screams",
    "screamed", "cries", "cried", "exclaims", "reports", "pleads", "shrieked",
    "wrote",
    "promising", "vowing", "insisting", "claiming", "declaring", "asking", "suggesting",
    "predicting", "acknowledging", "announcing", "tweeting", "posting", "recalling", "replying",
    "responding", "admitting", "conceding", "complaining", "joking", "pledging", "urging",
    "remembered", "recalled", "offered", "wondering", "stating", "asserting", "contending",
    "argue", "insist", "claim", "warn", "predict", "promise", "vow", "note", "add", "ask",
    "urges", "reasoned", "raved", "teased",
    // German
    "sagte", "sagt", "sagten", "sagen", "gesagt", "erklärte", "erklärt", "erklärten", "betonte",
    "betont", "meinte", "meint", "fügte", "ergänzte", "sprach", "kritisierte", "warnte",
    "forderte", "äußerte", "teilte", "schrieb", "schreibt", "berichtete", "erzählte",
    "bekräftigte", "unterstrich", "versicherte", "kommentierte", "antwortete", "fragte",
    "verkündete", "mahnte", "bestätigte", "hieß", "heißt", "zitiert", "zitierte", "räumte",
    "gab", "stellte", "sagte", "verriet", "beklagte", "lobte", "urteilte", "resümierte",
    "bezweifelte", "sicherte", "konstatierte", "attackierte", "entgegnete", "begründete",
    "beschrieb", "kündigte", "lautete", "rief", "würdigte", "prangerte", "ergänzt",
    "kritisiert", "fordert", "warnt", "meldete", "zitierte", "behauptete", "bekannte",
    "unterstrich", "verwies", "appellierte", "bilanzierte", "wiederholte", "bedauerte",
    "berichtet", "berichteten", "mitteilte", "mitteilten", "teilten", "hofft", "hoffte",
    "glaubt", "glaubte", "vermutet", "vermutete", "befürchtet", "befürchtete", "behauptet",
    "meldet", "spricht", "skandierten", "skandierte", "betonten", "erklären", "bestätigt",
    "veröffentlichte", "twitterte", "schimpfte", "klagte", "erwiderte", "konterte",
    "widersprach", "beteuerte", "bemerkte", "argumentierte", "versprach", "gestand",
    "kritisierten", "forderten", "warnten",
    // German: the other persons and tenses of the verbs above (`Die Grünen bekräftigten`,
    // `„…“, unterstreicht die Ministerin`, `dass Müller gefragt habe`).
    "meinten", "ergänzten", "fügten", "äußerten", "schrieben", "erzählten", "bekräftigten",
    "unterstrichen", "versicherten", "kommentierten", "antworteten", "fragten", "verkündeten",
    "mahnten", "bestätigten", "räumten", "verrieten", "beklagten", "lobten", "urteilten",
    "resümierten", "bezweifelten", "konstatierten", "attackierten", "entgegneten",
    "begründeten", "beschrieben", "kündigten", "riefen", "würdigten", "prangerten",
    "meldeten", "behaupteten", "bekannten", "appellierten", "bilanzierten",
    "wiederholten", "bedauerten", "hofften", "glaubten", "vermuteten", "befürchteten",
    "sprachen", "twitterten", "schimpften", "klagten", "erwiderten",
    "konterten", "widersprachen", "beteuerten", "bemerkten", "argumentierten", "versprachen",
    "zitierten", "äußert", "erzählt", "bekräftigt", "unterstreicht", "versichert",
    "kommentiert", "antwortet", "fragt", "verkündet", "mahnt", "verrät", "beklagt", "lobt",
    "urteilt", "resümiert", "bezweifelt", "konstatiert", "attackiert", "entgegnet",
    "begründet", "beschreibt", "kündigt", "ruft", "würdigt", "prangert", "bekennt",
    "verweist", "appelliert", "bilanziert", "bedauert", "twittert", "schimpft", "klagt",
    "erwidert", "kontert", "widerspricht", "beteuert", "bemerkt", "argumentiert", "verspricht",
    "gesteht", "fügt", "gefragt",
    "verlautete", "verlautet", "weist", "wies", "wiesen",
    // German: verbs of complaint, explanation and mood that news uses as often as `sagte`
    // (`„…“, monierte Peter`, `erläuterte die Ministerin`, `„…“, scherzt Vogt`).
    "monierte", "moniert", "monierten", "erläuterte", "erläutert", "erläuterten", "schilderte",
    "schildert", "schilderten", "bemängelte", "bemängelt", "bemängelten", "rügte", "rügt",
    "rügten", "präzisierte", "präzisiert", "relativierte", "relativiert", "dementierte",
    "dementiert", "scherzte", "scherzt", "witzelte", "witzelt", "spottete", "spottet",
    "wetterte", "wettert", "polterte", "poltert", "schwärmte", "schwärmt", "schwärmten",
    "jubelte", "jubelt", "jubelten", "seufzte", "seufzt", "prophezeite", "prophezeit",
    "insistierte", "insistiert", "flüsterte", "flüstert", "folgerte", "folgert", "erinnerte",
    "bekundete", "bekundet", "beschwichtigte", "beschwichtigt",
    // Russian
    "заявил", "заявила", "заявили", "сказал", "сказала", "сказали", "добавил", "добавила",
    "отметил", "отметила", "подчеркнул", "подчеркнула", "сообщил", "сообщила", "пояснил",
    "пояснила", "считает", "говорит", "заявляет", "признал", "признала", "напомнил",
    // French
    "déclaré", "déclare", "dit", "ajouté", "ajoute", "souligné", "souligne", "affirmé",
    "affirme", "expliqué", "explique", "estimé", "estime", "indiqué", "indique", "précisé",
    "précise", "assuré", "assure", "lancé", "poursuivi", "confié", "martelé", "répondu",
    // Spanish
    "dijo", "afirmó", "señaló", "explicó", "aseguró", "añadió", "declaró", "indicó", "agregó",
    "manifestó", "sostuvo", "dice", "subrayó", "advirtió", "insistió", "destacó", "comentó",
    // Italian
    "detto", "dichiarato", "aggiunto", "spiegato", "affermato", "sottolineato", "afferma",
    "spiega", "dichiara", "ribadito", "precisato", "commentato",
    // Portuguese
    "disse", "afirmou", "declarou", "acrescentou", "explicou", "ressaltou", "destacou", "diz",
    "garantiu", "comentou", "salientou",
  ]

  /// Speech verbs whose object follows (`told reporters`): the subject is before them.
  static let objectVerbs: [String] = [
    "told", "tells", "telling", "tell", "described", "describes", "describing", "informed",
    "assured", "reminded", "warned", "accused", "accuses", "accusing", "criticized",
    "criticised", "criticizes", "praised", "praising", "slammed", "knocked", "blasted",
    "chided", "challenged", "mocked", "mocks", "urged",
    "mitgeteilt", "сообщил",
    // `Die Lehrer warfen der Ministerin „Wortbruch“ vor`: the one accused follows the verb.
    "warf", "warfen", "wirft",
  ]

  /// Naming verbs that cue only a short quote right after them (`called it “a disaster”`).
  static let namingVerbs: [String] = [
    "called", "calls", "calling", "dubbed", "labeled", "labelled", "branded", "termed",
    "nannte", "bezeichnete", "bezeichnet", "nennt", "nannten", "bezeichneten",
    "qualifié", "calificó", "definì", "chamou", "назвал", "назвала",
  ]

  /// Prepositions before the speaker, with the language they are restricted to.
  static let prepositions: [(String, String?)] = [
    ("selon", nil), ("laut", "de"), ("según", nil), ("secondo", "it"),
    ("segundo", "pt"),
  ]

  /// Articles and possessives that start a description (`the diplomat`, `der Sprecher`).
  static let determiners: [String] = [
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "one", "another", "some",
    "several",
    "many", "two", "three", "four", "five", "other", "der", "die",
    "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "sein", "seine", "ihr",
    "ihre", "jede", "jeder", "jedes", "jegliche", "jeglicher", "alle", "viele", "keine", "kein",
    "manche", "mehrere", "beide", "deren", "dessen", "unser", "unsere", "le", "la", "les", "l",
    "un", "une", "son", "sa", "ses", "el", "los", "las", "il",
    "lo", "gli", "o", "os", "as", "um", "uma", "su", "sus", "seu", "sua",
  ]

  /// Singular personal pronouns that can be a speaker.
  static let pronouns: [String] = [
    "he", "she", "er", "sie", "il", "elle", "él", "ella", "lui", "lei", "ele", "ela", "он",
    "она", "его", "её", "ее", "i", "ich", "je", "я",
  ]

  /// Plural pronouns: a mention, but never resolved to one person.
  static let pluralPronouns: [String] = [
    "they", "we", "ils", "elles", "они", "ellos", "loro", "eles", "wir", "nous", "мы",
  ]

  /// Words allowed between a subject and its verb (`Okafor also said`, `a déclaré`).
  static let skippable: [String] = [
    "also", "later", "then", "has", "have", "had", "was", "were", "is", "are", "would", "will",
    "always", "already", "once", "previously", "recently", "further", "again", "repeatedly",
    "subsequently", "simply",
    "just", "often", "frequently", "later", "separately", "has", "had", "been", "now", "even",
    "hat", "habe", "hatte", "hätte", "ha", "han", "ont", "a", "avait", "auch", "noch", "bereits",
    "ebenfalls", "dann", "zudem", "außerdem", "также", "тогда", "aussi", "también", "anche",
    "também", "de", "not", "never", "did", "does", "do", "could", "might", "may", "should",
  ]

  /// Words that end a mention: adverbs of time, prepositions, conjunctions, clause words.
  static let stops: [String] = [
    "on", "in", "at", "during", "after", "before", "when", "while", "who", "which", "that",
    "whom", "whose", "where", "as", "because", "if", "but", "yesterday", "today", "tonight",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "this",
    "next", "earlier", "meanwhile", "however", "also", "still", "later", "then", "now", "there",
    "here", "it", "what", "how", "why", "so", "and", "or", "not", "no", "yes", "with", "without",
    "from", "into", "about", "over", "through", "than", "by", "via", "under", "since", "until",
    "although", "though", "whether", "once", "again", "recently", "previously", "week", "month",
    "year", "morning", "evening", "night", "afternoon", "speaking", "asked", "am", "im", "beim",
    "vom", "zum", "zur", "bei", "mit", "nach", "vor", "und", "aber", "dass", "als", "wie", "es",
    "heute", "gestern", "jedoch", "doch", "nun", "denn", "sich", "auf", "unter", "zu", "über",
    "gegenüber", "für", "durch", "gegen", "ohne", "um", "aus", "seit", "während", "wegen",
    "trotz", "damit", "diese", "dieser", "dieses", "weiter", "ursprünglich", "bereits", "dazu",
    "damals", "daraufhin", "danach", "später", "dabei",
    "demnach", "deshalb", "hierzu", "zuvor", "erwartungsgemäß", "zunächst", "inzwischen", "в", "на",
    "и", "что", "но", "не", "dans", "et", "que", "mais",
    "lors", "y", "en", "pero", "e", "ma", "mas", "ao", "é", "est", "ist", "war", "wurde",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "interview", "statement", "press", "conference", "told", "reporters",
    "upon", "toward", "towards", "against", "despite", "among", "like", "unlike", "per",
  ]

  /// Nouns that name a role or a person by function (`spokesman`, `Sprecher`, `министр`).
  static let roleHeads: [String] = [
    "president", "secretary", "minister", "senator", "sen", "governor", "gov", "rep", "gen", "lt",
    "col", "maj", "capt", "sgt", "adm", "cmdr",
    "representative", "congressman", "congresswoman", "chancellor", "mayor", "spokesman",
    "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "director", "ceo",
    "judge", "general", "leader", "chief", "ambassador", "commissioner", "speaker", "attorney",
    "adviser", "advisor", "aide", "assistant", "candidate", "nominee", "diplomat", "official",
    "head", "deputy", "manager", "professor", "economist", "analyst", "lawyer", "founder",
    "executive", "officer", "premier", "king", "queen", "prince", "pope", "envoy", "strategist",
    "pollster", "prosecutor", "coach", "captain", "chairperson", "treasurer", "councillor",
    "councilman", "councilwoman", "lawmaker", "legislator", "spokesmen", "surgeon", "doctor",
    "editor", "producer", "publisher", "correspondent", "boss", "champion",
    // Police and military ranks (`Detective Inspector Paul Miller`, `the sheriff`). Not a
    // bishop: `the Bishop of Durham` names the person, and `Commander` is also an honour.
    "sheriff", "inspector", "detective", "superintendent", "constable", "colonel",
    "lieutenant", "sergeant", "admiral", "rabbi", "imam",
    // Sports, entertainment and science copy name people by these too (`the shortstop said`).
    "shortstop", "pitcher", "quarterback", "catcher", "outfielder", "striker", "midfielder",
    "goalkeeper", "batsman", "actor", "actress", "singer", "rapper", "designer", "author",
    "demographer", "statistician", "researcher", "scientist", "physician",
    "sprecher", "sprecherin", "präsident", "präsidentin", "kanzler", "kanzlerin", "ministerin",
    "bürgermeister", "bürgermeisterin", "vorsitzende", "vorsitzender", "chef", "chefin",
    "staatsanwalt", "regierungssprecher", "bundeskanzler", "bundeskanzlerin", "innenminister",
    "außenminister", "direktor", "direktorin", "trainer", "abgeordnete", "abgeordneter",
    "senator", "senatorin", "botschafter", "botschafterin", "experte", "expertin", "anwalt",
    "anwältin", "leiter", "leiterin", "помощник", "министр", "президент",
    // Not the German nouns in `-er` whose plural is the same word (`die Forscher`).
    "papst", "bischof", "bischöfin", "kardinal", "pfarrerin", "anklägerin", "obmann", "obfrau",
    "landeshauptmann", "landeshauptfrau", "kapitän", "kapitänin", "stürmerin", "torhüterin",
    "forscherin", "ökonom", "ökonomin", "gründerin", "ärztin", "polizist", "polizistin",
    "ermittlerin", "richterin",
    "представитель", "пресс-секретарь", "глава", "ministre", "président", "porte-parole",
    "ministro", "presidente", "portavoz", "secretario", "portavoce", "secretária", "diretor",
  ]

  /// Role nouns that end German compounds (`Polizeisprecher`, `Bundesinnenminister`).
  static let roleSuffixes: [String] = [
    "sprecher", "sprecherin", "minister", "ministerin", "präsident", "präsidentin",
    "vorsitzende", "vorsitzender", "kanzler", "kanzlerin", "direktor", "direktorin", "leiter",
    "leiterin", "sekretär", "sekretärin", "trainer", "anwalt", "anwältin", "kommissar",
    "kommissarin", "botschafter", "beauftragte", "beauftragter", "bürgermeister",
    "abgeordnete", "abgeordneter", "senator", "general", "experte", "expertin", "chefin",
    "hauptmann", "hauptfrau", "obmann", "obfrau", "anklägerin", "kapitän", "stürmerin",
    "torhüterin", "verteidigerin", "ermittlerin", "forscherin", "ökonomin", "gründerin", "polizist",
    "polizistin", "medizinerin", "wissenschafterin", "wissenschaftlerin", "professorin",
    "richterin", "kommandant", "kommandantin", "gewerkschafterin", "bischof", "kardinal",
    "spokesman", "spokeswoman", "secretary", "president",
  ]

  /// Courtesy titles stripped from names (`Mr. Okafor` is `Okafor`).
  static let honorifics: [String] = [
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "herr", "frau",
    "m", "mme", "monsieur", "madame", "señor", "señora", "sr", "sra", "signor", "signora",
  ]

  /// Words whose trailing `.` does not end a sentence.
  static let abbreviations: [String] = [
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "jr", "sr", "prof", "lt", "col",
    "sgt", "capt", "u.s", "u.n", "u.k", "inc", "corp", "co", "ltd", "vs", "no", "jan", "feb",
    "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "ft", "mt", "ave", "rev", "hon",
    "atty", "supt", "dept", "d.c", "p.m", "a.m", "ca", "bzw", "z.b", "vgl", "nr", "e.g", "i.e",
    "cmdr", "adm", "maj", "pres", "messrs", "mme", "gén", "г", "т", "им", "del", "amb", "sgt",
    "supt", "rev",
  ]

  /// Nouns that announce a title of a work rather than a quote (`the report “…”`).
  static let workNouns: [String] = [
    "book", "film", "movie", "song", "album", "report", "titled", "entitled", "show", "series",
    "play", "novel", "article", "column", "headline", "hashtag", "documentary", "episode",
    "poem", "essay", "magazine", "newspaper", "program", "programme", "slogan", "campaign",
    "buch", "titel", "sendung", "roman", "lied", "livre", "libro", "película", "so-called",
    "named", "nicknamed", "operation", "motto", "aka", "track", "single", "op-ed", "blog",
    "genannten", "genannte", "genannter", "sogenannten", "sogenannte", "namens", "titels",
    "zeitung", "zeitschrift", "magazin", "namen", "programm", "projekt", "kampagne", "aktion",
  ]

  /// Words that join the parts of a description (`assistant to the Russian leader`).
  static let linking: [String] = [
    "of", "to", "for", "at", "von", "der", "des", "du", "de", "del", "della", "do", "da",
    "при", "по",
  ]

  /// Words that mark a capitalised run as an organisation or place, not a person.
  static let organisations: [String] = [
    "ministry", "university", "party", "department", "center", "centre", "committee", "council",
    "house", "states", "union", "court", "agency", "office", "commission", "association",
    "institute", "foundation", "company", "corp", "inc", "news", "times", "post", "journal",
    "network", "campaign", "administration", "senate", "congress", "army", "police", "bank",
    "group", "club", "summit", "street", "city", "county", "state", "republic", "federation",
    "nations", "alliance", "kingdom", "press", "media", "tv", "radio", "fund", "board",
    "church", "school", "college", "hospital", "airport", "project", "initiative", "pac",
    "ministerium", "partei", "regierung", "bundestag", "verband", "stadt", "gericht",
    "partnership", "studies", "coalition", "organization", "organisation", "corporation",
    "society", "forum", "caucus", "bureau", "movement", "conference", "convention", "league",
    "tribune", "herald", "gazette", "magazine", "review", "daily", "channel", "enterprises",
    "industries", "holdings", "partners", "research", "institution", "academy", "cabinet",
    "parliament", "assembly", "legislature",
  ]

  /// Words that join two names (`Sonia und Willy Bogner`).
  static let conjunctions: [String] = ["and", "und", "et", "y", "e", "и"]
}
