import BriefingKit
import Testing

/// German word order and speakers: the verb after a quote, fronted phrases, organisations
/// and documents as sources.
struct QuoteGermanTests {
  typealias Case = GermanMentionCase

  @Test(
    arguments: [
      Case(
        text: "„Ein Freispruch war unvermeidlich“, begründet das Landgericht sein Urteil.",
        mention: "das Landgericht"),
      Case(
        text: "„Wir hätten früher handeln müssen“, räumte Vogelsang später ein.",
        mention: "Vogelsang"),
      Case(
        text: "„Die Lage bleibt angespannt“, schreibt die „Ostseewelle“ am Montag.",
        mention: "die „Ostseewelle“"),
      Case(
        text: "„Alle Zufahrten bleiben gesperrt“, heißt es in einer Mitteilung der Polizei.",
        mention: "einer Mitteilung der Polizei"),
      Case(
        text: "„Das wird das größte Fest des Jahres“, zitiert die „Ostseewelle“ Hollerbeck.",
        mention: "Hollerbeck"),
      Case(
        text: "„Ich bin sehr zufrieden mit dem Ergebnis“, erinnerte sich die Trainerin.",
        mention: "die Trainerin"),
    ])
  func subjectAfterTheVerbThatFollowsTheQuote(_ item: Case) throws {
    try item.check()
  }

  @Test(
    arguments: [
      Case(
        text: "In ihrer Antwort resümiert Vogelsang: „Das Ergebnis ist gut für alle.“",
        mention: "Vogelsang"),
      Case(
        text: "Zur Lage im Hafen äußert sich der Hafenmeister: „Wir warten auf das Wetter.“",
        mention: "der Hafenmeister"),
      Case(
        text: "Die Feuerwehr bekräftigt auch, „die Brücke ist nicht mehr sicher“.",
        mention: "Die Feuerwehr"),
      Case(
        text: "Das Amtsgericht machte klar, dass „eine Wiederholung nicht geduldet wird“.",
        mention: "Das Amtsgericht"),
      Case(
        text: "Der neue Stadtsprecher versuchte zu beruhigen: „Die Schule bleibt geöffnet.“",
        mention: "Der neue Stadtsprecher"),
    ])
  func subjectOfTheSentenceHoldingTheQuote(_ item: Case) throws {
    try item.check()
  }

  @Test(
    arguments: [
      ("„Alle Zufahrten bleiben gesperrt“, heißt es in einer Mitteilung der Polizei.", "Polizei"),
      ("Das Landgericht machte klar, dass „eine Wiederholung nicht geduldet wird“.", "Landgericht"),
    ])
  func bodiesThatSpeakAreSpeakers(text: String, speaker: String) throws {
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == speaker)
  }

  @Test(
    arguments: [
      (
        "„Bitte verschieben Sie Ihre Reise“, sagte eine Sprecherin der Deutschen Bahn.",
        "Deutsche Bahn"
      ),
      (
        "„Die Zinsen bleiben“, teilte ein Sprecher der Europäischen Zentralbank mit.",
        "Europäische Zentralbank"
      ),
      // A plural or genitive noun leaves the name as written.
      (
        "„Der Hafen bleibt zu“, sagte ein Sprecher der Ostfriesischen Inseln.",
        "Ostfriesischen Inseln"
      ),
    ])
  func aBodyQuotedThroughAnObliqueCaseIsNamedInTheNominative(text: String, speaker: String)
    throws
  {
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == speaker)
  }

  @Test func soAfterACommaFollowingAPartialQuote() throws {
    let fixture = QuoteFixture(
      "Die Stadt müsse „die Gebühren deutlich senken“ und sparen, so Vogelsang.", language: "de")
    let quote = try #require(fixture.quotes.first)
    #expect(quote.mention?.text == "Vogelsang")
    #expect(quote.cue == "so")
  }

  @Test func objectBeforeTheVerbIsNoSpeaker() throws {
    let fixture = QuoteFixture(
      "Den Plan der Stadt lobte der Bürgermeister Jan Hollerbeck: „Das ist ein guter Tag.“",
      language: "de")
    let quote = try #require(fixture.quotes.first)
    #expect(quote.speaker == "Jan Hollerbeck")
  }

  @Test(
    arguments: [
      Case(
        text: "Das sei kein Zufall, so Vogelsang weiter: „Die Zahlen sprechen für sich.“",
        mention: "Vogelsang"),
      Case(
        text: "Hollerbeck begründete seinen Rückzug mit den Worten: „Ich bin jetzt zu müde.“",
        mention: "Hollerbeck"),
      Case(
        text: "Ida Vogelsang kam. Vogelsang hatte die Rolle der Kommunen betont: "
          + "„Die Städte tragen die Last.“",
        mention: "Vogelsang"),
    ])
  func speakerOfTheCueBeforeTheQuote(_ item: Case) throws {
    try item.check()
  }

  @Test(
    arguments: [
      Case(
        text: "Das Angebot der Stadt lehnt er jedoch ab: „Wir brauchen kein neues Stadion.“",
        mention: "er"),
      Case(
        text: "Jan Hollerbeck kam spät. Jede Schuld an dem Unfall weist Hollerbeck von sich: "
          + "„Ich habe alle Vorschriften beachtet.“",
        mention: "Hollerbeck"),
      Case(
        text: "Der Leiter des Hafenamts, Jan Hollerbeck, kritisierte die Entscheidung scharf: "
          + "„Das kostet uns den ganzen Sommer.“",
        mention: "Jan Hollerbeck"),
      Case(
        text: "Ida und Jan Hollerbeck teilten daraufhin mit: „Wir sind sehr erleichtert.“",
        mention: "Ida und Jan Hollerbeck"),
      Case(
        text: "Dieser Arzt, Tomas Berger, schilderte seinen Eindruck, „dass es zu spät war“.",
        mention: "Tomas Berger"),
      Case(
        text: "Zu den Gefahren des Eises warnte die Sprecherin der Stadt: „Bleiben Sie am Ufer.“",
        mention: "die Sprecherin der Stadt"),
    ])
  func theSubjectSpeaksNotTheObject(_ item: Case) throws {
    try item.check()
  }

  @Test func reportedSpeechGoesOnWithTheSubjectBefore() throws {
    let fixture = QuoteFixture(
      "Die Ministerin Ida Vogelsang lehnte den Plan ab. Der Plan sei „teuer und ohne Nutzen“.",
      language: "de")
    #expect(try #require(fixture.quotes.first).speaker == "Ida Vogelsang")
  }

  @Test func cueThatIntroducesTheNextQuoteIsNotTaken() {
    let fixture = QuoteFixture(
      [
        "Die Firma hält die Kritik für falsch: „Wir lagern die Ware nur für kurze Zeit.“"
          + " Der Geschäftsführer fragte: „Was spricht denn dagegen?“"
      ], language: "de")
    #expect(fixture.quotes.map { $0.mention?.text } == ["Die Firma", "Der Geschäftsführer"])
  }

  @Test func namingVerbReachesOverTheObject() throws {
    let fixture = QuoteFixture(
      "Der Abgeordnete Jan Hollerbeck nannte den Bericht eine „Zeitungsente“.", language: "de")
    let quote = try #require(fixture.quotes.first)
    #expect(quote.text == "Zeitungsente")
    #expect(quote.cue == "nannte")
    #expect(quote.speaker == "Jan Hollerbeck")
  }

  @Test func quotedNamesAreNotQuotesEvenNearACue() {
    let fixture = QuoteFixture(
      "Der Verlag stellte gestern die neue Beilage „Nordsee Rundschau Kompakt“ vor.",
      language: "de")
    #expect(fixture.quotes.isEmpty)
  }

  @Test func quotedNameAfterANounIsNoQuote() {
    let fixture = QuoteFixture(
      "Wie ein Sprecher des Magazins „Hafenblick Nord“ sagte, fällt die Sitzung aus.",
      language: "de")
    #expect(fixture.quotes.isEmpty)
  }

  @Test func wordsAnnouncedByASpeechNounStayAQuote() {
    let fixture = QuoteFixture(
      "Vogelsang eröffnete die Sitzung mit den Worten „Jetzt beginnt die Arbeit“.",
      language: "de")
    #expect(fixture.quotes.map(\.text) == ["Jetzt beginnt die Arbeit"])
  }

  @Test func capitalisedWordsAfterAColonStayAQuote() {
    let fixture = QuoteFixture("Der Kapitän rief: „Alle Mann an Deck“", language: "de")
    #expect(fixture.quotes.map(\.text) == ["Alle Mann an Deck"])
  }

  @Test func aSpokeswomansRoleEndsBeforeTheBodySheSpeaksFor() throws {
    let paragraph =
      "„Bitte verschieben Sie Ihre Reise“, sagte eine Sprecherin der Nordischen Bahn in Kiel."
    let fixture = QuoteFixture([paragraph], language: "de", title: "Bahn")
    let quote = try #require(fixture.quotes.first)
    #expect(quote.role == "Sprecherin")
    #expect(quote.speaker == "Nordische Bahn")
  }

  @Test func englishTextIsNotReadWithGermanWordOrder() {
    let fixture = QuoteFixture("“The bridge is closed for the winter,” reads the notice.")
    #expect(fixture.quotes.first?.mention == nil || fixture.quotes.first?.cue == "reads")
  }
}
