import BriefingKit
import Testing

/// German clauses around a quote: verb-second and verb-final order, subordinate and
/// infinitive clauses, reported speech in the subjunctive, dates and shorthand with dots.
struct QuoteGermanClausesTests {
  typealias Case = GermanMentionCase

  @Test(
    arguments: [
      Case(
        text: "Angesichts solcher Kosten nannte Jan Hollerbeck, Leiter des Hafenamts, den "
          + "Neubau „teuer wie ein zweiter Hafen“.",
        mention: "Jan Hollerbeck"),
      Case(
        text: "Das Angebot der Stadt, die Fähre kostenlos zu betreiben, lehnt er jedoch ab: "
          + "„Das kann sich keine Gemeinde leisten.“",
        mention: "er"),
      Case(
        text: "Ida Vogelsang schweigt. Sie wisse, dass ihre Zahlen „nicht frei von Fehlern "
          + "und manchmal ungenau“ seien, hatte Vogelsang damals gesagt.",
        mention: "Vogelsang"),
      Case(
        text: "Die Richterin sprach ein mildes Urteil, zumal Verteidiger Tomas Berger immer "
          + "wieder betont hatte, sein Mandant sei „kein Risiko für andere Leute“.",
        mention: "Verteidiger Tomas Berger"),
    ])
  func subjectsOfClausesInGermanOrder(_ item: Case) throws {
    try item.check()
  }

  @Test func subjectAfterAnInfinitiveClauseNotTheThingInIt() throws {
    let fixture = QuoteFixture(
      "Um die Zeit dafür zu gewinnen, will Vogelsang die Fahrpläne kürzen. „Nicht jede "
        + "Verbindung am Abend ist für die Insel notwendig.“", language: "de")
    #expect(try #require(fixture.quotes.first).mention?.text == "Vogelsang")
  }

  @Test(
    arguments: [
      Case(
        text: "Gelobt wurde die Wahl von vielen, etwa vom Leiter des Hafens, Jan Hollerbeck („Mir "
          + "fällt niemand ein, der es mehr verdient hätte.“), und der Bürgermeister Tomas "
          + "Berger: „Die Wahl kommt nicht zu früh.“",
        mention: "Jan Hollerbeck"),
      Case(
        text: "Ida Vogelsang lebt am Hafen. Die 84-jährige Vogelsang, die als Kritikerin der "
          + "Stadt gilt, hofft aber, „dass der Senat nicht mehr eingreift.“",
        mention: "Die 84-jährige Vogelsang"),
      Case(
        text: "„Alle Anzeichen deuten auf einen Unfall hin“, hieß es vom Sprecher des Hafenamts "
          + "Jan Hollerbeck.",
        mention: "Sprecher des Hafenamts Jan Hollerbeck"),
      Case(
        text: "In seiner Antwort lobte der Bürgermeister Tomas Berger den Plan und nannte den "
          + "Entwurf „mutig, klug und bezahlbar“.",
        mention: "der Bürgermeister Tomas Berger"),
    ])
  func speakersNamedInListsAndClauses(_ item: Case) throws {
    try item.check()
  }

  @Test func lastPersonOfAListBeforeAColonSpeaks() throws {
    let fixture = QuoteFixture(
      "Gelobt wurde die Wahl von vielen, etwa von Ida Vogelsang, und der Bürgermeister Tomas "
        + "Berger: „Die Wahl kommt nicht zu früh.“", language: "de")
    #expect(try #require(fixture.quotes.first).speaker == "Tomas Berger")
  }

  @Test func dativeObjectAfterANameIsNotPartOfTheSpeaker() throws {
    let fixture = QuoteFixture(
      "„Ich halte die Gebühren für richtig“, sagte die Ministerin Ida Vogelsang der Zeitung.",
      language: "de")
    let quote = try #require(fixture.quotes.first)
    #expect(quote.mention?.text == "die Ministerin Ida Vogelsang")
    #expect(quote.speaker == "Ida Vogelsang")
  }

  @Test func reportedSpeechGoesOnWithTheLastSpeakerNotItsSubject() {
    let fixture = QuoteFixture(
      "„Ich halte die Gebühren für richtig“, äußerte sich die Ministerin Ida Vogelsang. Die "
        + "Beiträge stärkten die Hochschulen. Die Studie zeige in Wahrheit, „dass die Gebühren "
        + "kaum vom Studium abschrecken“.", language: "de")
    #expect(fixture.quotes.map(\.speaker) == ["Ida Vogelsang", "Ida Vogelsang"])
    #expect(fixture.quotes.map(\.text).last == "dass die Gebühren kaum vom Studium abschrecken")
  }

  @Test func nameBetweenCommasAfterTheOpeningDescriptionSpeaks() throws {
    let fixture = QuoteFixture(
      [
        "Jan Hollerbeck lebte zurückgezogen am Hafen.",
        "Der Vorsitzende der Gewerkschaft, Nachfolgerin der alten Kasse, Frank Berger, würdigte "
          + "Hollerbeck heute als „eine bedeutende Persönlichkeit und einen großen Kapitän“.",
      ], language: "de")
    #expect(try #require(fixture.quotes.first).speaker == "Frank Berger")
  }

  @Test func quoteOpeningASentenceGoesOnWithTheLastSpeakerOfItsParagraph() throws {
    let fixture = QuoteFixture(
      "Der Hafen bleibt offen, erklärte die Leiterin Ida Vogelsang am Montag. Die Fähren "
        + "fahren weiter nach Plan. „Niemand muss sich Sorgen um den Winter machen.“",
      language: "de")
    #expect(try #require(fixture.quotes.first).speaker == "Ida Vogelsang")
  }

  @Test func reportedSpeechSkipsCuesInsideEarlierQuotes() throws {
    let fixture = QuoteFixture(
      "Ida Vogelsang lehnte ab. „Lieber sage ich nichts, als mich zwingen zu lassen“, so "
        + "Vogelsang wörtlich. Außerdem hätte der Sender Nordwelle „die Gelegenheit gegeben, "
        + "sich als Opfer zu zeigen“.", language: "de")
    #expect(fixture.quotes.map(\.speaker) == ["Ida Vogelsang", "Ida Vogelsang"])
  }

  @Test func germanShorthandEndsNoSentence() throws {
    let fixture = QuoteFixture(
      "Die Trainerin Ida Vogelsang kaufte am 3. Spieltag z. B. neue Boote für 5 Mio. Euro und "
        + "erklärte: „Wir wollen wieder oben mitspielen.“", language: "de")
    #expect(try #require(fixture.quotes.first).mention?.text == "Die Trainerin Ida Vogelsang")
  }

  @Test func soAndAPersonSpeakForTheRestOfTheSentence() {
    let fixture = QuoteFixture(
      "„In absehbarer Zeit“, so Werftchef Jan Hollerbeck, wird die Werft „auch ein Boot "
        + "bauen, das genau auf die Insel zugeschnitten ist“.", language: "de")
    #expect(
      fixture.quotes.map(\.mention?.text) == [
        "Werftchef Jan Hollerbeck", "Werftchef Jan Hollerbeck",
      ])
  }

  @Test func adverbBeforeTheVerbLeavesTheSubjectAfterIt() throws {
    let fixture = QuoteFixture(
      "Jan Hollerbeck hatte das bekannt gegeben. Ursprünglich wollte er „ein Konzept mit "
        + "sechs bis acht Liegeplätzen vorlegen“, am Ende waren es zwölf.", language: "de")
    let quote = try #require(fixture.quotes.first)
    #expect(quote.mention?.text == "er")
    #expect(quote.speaker == "Jan Hollerbeck")
  }

  @Test func soLetztereNamesTheLatterNotAnEarlierSpeaker() throws {
    let fixture = QuoteFixture(
      "Tomas Berger und Ida Vogelsang standen am Käfig. „Die Tiere leiden jeden Tag in diesen "
        + "engen Käfigen.“, so letztere.", language: "de")
    #expect(try #require(fixture.quotes.first).mention?.text == "letztere")
  }
}
