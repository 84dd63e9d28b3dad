import BriefingKit
import Testing

struct EntityExtractorTests {
  let extractor = EntityExtractor()

  func article(_ body: String, title: String = "", language: String = "und") -> Article {
    Article(title: title, language: language, paragraphs: [body])
  }

  func entity(_ name: String, in entities: [Entity]) -> Entity? {
    entities.first { $0.name == name }
  }

  @Test(arguments: [
    ("Diplomats met at the UN Security Council on Monday.", "UN Security Council"),
    ("Members of the North Atlantic Alliance disagreed again.", "North Atlantic Alliance"),
    ("The governor of the Bank of England spoke first.", "Bank of England"),
    ("A delegation from the Russian Foreign Ministry arrived late.", "Russian Foreign Ministry"),
  ])
  func joinsCapitalisedWordsIntoOrganisations(text: String, name: String) throws {
    let found = try #require(entity(name, in: extractor.entities(in: article(text))))
    #expect(found.kind == .organisation)
  }

  /// `Sen. Lindsey Graham` was the person `Sen Lindsey Graham` (and `Gen. Pinochet` the other
  /// name `Gen Pinochet`): an abbreviated title is a role like the word it shortens.
  @Test func abbreviatedTitlesAreRolesToo() throws {
    let text =
      "Sen. Lindsey Graham and Gov. Sean Parnell met Gen. Augusto Pinochet's lawyers and "
      + "Prof. Raj Reddy on Monday. Graham said little."
    let entities = extractor.entities(in: article(text))
    let graham = try #require(entity("Lindsey Graham", in: entities))
    #expect(graham.kind == .person)
    // The role is written as the text writes it, period and all, as the quote side does.
    #expect(graham.role == "Sen.")
    #expect(entity("Sean Parnell", in: entities)?.role == "Gov.")
    #expect(entity("Raj Reddy", in: entities)?.role == "Prof.")
    #expect(
      !entities.contains {
        ["Sen ", "Gov ", "Gen ", "Prof "].contains(where: $0.name.hasPrefix)
      }, "\(entities.map(\.name))")
  }

  /// A shortened title keeps its period in the role; a title written in full, or without a
  /// period, stays as written.
  @Test func aRoleOfShortenedTitlesKeepsTheirPeriods() throws {
    let text =
      "Lt. Gen. Ann Kerr met Governor Tom Lund and Sen Ada Brook in Leeds. Kerr said little."
    let entities = extractor.entities(in: article(text))
    #expect(entity("Ann Kerr", in: entities)?.role == "Gen.")
    #expect(entity("Tom Lund", in: entities)?.role == "Governor")
    #expect(entity("Ada Brook", in: entities)?.role == "Sen")
  }

  /// A transcript's labels in capitals were an organisation `PENCE` beside the person `Mike
  /// Pence`.
  @Test func capitalsSpellingAPersonsSurnameAreThatPerson() throws {
    let transcript = Article(
      title: "Fixture", language: "en",
      paragraphs: [
        "Gov. Mike Pence spoke to the host on Sunday.",
        "\"PENCE: She will not be there.", "\"PENCE: Well, look, I do.\"",
      ])
    let entities = extractor.entities(in: transcript)
    #expect(entity("Mike Pence", in: entities)?.kind == .person)
    #expect(entity("PENCE", in: entities) == nil, "\(entities.map(\.name))")
  }

  @Test func splitsTitlesOffAsRoles() throws {
    let text = "President Vladimir Putin met Foreign Minister Sergei Lavrov in the morning."
    let entities = extractor.entities(in: article(text))
    let putin = try #require(entity("Vladimir Putin", in: entities))
    #expect(putin.kind == .person)
    #expect(putin.role == "President")
    #expect(entity("Sergei Lavrov", in: entities)?.role == "Foreign Minister")
    #expect(!entities.contains { $0.name.contains("President") || $0.name.contains("Minister") })
  }

  @Test func mergesSurnamesAndPossessivesIntoTheFullName() throws {
    let text = """
      The assistant Yuri Ushakov told reporters about the call. Ushakov's remarks were short. \
      Later Ushakov said the date was fixed.
      """
    let entities = extractor.entities(in: article(text))
    let ushakov = try #require(entity("Yuri Ushakov", in: entities))
    #expect(ushakov.kind == .person)
    #expect(ushakov.mentions == 3)
    #expect(ushakov.aliases == ["Ushakov"])
    #expect(ushakov.spans.count == 3)
    #expect(entities.count == 1)
  }

  @Test func spansAreUnicodeScalarOffsets() throws {
    let text = "Café owners in Zürich welcomed Angela Merkel warmly."
    let body = article(text)
    let merkel = try #require(entity("Angela Merkel", in: extractor.entities(in: body)))
    let scalars = Array(body.text.unicodeScalars)
    let span = try #require(merkel.spans.first)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[span])
    #expect(String(view) == "Angela Merkel")
  }

  @Test func mergesAnAcronymWithTheWordsItStandsFor() throws {
    let text = "The North Atlantic Treaty Organization met in Brussels. NATO ministers agreed."
    let entities = extractor.entities(in: article(text))
    let nato = try #require(entity("North Atlantic Treaty Organization", in: entities))
    #expect(nato.aliases == ["NATO"])
    #expect(nato.kind == .organisation)
  }

  @Test(arguments: [
    ("Talks were held in Geneva last week.", "Geneva"),
    ("The envoy flew from Kyiv to Warsaw overnight.", "Warsaw"),
    ("Officials in Timor-Leste denied the report.", "Timor-Leste"),
    ("Both the Soviet Union and Russia were given assurances.", "Soviet Union"),
    ("The team played for Yugoslavia before the war.", "Yugoslavia"),
  ])
  func typesPlacesFromTheGazetteer(text: String, name: String) throws {
    let found = try #require(entity(name, in: extractor.entities(in: article(text))))
    #expect(found.kind == .place)
  }

  @Test func typesPeopleFromSpeechVerbsAndGivenNames() throws {
    let text = "Natasha Fain called it a great day. The plaintiff, said Deria, had waited long."
    let entities = extractor.entities(in: article(text))
    #expect(entity("Natasha Fain", in: entities)?.kind == .person)
    #expect(entity("Deria", in: entities)?.kind == .person)
  }

  @Test func ignoresCapitalsThatOnlyStartASentence() {
    let text = """
      Meanwhile the talks went on. Officials said the meeting was useful. Talks resume \
      tomorrow, officials said. Following the meeting, nothing changed.
      """
    let names = extractor.entities(in: article(text)).map(\.name)
    #expect(names.isEmpty, "found \(names)")
  }

  @Test func readsHeadlineCaseWithoutMakingNamesOfCommonWords() {
    let body = "Ministers said the budget would pass. The vote in Parliament is on Friday."
    let entities = extractor.entities(
      in: article(body, title: "Budget Vote Set For Friday In Parliament"))
    let names = entities.map(\.name)
    #expect(!names.contains { $0.contains("Budget") || $0.contains("Vote") })
    #expect(names.contains("Parliament"))
  }

  @Test func mergesRussianCaseForms() throws {
    let text =
      "Президент Владимир Путин прибыл в Москву. Путина встретили министры. Путину вручили письмо."
    let entities = extractor.entities(in: article(text, language: "ru"))
    let putin = try #require(entity("Владимир Путин", in: entities))
    #expect(putin.kind == .person)
    #expect(putin.role == "Президент")
    #expect(putin.mentions == 3)
  }

  @Test func keepsGermanNounsOutOfTheNames() throws {
    let text = """
      Die Bundeskanzlerin Angela Merkel traf in Berlin den Präsidenten Emmanuel Macron. Die \
      Verhandlungen über den Haushalt seien schwierig, sagte Merkel. Die Deutsche Bank meldete \
      Verluste.
      """
    let entities = extractor.entities(in: article(text, language: "de"))
    let names = Set(entities.map(\.name))
    #expect(names == ["Angela Merkel", "Berlin", "Emmanuel Macron", "Deutsche Bank"])
    #expect(entity("Angela Merkel", in: entities)?.role == "Bundeskanzlerin")
    #expect(entity("Deutsche Bank", in: entities)?.kind == .organisation)
  }

  @Test func germanNounsBeforeVonStayOutOfTheName() throws {
    let text = """
      Die Auftritte von Johanna Mikl-Leitner waren kurz. Ursula von der Leyen sprach länger. \
      Danach sagte Mikl-Leitner nichts mehr.
      """
    let names = extractor.entities(in: article(text, language: "de")).map(\.name)
    #expect(names.contains("Johanna Mikl-Leitner"), "\(names)")
    #expect(names.contains("Ursula von der Leyen"), "\(names)")
    #expect(!names.contains { $0.hasPrefix("Auftritte") }, "\(names)")
  }

  @Test func anOrganisationWordAloneJoinsTheOnlyOrganisationItEnds() throws {
    let text = """
      Manchester City lost to Manchester United at home. City had chances, but United scored \
      twice. The Soviet Union and the European Union were not involved, and the Union said so.
      """
    let entities = extractor.entities(in: article(text))
    #expect(entity("Manchester City", in: entities)?.aliases == ["City"])
    #expect(entity("Manchester United", in: entities)?.aliases == ["United"])
    #expect(entity("Soviet Union", in: entities)?.aliases == [])
    #expect(entity("European Union", in: entities)?.aliases == [])
  }

  @Test func theWordAfterOfNamesSomethingElse() throws {
    let text = """
      Dockers at the Port of Kingsport walked out. Traders in Kingsport said the Port of \
      Kingsport had been quiet, and Kingsport shops closed early.
      """
    let entities = extractor.entities(in: article(text))
    let port = try #require(entity("Port of Kingsport", in: entities))
    #expect(!port.aliases.contains("Kingsport"))
    #expect(entity("Kingsport", in: entities) != nil)
  }

  @Test func aPrepositionAloneDoesNotMakeAPlace() {
    let text = "The minister wrote to MPs on Monday. Officials in Fairfax said little."
    let entities = extractor.entities(in: article(text))
    #expect(entity("MPs", in: entities)?.kind != .place)
  }

  @Test func dottedAcronymsMergeWithTheUndottedFormAndAgencyCreditsAreNoTopics() throws {
    let text = """
      WASHINGTON (AP) - The U.S. and the UK agreed. US officials said U.S. troops stay, \
      Reuters reported.
      """
    let entities = extractor.entities(in: article(text))
    let us = try #require(entity("US", in: entities))
    #expect(us.kind == .place)
    #expect(us.mentions == 3)
    #expect(us.aliases == ["U.S."])
    #expect(!entities.contains { ["AP", "Reuters"].contains($0.name) })
  }

  @Test func aQuotedSpeakerIsAPersonAndMergesWithTheName() throws {
    let text = "Yuri Ushakov spoke to reporters. The meeting is being prepared, Ushakov noted."
    let entities = extractor.entities(in: article(text), speakers: ["Yuri Ushakov", "Jen Psaki"])
    #expect(entity("Yuri Ushakov", in: entities)?.kind == .person)
    let psaki = try #require(entity("Jen Psaki", in: entities))
    #expect(psaki.kind == .person)
    #expect(psaki.spans.isEmpty)
  }

  @Test(arguments: [
    "", " ", "\n\n", "'s", "U.S.", "A.", "’’’", "--- ... ???", "O'Brien's", "\u{301}\u{301}",
    "l'ISS d'", "Mr. Mr. Mr.", "ÅÄÖ ÉÈ", "🇺🇸 USA 🇷🇺", "\u{00AD}\u{200B}Word", "x.y.z.",
    String(repeating: "Big ", count: 500),
  ])
  func neverTrapsOnOddText(text: String) {
    let entities = extractor.entities(in: article(text, title: text))
    for entity in entities {
      #expect(!entity.name.isEmpty)
      #expect(entity.spans.allSatisfy { $0.upperBound <= text.unicodeScalars.count })
    }
  }
}
