import BriefingKit
import Testing

/// German sources away from the speech verb: documents after `heißt es`, the person a medium
/// quotes, `so` with a verb, subjects after fronted phrases, clauses and labels.
struct QuoteGermanSourcesTests {
  typealias Case = GermanMentionCase

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
    try item.check()
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
    try item.check()
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
    try item.check()
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
    try item.check()
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
    try item.check(last: true)
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
    try item.check()
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
    try item.check()
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
    try item.check(last: true)
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
