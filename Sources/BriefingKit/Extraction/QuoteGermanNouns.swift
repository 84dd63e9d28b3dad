/// Endings of German nouns that can be the subject of speech: people (`Sprecher`,
/// `Demonstranten`, `Journalistin`), bodies (`Polizei`, `Landgericht`) and texts
/// (`Mitteilung`, `Bericht`); a noun with none of them is a thing that says nothing
/// (`die Zeit`, `das Angebot`).
enum QuoteGermanNouns {
  /// True when the lower-cased noun `word` ends like a person, a body or a text.
  static func canSpeak(_ word: String) -> Bool {
    if QuoteSpeakerResolver.isGermanBody(word) { return true }
    return endings.contains { word.hasSuffix($0) }
  }

  /// True when the lower-cased noun `word` names a text (`Stellungnahme`, `Pressemitteilung`).
  static func isText(_ word: String) -> Bool { texts.contains { word.hasSuffix($0) } }

  private static let endings: [String] = people + texts + nationalities

  /// Nouns for a person's nation, which describe them whatever their role (`der Franzose`,
  /// `die Britin`, `der Amerikaner`).
  static let nationalities = [
    "franzose", "französin", "amerikaner", "amerikanerin", "brite", "britin", "russe",
    "russin", "türke", "türkin", "grieche", "griechin", "pole", "polin", "schwede", "schwedin",
    "däne", "dänin", "chinese", "chinesin", "italiener", "italienerin", "spanier",
    "spanierin", "österreicher", "österreicherin", "schweizer", "schweizerin", "deutsche",
    "deutscher", "niederländer", "niederländerin", "belgier", "belgierin", "ire", "irin",
    "schotte", "schottin", "ukrainer", "ukrainerin", "israeli", "iraner", "iranerin",
    "japaner", "japanerin", "kanadier", "kanadierin", "australier", "australierin",
    "brasilianer", "brasilianerin", "argentinier", "argentinierin", "ungar", "ungarin",
    "tscheche", "tschechin", "serbe", "serbin", "kroate", "kroatin", "portugiese",
    "portugiesin", "norweger", "norwegerin", "finne", "finnin", "inder", "inderin",
    // Nations and regions of Africa, Asia, the Americas and the Balkans, and of Austria; not
    // the forms in `-er` that are also adjectives (`Wiener Zeitung`, `Tiroler Landtag`).
    "nigerianer", "nigerianerin", "ghanaer", "ghanaerin", "kameruner", "kamerunerin", "ägypter",
    "ägypterin", "marokkaner", "marokkanerin", "algerier", "algerierin", "tunesier", "tunesierin",
    "libyer", "libyerin", "syrer", "syrerin", "iraker", "irakerin", "pakistaner", "pakistanerin",
    "jordanier", "jordanierin", "palästinenser", "palästinenserin", "armenier", "armenierin",
    "georgier", "georgierin", "litauer", "litauerin", "slowene", "slowenin", "bosnier", "bosnierin",
    "montenegriner", "montenegrinerin", "mazedonier", "mazedonierin", "albaner", "albanerin",
    "luxemburgerin", "liechtensteinerin", "isländer", "isländerin", "mexikaner", "mexikanerin",
    "kolumbianer", "kolumbianerin", "venezolaner", "venezolanerin", "peruaner", "peruanerin",
    "bolivianer", "bolivianerin", "ecuadorianer", "ecuadorianerin", "kubaner", "kubanerin",
    "koreaner", "koreanerin", "südkoreaner", "südkoreanerin", "nordkoreaner", "nordkoreanerin",
    "thailänder", "thailänderin", "indonesier", "indonesierin", "philippiner", "philippinerin",
    "neuseeländer", "neuseeländerin", "südafrikaner", "südafrikanerin", "kenianer", "kenianerin",
    "äthiopier", "äthiopierin", "eritreer", "eritreerin", "somalier", "somalierin", "tansanier",
    "tansanierin", "katarer", "katarerin", "taiwaner", "taiwanerin", "afrikaner", "afrikanerin",
    "europäer", "europäerin", "araber", "araberin", "saudi", "steirer", "steirerin", "tirolerin",
    "kärntnerin", "vorarlbergerin", "burgenländer", "burgenländerin", "niederösterreicher",
    "niederösterreicherin", "oberösterreicher", "oberösterreicherin", "salzburgerin", "wienerin",
    "berlinerin", "münchnerin", "afghane", "afghanin", "kurde", "kurdin", "slowake", "slowakin",
    "bulgare", "bulgarin", "rumäne", "rumänin", "chilene", "chilenin", "senegalese", "senegalesin",
    "vietnamese", "vietnamesin", "sudanese", "sudanesin", "libanese", "libanesin", "kongolese",
    "kongolesin", "kosovare", "kosovarin", "asiate", "asiatin", "mongole", "mongolin", "usbeke",
    "usbekin", "kasache", "kasachin", "weißrusse", "weißrussin",
  ]

  private static let people = [
    "er", "in", "innen", "ent", "enten", "ant", "anten", "ist", "isten", "eur", "eure",
    "euren", "ling", "linge", "beamte", "beamten", "abgeordnete", "abgeordneten", "angeklagte",
    "angeklagten", "angestellte", "angestellten", "jährige", "jährigen", "franzose", "franzosen",
    "kollege", "kollegen", "experte", "experten", "zeuge", "zeugen", "kunde", "kunden", "mensch",
    "menschen", "menge", "leute", "team", "kandidat", "kandidaten", "diplomat", "diplomaten",
    "soldat", "soldaten", "vertreter", "papst", "familie", "eltern", "opfer", "chef", "chefs",
    "delegation", "delegierte", "delegierten", "jugendliche", "jugendlichen", "verletzte",
    "verletzten", "gegner", "fans", "bürger", "mitglieder", "mitglied", "spitze", "führung",
    "autor", "autoren", "partner", "ärzte", "arzt", "är", "äre", "ären", "or", "oren", "ar",
    "aren", "loge", "logen", "nom", "nomen", "graf", "grafen", "vereinigung", "gesellschaft",
    "bewegung", "initiative", "allianz", "bund", "union", "liga", "gruppe", "koalition",
    "opposition", "netzwerk", "club", "klub", "ausschuss", "rat", "verwaltung", "leitung",
    "rundschau", "welle", "presse", "medien", "kampagne", "wahlkampfstab",
  ]

  private static let texts = [
    "bericht", "berichte", "meldung", "meldungen", "mitteilung", "erklärung", "ansicht",
    "meinung", "worte", "worten", "angaben", "text", "aussage", "bewertung", "studie",
    "schreiben", "brief", "entwurf", "urteil", "stellungnahme", "kommentar", "antwort",
    "webseite", "website", "homepage", "artikel", "interview", "botschaft", "zettel", "plakat",
    "transparent", "aufschrift", "parole", "motto", "satz", "wortlaut", "beschluss",
    "gutachten", "umfrage", "analyse", "resolution", "programm", "vertrag", "gesetz",
    "anordnung", "protokoll", "dokument", "papier", "memorandum", "notiz", "nachricht",
    "tweet", "eintrag", "blog", "begründung", "mail", "e-mail", "forderung", "appell",
    "aufruf", "erlass", "richtlinie", "verordnung", "verfassung", "grundgesetz", "regel",
  ]
}
