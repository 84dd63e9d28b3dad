import BriefingKit
import Testing

struct KeyPhraseExtractorTests {
  let extractor = KeyPhraseExtractor()

  func phrases(_ body: String, title: String = "", language: String = "und", limit: Int = 10)
    -> [String]
  {
    let article = Article(title: title, language: language, paragraphs: [body])
    return extractor.keyPhrases(in: article, limit: limit).map(\.text)
  }

  @Test(arguments: [
    (
      "en",
      "The water supply of the city failed again. The water board said the supply would be back "
        + "when the pumps are repaired, and the pumps are old."
    ),
    (
      "de",
      "Die Wasserversorgung der Stadt ist wieder ausgefallen. Die Stadtwerke sagten, die "
        + "Wasserversorgung werde bald wieder funktionieren, wenn die Pumpen repariert sind."
    ),
    (
      "fr",
      "La distribution d'eau de la ville est encore en panne. Selon la mairie, la distribution "
        + "reprendra quand les pompes seront réparées, car les pompes sont vieilles."
    ),
    (
      "ru",
      "Водоснабжение города снова прервалось. В администрации сказали, что водоснабжение "
        + "восстановят, когда насосы починят, потому что насосы старые."
    ),
    (
      "es",
      "El suministro de agua de la ciudad falló otra vez. El ayuntamiento dijo que el suministro "
        + "volverá cuando las bombas estén reparadas, porque las bombas son viejas."
    ),
    (
      "it",
      "La fornitura d'acqua della città si è interrotta di nuovo. Il comune ha detto che la "
        + "fornitura tornerà quando le pompe saranno riparate, perché le pompe sono vecchie."
    ),
    (
      "pt",
      "O abastecimento de água da cidade falhou outra vez. A câmara disse que o abastecimento "
        + "voltará quando as bombas forem reparadas, porque as bombas são velhas."
    ),
  ])
  func noPhraseStartsOrEndsWithAStopword(language: String, text: String) throws {
    let found = phrases(text, language: language, limit: 30)
    try #require(!found.isEmpty)
    let stopwords: [String: Set<String>] = [
      "en": ["the", "of", "when", "and", "are", "would", "be", "said"],
      "de": ["die", "der", "ist", "wenn", "werde", "sind", "wieder"],
      "fr": ["la", "de", "est", "en", "les", "quand", "car", "sont", "seront"],
      "ru": ["в", "что", "когда", "потому"],
      "es": ["el", "de", "la", "que", "las", "cuando", "porque", "son"],
      "it": ["la", "il", "che", "le", "quando", "sono", "di", "si", "è"],
      "pt": ["o", "de", "da", "que", "as", "quando", "porque", "são", "a"],
    ]
    let list = try #require(stopwords[language])
    for phrase in found {
      let words = phrase.lowercased().split(separator: " ").map(String.init)
      #expect(!list.contains(words.first ?? ""), "\(language): '\(phrase)'")
      #expect(!list.contains(words.last ?? ""), "\(language): '\(phrase)'")
    }
  }

  @Test func findsTheRepeatedContentWordsFirst() {
    let text = """
      The water supply of the city failed again. The water board said the supply would be back \
      when the pumps are repaired, and the pumps are old.
      """
    let top = phrases(text, limit: 3)
    #expect(Set(top).isSubset(of: ["water", "supply", "pumps", "water supply"]), "\(top)")
  }

  @Test func countsSingularAndPluralTogether() throws {
    let text = "One agreement was signed. Two agreements followed, and the agreement holds."
    let article = Article(title: "", paragraphs: [text])
    let top = try #require(extractor.keyPhrases(in: article, limit: 1).first)
    #expect(top.text == "agreement")
    #expect(top.mentions == 3)
  }

  @Test func countsAnIeSingularWithItsPlural() throws {
    let text = """
      The movie opened on Friday. Two movies led the weekend, and the movie kept its lead. \
      Each calorie counts: menus list calories, and calories sell.
      """
    let found = extractor.keyPhrases(in: Article(title: "", paragraphs: [text]), limit: 10)
    let names = found.map(\.text)
    #expect(names.filter { ["movie", "movies"].contains($0) }.count == 1, "\(names)")
    #expect(names.filter { ["calorie", "calories"].contains($0) }.count == 1, "\(names)")
    let movie = try #require(found.first { $0.text == "movie" || $0.text == "movies" })
    #expect(movie.mentions == 3)
  }

  @Test func neverReturnsNumbersStopwordsOrMarkupJunk() {
    let text = """
      In 2021 the 3 ministers met 12 times &quot;here&quot; and there. It is what it is, 100 \
      percent, said the man on www dot com. The ministers met.
      """
    for phrase in phrases(text, limit: 20) {
      #expect(!phrase.contains { $0.isNumber }, "'\(phrase)'")
      #expect(!["it", "is", "what", "quot", "www", "com", "said", "percent"].contains(phrase))
    }
  }

  @Test func aPrepositionIsNoKeyPhrase() {
    let text = """
      Despite the rain, the fair opened. Sales rose despite the cold, and despite the mud the \
      fair drew crowds. Despite everything, the fair will return.
      """
    #expect(!phrases(text, language: "en", limit: 20).contains("despite"))
  }

  @Test func leavesOutNamesTitlesAndNationalities() {
    let text = """
      President Joe Biden and the Russian president spoke. Biden said American and Russian \
      diplomats would meet. The diplomats agreed.
      """
    let found = phrases(text, limit: 20)
    for junk in ["biden", "joe biden", "president", "russian", "american", "Biden"] {
      #expect(!found.contains(junk), "\(found)")
    }
    #expect(found.contains("diplomats"))
  }

  @Test func dropsAWordThatOnlyOccursInsideABetterPhrase() {
    let text = """
      The video conference was set for Tuesday. A video conference needs a stable line. The \
      video conference will be short.
      """
    let found = phrases(text, limit: 10)
    #expect(found.contains("video conference"), "\(found)")
    #expect(!found.contains("conference"), "\(found)")
  }

  @Test(arguments: ["", " ", "...", "1 2 3", "the of and", "l'", "a-b-c", "\u{0301}x"])
  func oddTextGivesFewOrNoPhrases(text: String) {
    let found = phrases(text, title: text)
    #expect(found.allSatisfy { !$0.isEmpty })
  }
}
