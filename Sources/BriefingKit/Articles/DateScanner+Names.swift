extension DateScanner {
  /// Month names and abbreviations, lower case, in the languages the readers support.
  static let months: [String: Int] = {
    let names: [[String]] = [
      [
        "january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio",
        "janeiro", "января", "январь", "январе",
      ],
      [
        "february", "feb", "februar", "février", "févr", "fevrier", "febrero", "febbraio",
        "fevereiro", "fev", "февраля", "февраль",
      ],
      ["march", "mar", "märz", "mär", "mars", "marzo", "março", "марта", "март"],
      ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "апреля", "апрель"],
      ["may", "mai", "mayo", "maggio", "maio", "мая", "май"],
      ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "июня", "июнь"],
      [
        "july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "июля",
        "июль",
      ],
      ["august", "aug", "août", "agosto", "августа", "август"],
      [
        "september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro",
        "сентября", "сентябрь",
      ],
      [
        "october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro",
        "октября", "октябрь",
      ],
      ["november", "nov", "novembre", "noviembre", "novembro", "ноября", "ноябрь"],
      [
        "december", "dec", "dezember", "dez", "décembre", "déc", "diciembre", "dic",
        "dicembre", "dezembro", "декабря", "декабрь",
      ],
    ]
    var table: [String: Int] = [:]
    for (offset, list) in names.enumerated() {
      for name in list { table[name] = offset + 1 }
    }
    return table
  }()

  /// Weekday names and abbreviations that may precede a date, lower case.
  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  ]
}
