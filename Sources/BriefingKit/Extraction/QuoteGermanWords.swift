/// German function words that quote attribution reads word order by, as token hashes.
enum QuoteGermanWords {
  static let es = QuoteToken.hash(of: "es")
  static let der = QuoteToken.hash(of: "der")
  static let fuer = QuoteToken.hash(of: "für")
  static let mit = QuoteToken.hash(of: "mit")
  static let von = QuoteToken.hash(of: "von")

  /// Nouns for words said (`mit diesen Worten meldete er sich`).
  static let speechNouns: Set<UInt64> = Set(
    ["worten", "sätzen", "aussagen", "zeilen"].map(QuoteToken.hash(of:)))

  /// Verbs by which a medium quotes someone (`zitiert die Zeitung Müller`).
  static let quoting: Set<UInt64> = Set(["zitiert", "zitierte"].map(QuoteToken.hash(of:)))
  static let reflexive = QuoteToken.hash(of: "sich")

  /// Prepositions that introduce where words stand (`heißt es in …`, `auf der Webseite`).
  static let sourcePrepositions: Set<UInt64> = Set(
    ["in", "im", "auf", "bei", "aus", "von", "vom", "seitens"].map(QuoteToken.hash(of:)))

  /// Determiners that are never nominative: the phrase after them is no subject.
  static let obliqueDeterminers: Set<UInt64> = Set(
    [
      "den", "dem", "des", "einen", "einem", "eines", "seinen", "seinem", "seines", "ihren",
      "ihrem", "ihres", "diesen", "diesem", "dieses", "seiner", "ihrer",
    ].map(QuoteToken.hash(of:)))

  /// Subjunctive forms that mark reported speech.
  static let subjunctives: Set<UInt64> = Set(
    [
      "sei", "seien", "habe", "hätten", "werde", "würden", "müsse", "müssten", "könne",
      "könnten", "solle", "wolle", "dürfe", "gebe", "gehe", "stehe", "liege", "bleibe",
      "hätte", "würde", "wäre", "wären", "müsste", "könnte",
    ].map(QuoteToken.hash(of:)))

  /// Determiners that start an object when they follow a noun (`der` and `des` are genitive).
  static let objectDeterminers: Set<UInt64> = Set(
    [
      "den", "dem", "das", "die", "ein", "eine", "einen", "einem", "sein", "seine", "seinen",
      "seinem", "ihr", "ihre", "ihren", "ihrem",
    ].map(QuoteToken.hash(of:)))

  /// Lower-case words that are never the finite verb after a quote.
  static let nonVerbs: Set<UInt64> = Set(
    [
      "weil", "wenn", "obwohl", "da", "ob", "sondern", "oder", "sowie", "bis", "nicht", "nur",
      "so", "also", "zwar", "immer", "sehr", "ganz", "mehr", "schon",
      "eben", "etwa", "allerdings", "jetzt", "erst", "wieder", "einer", "eines", "welche",
      "welcher", "man", "dies", "was", "wer", "wo", "wobei", "womit", "worauf", "solche",
      "zusammen", "gemeinsam", "insgesamt", "rund", "knapp", "fast",
      "wohl", "offenbar", "angeblich", "vermutlich", "sichtlich", "nämlich", "dennoch",
      "solcher", "solchen", "solchem", "solches", "jene", "jener", "jenen", "mancher", "jeden",
      "jedem", "allen", "aller", "vielen", "beiden", "anderen", "weiteren", "zahlreichen",
    ].map(QuoteToken.hash(of:)))

  static let so = QuoteToken.hash(of: "so")

  /// Possessives of one man before a noun for a view (`Seiner Ansicht nach`, `Seine Meinung`).
  static let hisViews: Set<UInt64> = Set(["sein", "seine", "seiner"].map(QuoteToken.hash(of:)))
  /// Possessives of one woman (or of several) before a noun for a view (`Ihrer Meinung nach`).
  static let herViews: Set<UInt64> = Set(["ihr", "ihre", "ihrer"].map(QuoteToken.hash(of:)))

  /// Nouns for a view someone gives (`Seiner Ansicht nach`, `Ihr Fazit:`).
  static let viewNouns: Set<UInt64> = Set(
    [
      "meinung", "ansicht", "auffassung", "einschätzung", "überzeugung", "fazit", "kommentar",
      "antwort", "urteil", "reaktion", "bilanz", "begründung", "worte", "botschaft", "appell",
      "forderung", "prognose",
    ].map(QuoteToken.hash(of:)))

  /// Forms of `heißen` that introduce what a text says (`heißt es in der Mitteilung`).
  static let documentVerbs: Set<UInt64> = Set(
    ["heißt", "hieß", "heisst", "hiess"].map(QuoteToken.hash(of:)))

  /// Adverbs that may stand between `heißt es` and the source (`heißt es dazu in …`).
  static let documentAdverbs: Set<UInt64> = Set(
    [
      "dazu", "darin", "weiter", "weiterhin", "wörtlich", "auch", "zudem", "außerdem", "etwa",
      "unter", "anderem", "ferner", "nun", "jetzt", "bereits", "schon", "ebenfalls",
    ].map(QuoteToken.hash(of:)))

  /// Nominative pronouns after a verb: always its subject (`bezeichnete er als …`).
  static let subjectPronouns: Set<UInt64> = Set(["er", "ich", "wir"].map(QuoteToken.hash(of:)))

  /// Object pronouns that may stand between a verb and its subject (`so beschrieb ihn …`).
  static let objectPronouns: Set<UInt64> = Set(
    ["ihn", "ihm", "sich", "uns", "mich", "mir"].map(QuoteToken.hash(of:)))

  /// Conjunctions that open a subordinate clause before the main clause (`Da …, habe er`).
  static let subordinators: Set<UInt64> = Set(
    [
      "da", "weil", "wenn", "als", "nachdem", "obwohl", "während", "falls", "sobald", "bevor",
      "seitdem", "obgleich", "indem", "um", "ohne", "statt", "anstatt",
    ].map(QuoteToken.hash(of:)))

  /// Prepositions that open a phrase fronted before a quote (`Mit den Worten „…“, …`).
  static let frontingPrepositions: Set<UInt64> = Set(
    ["mit", "von", "als", "unter"].map(QuoteToken.hash(of:)))

  /// Past participles of speech verbs: `habe … geschrieben` reports who spoke.
  static let speechParticiples: Set<UInt64> = Set(
    [
      "gesagt", "geschrieben", "erklärt", "betont", "berichtet", "mitgeteilt", "angekündigt",
      "gefordert", "gewarnt", "kritisiert", "bekräftigt", "unterstrichen", "versichert",
      "geäußert", "bestätigt", "eingeräumt", "zugegeben", "hervorgehoben", "beklagt",
      "erzählt", "gemeint", "behauptet", "verkündet", "angegeben", "ergänzt", "hinzugefügt",
      "gefragt",
    ].map(QuoteToken.hash(of:)))

  /// Conjunctions of a reported clause (`dass Müller gefragt habe`, `ob sie gewarnt hat`).
  static let reportedClauseOpeners: Set<UInt64> = Set(["dass", "ob"].map(QuoteToken.hash(of:)))

  /// Genitive determiners that join a noun to the one before (`Vertreter der Verbände`).
  static let genitiveDeterminers: Set<UInt64> = Set(["der", "des"].map(QuoteToken.hash(of:)))

  /// Adverbs that fill the first place before the finite verb (`So warnten Experten …`).
  static let frontedAdverbs: Set<UInt64> = Set(
    [
      "so", "dann", "hier", "nun", "jetzt", "dabei", "danach", "daraufhin", "deshalb", "später",
      "zudem", "außerdem", "damals", "inzwischen", "zunächst", "demnach", "heute", "gestern",
      "jedoch", "doch", "auch", "bereits", "trotzdem", "dennoch", "darauf", "darüber",
      "erneut", "ebenfalls", "noch", "ebenso", "wieder", "erstmals", "zugleich", "allerdings",
      "ursprünglich", "zuvor", "erwartungsgemäß",
      "schließlich", "letztlich", "zuletzt", "kürzlich", "bislang", "bisher", "anschließend",
    ].map(QuoteToken.hash(of:)))

  /// Auxiliaries before a speech participle at the end of the clause (`hatte … gesagt`).
  static let auxiliaries: Set<UInt64> = Set(
    [
      "hat", "hatte", "habe", "hätte", "haben", "hatten", "hätten", "soll", "sollen", "will",
      "wollen",
    ].map(QuoteToken.hash(of:)))

  /// Conjunctions that open a clause with its verb at the end (`wie die Polizei mitteilte`).
  static let clauseOpeners: Set<UInt64> = Set(
    ["wie", "zumal", "nachdem", "weil", "obwohl", "während", "als", "da"].map(
      QuoteToken.hash(of:)))

  /// Conjunctions before a verb that shares the subject of the clause before (`und nannte`).
  static let coordinators: Set<UInt64> = Set(
    ["und", "oder", "sowie", "aber", "doch"].map(QuoteToken.hash(of:)))

  /// Third-person subject pronouns before a verb (`er erinnere`).
  static let thirdPersonPronouns: Set<UInt64> = Set(
    ["er", "sie", "es", "man"].map(QuoteToken.hash(of:)))

  /// Particles inside German and Dutch names (`Kurt von Figura`, `von der Leyen`).
  static let nameParticles: Set<UInt64> = Set(
    ["von", "zu", "van", "der", "den", "vom"].map(QuoteToken.hash(of:)))

  /// Words that take up a quote just given at the start of the next sentence (`Das sagte …`).
  static let resuming: Set<UInt64> = Set(["das", "dies", "so"].map(QuoteToken.hash(of:)))

  /// Months after a German ordinal date (`am 14. Dezember`): the dot ends no sentence.
  static let months: Set<UInt64> = Set(
    [
      "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
      "september", "oktober", "november", "dezember",
    ].map(QuoteToken.hash(of:)))

  /// Prepositions whose phrase is an object (`zu Hollerbeck gesagt`).
  static let objectPrepositions: Set<UInt64> = Set(
    ["zu", "mit", "gegenüber", "bei", "vor", "an", "für", "über", "nach"].map(
      QuoteToken.hash(of:)))

  /// True when a dot after `word` is German shorthand, not a sentence end: an ordinal before a
  /// month or a counted noun (`14. Dezember`, `3. Liga`), an ordinal after an article (`den
  /// 1. Heimsieg`, `zum 3. Mal`), an abbreviation (`Mio.`, `usw.`) or a lone lower-case letter
  /// (`z. B.`, `d. h.`).
  static func continuesAfterDot(_ word: QuoteToken, next: QuoteToken?, before: QuoteToken?)
    -> Bool
  {
    if word.isLowercase && word.end - word.start == 1 { return true }
    if abbreviations.contains(word.hash) { return true }
    guard !word.isCapitalized, !word.isLowercase, let next else { return false }
    if next.isCapitalized, word.end - word.start <= 2, let before,
      ordinalArticles.contains(before.hash)
    {
      return true
    }
    return months.contains(next.hash) || ordinalNouns.contains(next.hash)
  }

  /// Articles that a number never ends a sentence after: a noun follows (`der 5. Spieltag`,
  /// `beim 2. Versuch`), so the dot after the number makes it an ordinal.
  private static let ordinalArticles: Set<UInt64> = Set(
    [
      "der", "die", "das", "den", "dem", "des", "zum", "zur", "im", "beim", "vom", "seinem",
      "seinen", "seiner", "ihrem", "ihren", "ihrer",
    ].map(QuoteToken.hash(of:)))

  private static let abbreviations: Set<UInt64> = Set(
    [
      "mio", "mrd", "usw", "etc", "evtl", "ggf", "inkl", "zzgl", "rd", "abs", "str", "dipl",
      "ing", "jh", "jhd", "tel", "bzgl", "sog", "insb", "ehem", "gegr",
    ].map(QuoteToken.hash(of:)))

  private static let ordinalNouns: Set<UInt64> = Set(
    [
      "jahrhundert", "jahrhunderts", "liga", "bundesliga", "platz", "runde", "spieltag", "mal",
      "klasse", "etage", "stock", "weltkrieg", "weltkriegs", "fc", "senat", "kammer", "lesung",
      "amtszeit", "legislaturperiode", "parteitag", "jahrestag", "todestag", "geburtstag",
    ].map(QuoteToken.hash(of:)))

  /// Forms of `sein` that take up a quote (`Das ist die Kernaussage der Studie`).
  static let copulas: Set<UInt64> = Set(["ist", "war", "sind", "waren"].map(QuoteToken.hash(of:)))

  /// `so letztere`: the latter or former of two people just named.
  static let latterFormer: Set<UInt64> = Set(
    ["letztere", "letzterer", "erstere", "ersterer"].map(QuoteToken.hash(of:)))

  /// Adverbs that point back at a text (`Darin steht: „…“`).
  static let textPointers: Set<UInt64> = Set(
    ["darin", "dort", "hierin", "worin"].map(QuoteToken.hash(of:)))
}
