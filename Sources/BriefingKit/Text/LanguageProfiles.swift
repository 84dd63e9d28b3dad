/// Frequent function words of the Latin-script languages the identifier knows.
///
/// Lists written for this project from general knowledge of each language: articles,
/// pronouns, prepositions, conjunctions and auxiliaries that news text is full of.
enum LanguageProfiles {
  /// Function words by ISO 639-1 code, space separated, lower case.
  static let words: [(code: String, words: String)] = [
    (
      "en",
      """
      the a of and to in is was that for it with as on at by from he she they we his her its
      their this these those which who whom have has had been were are be will would could
      should not but or an said after about than more also into over there what when where
      while because only other some such them then our your can may must did does do new
      """
    ),
    (
      "de",
      """
      der die das und ist nicht mit den dem des ein eine einer eines einem einen auf für von
      zu im ich sie er es wir ihr sich auch als noch nach bei aus wie wird werden wurde wurden
      hat haben hatte sind war waren kann können muss soll sollen über unter zum zur vom dass
      aber oder wenn nur schon sehr mehr bis seit gegen ohne durch diese dieser dieses man
      """
    ),
    (
      "fr",
      """
      le la les de des du un une et est sont dans pour par sur avec ce cette ces qui que qu
      il elle ils elles nous vous ne pas plus au aux son sa ses leur leurs mais ou été être
      avait avoir fait comme tout aussi entre selon après sans sous dont même déjà très
      """
    ),
    (
      "es",
      """
      el la los las de del un una unos unas y es son en por para con que se su sus al lo
      como más pero fue ha han había está están ser sobre entre también sin desde hasta muy
      este esta estos estas ese esa ya le les nos cuando donde porque según tras hay
      """
    ),
    (
      "it",
      """
      il lo la gli le di del della dei delle degli un una uno e è sono in per con che non si
      su al alla ai nel nella nei come più ma anche ha hanno aveva stato stata essere questo
      questa questi quello dopo tra fra già molto suo sua loro ci ne cui però sempre
      """
    ),
    (
      "pt",
      """
      o a os as de do da dos das um uma e é são em no na nos nas por para com que se seu sua
      ao à como mais mas foi ser está estão também não sobre entre já muito pelo pela pelos
      pelas isso este esta ele ela eles elas tem têm após sem até quando onde ainda
      """
    ),
    (
      "nl",
      """
      de het een en van in is dat op te zijn niet met voor ook aan er maar om bij als dan of
      door naar uit werd worden wordt heeft hebben was waren nog wel geen deze dit die zo
      over tot kan zal zou hun haar hij zij wij ik jullie nu al meer
      """
    ),
  ]

  /// For each word, the codes of the languages listing it.
  static let table: [String: [String]] = {
    var table: [String: [String]] = [:]
    for (code, list) in words {
      for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
        table[String(word), default: []].append(code)
      }
    }
    return table
  }()

  /// Letters that only some Latin-script languages use, and the language they point to (a
  /// list, not a dictionary: it is read once, in order, and never looked up).
  static let letterHints: [(value: UInt32, code: String)] = [
    (0xDF, "de"), (0xE4, "de"), (0xF6, "de"), (0xFC, "de"),  // ß ä ö ü
    (0xF1, "es"), (0xFA, "es"),  // ñ ú
    (0xE3, "pt"), (0xF5, "pt"),  // ã õ
    (0xE8, "fr"), (0xEA, "fr"), (0xEB, "fr"), (0xEE, "fr"), (0xEF, "fr"), (0x153, "fr"),
    (0xE2, "fr"),
    (0xF2, "it"), (0xEC, "it"),  // ò ì
  ]
}
