import BriefingKit
import Testing

/// German sources away from the speech verb: documents after `heißt es`, the person a medium
/// quotes, `so` with a verb, subjects after fronted phrases, clauses and labels.
struct QuoteGermanSourcesTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var mention: String
    var testDescription: String { text }
  }

  @Test(
    arguments: [
      Case(
        text: "Die Halle bleibt zu. So heißt es in dem Schreiben wörtlich: „Der Zutritt ist "
          + "verboten.“",
        mention: "dem Schreiben"),
      Case(
        text: "Geehrt wird, wer „sich um die Stadt verdient gemacht hat“, heißt es auf der "
          + "Webseite des Vereins, der den Preis vergibt.",
        mention: "der Webseite des Vereins"),
      Case(
        text: "„Wer zu spät kommt, zahlt nach. Das gilt für alle“ heißt es dazu in einer "
          + "Mitteilung des Hafenamts.",
        mention: "einer Mitteilung des Hafenamts"),
      Case(
        text: "Die Kosten sollen „durch mehr Effizienz“ sinken, so heißt es in einer "
          + "gemeinsamen Erklärung des Betriebsrates.",
        mention: "einer gemeinsamen Erklärung des Betriebsrates"),
      Case(
        text: "In dem Bericht der Prüfer heißt es: „Die Kasse wurde sauber geführt.“",
        mention: "dem Bericht der Prüfer"),
    ])
  func documentsThatAQuoteIsTakenFrom(_ item: Case) throws {
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.first)
    #expect(quote.mention?.text == item.mention)
  }

  @Test(
    arguments: [
      Case(
        text: "Die Lokalzeitung zitiert einen Augenzeugen mit den Worten: „Das Boot kippte "
          + "einfach um.“",
        mention: "einen Augenzeugen"),
      Case(
        text: "„Sie war die beste Kapitänin des Hafens“, so beschrieb ihn der Lotse Jan "
          + "Hollerbeck.",
        mention: "der Lotse Jan Hollerbeck"),
      Case(
        text: "Die Miete liege „weit über dem Durchschnitt“, da die Preise stark gestiegen "
          + "seien, so der Mieterverein.",
        mention: "der Mieterverein"),
      Case(
        text: "Die Pläne des Senats für den Hafen bezeichnete er als „einen Angriff auf die "
          + "kleinen Fischer“.",
        mention: "er"),
    ])
  func speakerAwayFromTheCue(_ item: Case) throws {
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.first)
    #expect(quote.mention?.text == item.mention)
  }

  @Test(
    arguments: [
      Case(
        text: "Mit den Worten „Jetzt beginnt die Arbeit“, eröffnete Vogelsang die Sitzung.",
        mention: "Vogelsang"),
      Case(
        text: "Von einem „schweren Eingriff in die Rechte der Mieter“ spricht der Entwurf.",
        mention: "der Entwurf"),
      Case(
        text: "Da die Fähre ausfiel, habe Hollerbeck „die Sitzung noch verschoben“.",
        mention: "Hollerbeck"),
      Case(
        text: "So warnten Vertreter der Fischereiverbände vor einem „Ende der kleinen "
          + "Küstenfischerei“.",
        mention: "Vertreter der Fischereiverbände"),
      Case(
        text: "Ein Beamter der Hafenpolizei: „Hier kennt jeder die Schmuggler.“",
        mention: "Ein Beamter der Hafenpolizei"),
    ])
  func subjectsAfterFrontedWords(_ item: Case) throws {
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.first)
    #expect(quote.mention?.text == item.mention)
  }

  @Test func subjunctiveWithASpeechParticipleKeepsItsSubject() throws {
    let fixture = QuoteFixture(
      "Die Polizei prüft den Brief. Der 58-Jährige habe darin geschrieben, er wolle „nicht "
        + "mehr länger warten“.", language: "de")
    #expect(try #require(fixture.quotes.first).mention?.text == "Der 58-Jährige")
  }

  @Test func labelBeforeAColonIsNoSubject() throws {
    let fixture = QuoteFixture(
      [
        "Das Programm der Partei liegt vor.",
        "Verkehr: Die Partei Nordbund will mehr Fähren bauen. „Jede Insel braucht eine "
          + "Verbindung am Abend. Das ist unser Versprechen.“",
      ], language: "de")
    #expect(try #require(fixture.quotes.first).mention?.text == "Die Partei Nordbund")
  }

  @Test func soWithoutAVerbAfterItIsNoDocument() throws {
    let fixture = QuoteFixture(
      "„Wir bleiben bis zum Winter“, so Vogelsang am Montag.", language: "de")
    #expect(try #require(fixture.quotes.first).mention?.text == "Vogelsang")
  }

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
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.first)
    #expect(quote.mention?.text == item.mention)
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
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.first)
    #expect(quote.mention?.text == item.mention)
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

  @Test(
    arguments: [
      Case(
        text: "Die Zustimmung gilt als sicher. Kurt von Hollerbeck, Präsident der Hafenkammer, "
          + "begrüßte den Beschluss als „wichtigen Schritt für den Erhalt der Werften“.",
        mention: "Kurt von Hollerbeck"),
      Case(
        text: "„Ja, es gibt Zumutungen.“ Das musste Finanzsenator Tomas Berger zu Beginn der "
          + "Debatte einräumen.",
        mention: "Finanzsenator Tomas Berger"),
      Case(
        text: "Ida Vogelsang lebt am Hafen. Für die Kapitänin Ida Vogelsang sei der Rücktritt "
          + "„aus vielen Gründen verständlich“.",
        mention: "die Kapitänin Ida Vogelsang"),
      Case(
        text: "Höhnisch, wohl auf die Presse reagierend, veröffentlichte der Verfasser folgenden "
          + "Kommentar dazu: „Wer gestrichen werden möchte, hat jetzt die Chance.“",
        mention: "der Verfasser"),
    ])
  func speakersOutsideTheQuotesSentence(_ item: Case) throws {
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.first)
    #expect(quote.mention?.text == item.mention)
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

  @Test(
    arguments: [
      Case(
        text: "Der Bürgermeister reagierte gelassen: Mit den Worten „Jetzt wird im Rat über "
          + "alles gesprochen“, richtete er den Blick auf die Nachbarn.",
        mention: "er"),
      Case(
        text: "Verkehr: Die so genannte „Inselsteuer“: Die Partei Nordbund will hohe Fahrpreise "
          + "(„ab zwanzig Euro für eine einfache Fahrt“) stärker senken.",
        mention: "Die Partei Nordbund"),
    ])
  func sentencesThatStartAfterAColon(_ item: Case) throws {
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.last)
    #expect(quote.mention?.text == item.mention)
  }

  @Test(
    arguments: [
      Case(
        text: "„Die Lage ist ernst, aber beherrschbar“, zitiert Hafenblick den Minister.",
        mention: "den Minister"),
      Case(
        text: "„Das ist mehr als sonst bei solchen Festen“, zitiert hafen.example.org "
          + "Polizeisprecher Jan Hollerbeck.",
        mention: "Polizeisprecher Jan Hollerbeck"),
    ])
  func personQuotedByAMediumAfterTheQuote(_ item: Case) throws {
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.first)
    #expect(quote.mention?.text == item.mention)
  }

  @Test func reportedSpeechSkipsCuesInsideEarlierQuotes() throws {
    let fixture = QuoteFixture(
      "Ida Vogelsang lehnte ab. „Lieber sage ich nichts, als mich zwingen zu lassen“, so "
        + "Vogelsang wörtlich. Außerdem hätte der Sender Nordwelle „die Gelegenheit gegeben, "
        + "sich als Opfer zu zeigen“.", language: "de")
    #expect(fixture.quotes.map(\.speaker) == ["Ida Vogelsang", "Ida Vogelsang"])
  }

  @Test(
    arguments: [
      Case(
        text: "Im letzten Satz der Anordnung, die der Werft am 14. Dezember 2010 zugestellt "
          + "wurde, heißt es: „Die Werft darf darüber nicht sprechen.“",
        mention: "Satz der Anordnung"),
      Case(
        text: "Er war Kapitän auf der Nordwelle. „Guten Tag, ich bin schon wieder da“, mit diesen "
          + "Worten meldete er sich im Hafen zurück.",
        mention: "er"),
      Case(
        text: "Ida Vogelsang und Jan Hollerbeck stritten. Wie die Zeitung berichtete, soll "
          + "Vogelsang zu Hollerbeck gesagt haben: „Das ist alles eine Frechheit.“",
        mention: "Vogelsang"),
      Case(
        text: "Nach Informationen der Lokalzeitung will die Stadt „den Hafen bis zum Winter "
          + "schließen“.",
        mention: "der Lokalzeitung"),
    ])
  func germanDatesModalsAndSourcesOfInformation(_ item: Case) throws {
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.first)
    #expect(quote.mention?.text == item.mention)
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

  @Test(
    arguments: [
      Case(
        text: "Nach der Fahrt lenkte er am 20. Juli die Fähre „Möwe“ an die Mole und meldete "
          + "sich mit den Worten: „Hafen, hier ist die Möwe, wir sind da.“",
        mention: "er"),
      Case(
        text: "Derzeit steht deshalb in dem Gesetzentwurf für ein neues Hafengesetz noch der "
          + "Passus: „Die Liegeplätze sind jedes Jahr neu zu vergeben.“",
        mention: "dem Gesetzentwurf"),
    ])
  func coordinatedVerbsAndTextsThatSayThings(_ item: Case) throws {
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.last)
    #expect(quote.mention?.text == item.mention)
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

  @Test func darinPointsBackAtTheTextNamedBefore() throws {
    let fixture = QuoteFixture(
      "Das Hafenamt gab am Dienstag eine Stellungnahme ab. Darin steht unter anderem: „Wir "
        + "hätten die Mole früher sperren müssen.“", language: "de")
    #expect(try #require(fixture.quotes.first).mention?.text == "eine Stellungnahme")
  }

  @Test func aLoneArticleIsNoSpeaker() throws {
    let fixture = QuoteFixture(
      "Im Vorfeld haben Anhänger der Gruppe mit der Parole „Wir erwarten euch am Hafen“ "
        + "Wände bemalt.", language: "de")
    #expect(try #require(fixture.quotes.first).mention?.text != "der")
  }
}
