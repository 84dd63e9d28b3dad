import BriefingKit
import Testing

struct LanguageIdentifierTests {
  @Test(arguments: [
    (
      "en",
      "The city council said on Monday that it would delay the vote on the new bridge until "
        + "the engineers had finished their report, which is expected in the spring."
    ),
    (
      "de",
      "Der Stadtrat hat am Montag mitgeteilt, dass die Abstimmung über die neue Brücke "
        + "verschoben wird, bis die Ingenieure ihren Bericht vorgelegt haben, der im Frühjahr "
        + "erwartet wird."
    ),
    (
      "fr",
      "Le conseil municipal a annoncé lundi que le vote sur le nouveau pont serait reporté "
        + "jusqu'à ce que les ingénieurs aient terminé leur rapport, qui est attendu au printemps."
    ),
    (
      "es",
      "El ayuntamiento anunció el lunes que la votación sobre el nuevo puente se aplazará hasta "
        + "que los ingenieros terminen su informe, que se espera para la primavera."
    ),
    (
      "it",
      "Il consiglio comunale ha annunciato lunedì che il voto sul nuovo ponte sarà rinviato "
        + "fino a quando gli ingegneri non avranno finito la loro relazione, attesa per la "
        + "primavera."
    ),
    (
      "pt",
      "A câmara municipal anunciou na segunda-feira que a votação sobre a nova ponte será "
        + "adiada até que os engenheiros terminem o seu relatório, que é esperado na primavera."
    ),
    (
      "ru",
      "Городской совет в понедельник объявил, что голосование по новому мосту будет отложено, "
        + "пока инженеры не закончат свой доклад, который ожидается весной."
    ),
    (
      "nl",
      "De gemeenteraad heeft maandag gezegd dat de stemming over de nieuwe brug wordt "
        + "uitgesteld tot de ingenieurs hun rapport hebben afgerond, dat in het voorjaar wordt "
        + "verwacht."
    ),
    ("uk", "Міська рада в понеділок оголосила, що голосування щодо нового мосту відкладається."),
    (
      "bg",
      "Общинският съвет обяви в понеделник, че гласуването за новия мост се отлага, "
        + "докато инженерите завършат своя доклад, който се очаква през пролетта."
    ),
    (
      "sr",
      "Градско веће је у понедељак саопштило да се гласање о новом мосту одлаже док "
        + "инжењери не заврше свој извештај, који се очекује на пролеће. Ђаци и ћерке су дошли."
    ),
    (
      "be",
      "Гарадскі савет у панядзелак абвясціў, што галасаванне па новым мосце адкладаецца, "
        + "пакуль інжынеры не скончаць свой даклад, які чакаецца ўвесну."
    ),
    ("el", "Το δημοτικό συμβούλιο ανακοίνωσε τη Δευτέρα ότι η ψηφοφορία αναβάλλεται."),
    ("ja", "市議会は月曜日、新しい橋についての投票を延期すると発表した。"),
  ])
  func identifiesParagraphs(expected: String, text: String) {
    #expect(LanguageIdentifier().language(of: text) == expected)
  }

  @Test(arguments: ["", "   ", "12 345 678", "OK", "Brexit", "— … —"])
  func isUnsureWithoutWords(text: String) {
    #expect(LanguageIdentifier().language(of: text) == "und")
  }

  /// `count` words of `sentence` (repeated) joined by spaces.
  static func words(_ count: Int, of sentence: String) -> String {
    let words = sentence.split(separator: " ")
    return (0..<count).map { String(words[$0 % words.count]) }.joined(separator: " ")
  }

  static let english =
    "The council said on Monday that it would delay the vote on the bridge until the report "
    + "was finished, and the mayor told reporters that the city had no money for it."
  static let german =
    "Der Rat hat am Montag gesagt, dass die Abstimmung über die Brücke verschoben wird, bis "
    + "der Bericht fertig ist, und der Bürgermeister sagte, dass die Stadt kein Geld dafür hat."

  @Test func aClearStartDecidesATextThatChangesLanguage() {
    // 200 clearly English words, then as many German ones (a long quotation): the start is
    // the article's language, where the whole 400 words would leave it undetermined.
    let text = Self.words(200, of: Self.english) + " " + Self.words(200, of: Self.german)
    #expect(LanguageIdentifier().language(of: text) == "en")
    #expect(LanguageIdentifier(sampleWords: 400).language(of: text) == "und")
  }

  @Test func aStartInDoubtIsReadOn() {
    // 200 words that belong to no listed language (names, a list), then English: the sample
    // goes on to 400 words and finds it.
    let names = Self.words(200, of: "Xanthe Quorra Zylph Bexley Marlowe Thorne Ivo")
    let text = names + " " + Self.words(200, of: Self.english)
    #expect(LanguageIdentifier().language(of: text) == "en")
    #expect(LanguageIdentifier(wordLimit: 200).language(of: text) == "und")
  }

  /// The scan reads runs of ASCII letters eight bytes at a time: a function word is found
  /// wherever it falls among them, also after a letter outside ASCII (`über`) and beside
  /// words of seven, eight and nine letters, so moving a text by up to eight bytes changes no
  /// answer.
  @Test(arguments: 0...8)
  func answersDoNotDependOnWhereTheWordsFall(shift: Int) {
    let padding = String(repeating: " ", count: shift)
    let texts = [
      ("en", Self.english),
      ("de", Self.german),
      ("en", Self.words(60, of: "the of and to a in that it was for on is with he as by at")),
      ("de", Self.words(60, of: "über für daß und die der das ist nicht mit sich auch")),
      (
        "nl",
        "De gemeenteraad heeft maandag gezegd dat de stemming over de nieuwe brug wordt "
          + "uitgesteld tot de ingenieurs hun rapport hebben afgerond, dat in het voorjaar wordt "
          + "verwacht."
      ),
      ("und", Self.words(60, of: "Abcdefg Abcdefgh Abcdefghi Theandof")),
    ]
    for (expected, text) in texts {
      #expect(LanguageIdentifier().language(of: padding + text) == expected)
      #expect(LanguageIdentifier().language(of: padding + text.uppercased()) == expected)
    }
  }

  @Test func englishWithForeignNamesStaysEnglish() {
    let text =
      "Angela Merkel met François Hollande in Paris, where the two leaders discussed "
      + "the crisis in the eurozone and agreed that they would meet again in Berlin."
    #expect(LanguageIdentifier().language(of: text) == "en")
  }
}
