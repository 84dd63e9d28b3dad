/// Word lists the sentence splitter consults when a period follows a short word.
///
/// Written for news in English, German, French, Spanish, Italian, Portuguese and Russian;
/// matching is case-sensitive, so the usual spellings are listed.
enum Abbreviations {
  /// Titles and forms of address: a period after one never ends a sentence.
  static let titles: Set<String> = [
    "Mr", "Mrs", "Ms", "Mx", "Messrs", "Dr", "Prof", "Sen", "Rep", "Gen", "Col", "Lt",
    "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Brig", "Cpl", "Pvt", "Rev", "Hon", "Pres", "Supt",
    "Atty", "Insp", "Det", "Fr", "Sr", "Sra", "Srta", "Jr", "Mme", "Mlle", "Mgr",
    "Hr", "Hrn", "Dipl", "Ing", "Dott", "Sig", "Avv", "Eng", "Exmo", "Exma",
    "Jes", "Gebr", "vs", "v",
  ]

  /// Abbreviations that can end a sentence; after them only a typical first word or nothing
  /// else ends one, and never a number (`Dec. 3`, `No. 5`, `Art. 12`).
  static let others: Set<String> = [
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Okt", "Dez", "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc",
    "No", "Nos", "Nr", "Art", "Abs", "Fig", "Vol", "vol", "Ch", "ch", "pp", "Bd", "Kap",
    "etc", "Inc", "Ltd", "Co", "Corp", "Bros", "Plc", "plc", "LLC", "approx", "est", "ca",
    "bzw", "usw", "vgl", "ggf", "evtl", "inkl", "Mio", "Mrd", "Tel", "Str", "Ave", "Blvd",
    "Rd", "Mt", "Ft", "St", "Ste", "Dept", "Univ", "Assn", "Gov", "Ind", "Calif", "Mass", "Wash",
    "Fla",
    "Penn", "Conn", "Mich", "Minn", "Ariz", "Colo", "Ill", "Tenn", "Ky", "Va", "Ga", "Ala",
    "Nev", "Okla", "Ore", "Wis", "Md", "Mo", "La", "Del",
    "г", "гг", "им", "ул", "тыс", "млн", "млрд", "руб", "долл", "см", "т", "д", "пр", "стр",
    "av", "pág", "núm", "Sto", "Sta", "pag", "ecc", "cit", "op",
  ]

  /// Dotted abbreviations that never end a sentence (`e.g.`, `z.B.`, `т.е.`).
  static let neverFinal: Set<String> = [
    "e.g", "i.e", "cf", "z.B", "d.h", "u.a", "o.ä", "s.o", "u.U", "z.T", "т.е", "т.к", "т.н",
    "p.ex", "c.-à-d", "p.e",
  ]

  /// Words that typically start a news sentence; after an ambiguous abbreviation such as
  /// `U.S.` or `Inc.` they decide for a sentence end.
  static let sentenceStarters: Set<String> = [
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So",
    "In", "On", "At", "For", "From", "With", "By", "To", "Of", "This", "That", "These",
    "Those", "There", "Then", "His", "Her", "Its", "Their", "Our", "My", "Your", "If", "When",
    "While", "As", "After", "Before", "Since", "Yet", "Some", "Many", "Most", "Other",
    "Others", "All", "Both", "Each", "No", "Not", "However", "Meanwhile", "Still", "Also",
    "What", "Who", "Why", "How", "Where", "Although", "Though", "Officials", "Mr", "Mrs", "Ms",
    "Der", "Die", "Das", "Er", "Sie", "Es", "Ein", "Eine", "Im", "Am", "Auch", "Aber", "Doch",
    "Den", "Dem", "Des", "Nach", "Bei", "Beim", "Mit", "Wir", "Ich", "Dies", "Diese", "Dieser",
    "Dabei", "Damit", "Danach", "Dort", "Zudem", "Außerdem", "Laut", "Seit", "Wie", "Was",
    "Wer", "Wenn", "Als", "Nun", "Zum", "Zur", "Vor", "Für", "Bis", "Zwar", "Jetzt",
    "Le", "La", "Les", "Il", "Elle", "Ils", "Un", "Une", "Mais", "Dans", "En", "El", "Los",
    "Las", "Lo", "Una", "Pero", "Gli", "Ma", "Os", "Um", "Uma", "Mas",
    "В", "На", "По", "Он", "Она", "Они", "Это", "Но", "И", "А", "Как", "При",
  ]

  /// Month names (full and abbreviated) that follow ordinals such as `9. September`.
  static let monthNames: Set<String> = [
    "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
    "September", "Oktober", "November", "Dezember", "Jan", "Feb", "Mär", "Apr", "Jun", "Jul",
    "Aug", "Sep", "Sept", "Okt", "Nov", "Dez",
  ]

  /// ``titles`` and ``neverFinal``: a period after one of them never ends a sentence.
  static let neverEnding = ScalarWordSet(titles.union(neverFinal))
  /// ``others``, asked about with scalars.
  static let ambiguous = ScalarWordSet(others)
  /// ``sentenceStarters``, asked about with scalars.
  static let starters = ScalarWordSet(sentenceStarters)
  /// ``monthNames``, asked about with scalars.
  static let months = ScalarWordSet(monthNames)

  /// Whether a lone period after the word `scalars[word]` ends the sentence, given what
  /// follows.
  ///
  /// - Parameters:
  ///   - word: the letters (and inner periods) right before the period, e.g. `Dr` or `U.S`.
  ///   - next: the letters starting the following text, past opening quotes.
  ///   - nextIsDigit: whether the following text starts with a digit.
  static func periodEndsSentence(
    _ scalars: [Unicode.Scalar], after word: Range<Int>, next: Range<Int>, nextIsDigit: Bool
  ) -> Bool {
    if neverEnding.contains(scalars, word) { return false }
    let isDotted = scalars[word].contains { $0.value == 0x2E }
    if isDotted || ambiguous.contains(scalars, word) {
      return !nextIsDigit && starters.contains(scalars, next)
    }
    return true
  }
}
