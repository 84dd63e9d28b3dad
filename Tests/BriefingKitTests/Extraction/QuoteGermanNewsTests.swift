import BriefingKit
import Testing

/// German speech verbs, ordinals and sentence openings that news writes around its quotes.
struct QuoteGermanNewsTests {
  @Test(
    arguments: [
      GermanMentionCase(
        text: "Der Verein verlor. Eigentlich wollte der 51-Jährige schweigen – ergänzte dann "
          + "aber: „Ich mache weiter.“",
        mention: "der 51-Jährige"),
      GermanMentionCase(
        text: "Der Verein verlor. Natürlich betonte die Trainerin danach: „Wir bleiben ruhig.“",
        mention: "die Trainerin"),
      GermanMentionCase(
        text: "Der Verein verlor. Als Trainer der Gäste wackelt Jens Härtel: „Mir macht die "
          + "Arbeit Spaß.“",
        mention: "Jens Härtel"),
      GermanMentionCase(
        text: "Der Verein verlor. Als Kapitän der Mannschaft ärgerte sich Paul Brandt: „Das "
          + "war zu wenig.“",
        mention: "Paul Brandt"),
    ])
  func subjectFollowsTheVerbAfterAnAdverbial(_ item: GermanMentionCase) throws {
    try item.check()
  }

  @Test func surnameThatLooksLikeAnAdverbStaysTheSubject() throws {
    let text = "Die Sitzung begann spät. Anna Fröhlich kam dazu. Fröhlich sagte: „Wir sind bereit.“"
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == "Anna Fröhlich")
  }

  @Test(
    arguments: [
      GermanMentionCase(
        text: "„Die Pläne sind unausgegoren“, monierte Jonas Keller.", mention: "Jonas Keller"),
      GermanMentionCase(
        text: "„Der Zeitplan hält“, erläuterte die Ministerin am Montag.",
        mention: "die Ministerin"),
      GermanMentionCase(
        text: "„Wir haben noch Luft nach oben“, scherzte Karl Berger.", mention: "Karl Berger"),
      GermanMentionCase(
        text: "„Das ist reine Schikane“, wetterte der Verbandschef.", mention: "der Verbandschef"),
    ])
  func speechVerbsOfComplaintAndMood(_ item: GermanMentionCase) throws {
    try item.check()
  }

  @Test(
    arguments: [
      GermanMentionCase(
        text: "Trainerin Lena Vogt über den 1. Heimsieg: „Das war ein gutes Spiel.“",
        mention: "Trainerin Lena Vogt"),
      GermanMentionCase(
        text: "Nach dem 3. Versuch sagte Paul Brandt: „Jetzt reicht es.“", mention: "Paul Brandt"),
    ])
  func ordinalAfterAnArticleEndsNoSentence(_ item: GermanMentionCase) throws {
    try item.check()
  }

  @Test func numberedNounEndsTheSubject() throws {
    let text =
      "Der Verein verlor. Zuvor wollte der 51-Jährige die Debatte beenden – "
      + "ergänzte dann aber: „Ich mache weiter.“"
    try GermanMentionCase(text: text, mention: "der 51-Jährige").check()
  }

  @Test func resumingSentenceInTheNextParagraphNamesTheSpeaker() throws {
    let text =
      "Die Ermittlungen dauern an. „Wie viele Verdächtige es gibt, ist offen.“\n\n"
      + "Das teilte Staatsanwalt Frank Moser auf Nachfrage mit."
    try GermanMentionCase(text: text, mention: "Staatsanwalt Frank Moser").check()
  }

  @Test(
    arguments: [
      GermanMentionCase(
        text: "Die Hilfe läuft an. Mitarbeiter des Hilfswerks aus Wien berichteten, die Lage "
          + "sei „dramatisch und völlig unübersichtlich“.",
        mention: "Mitarbeiter des Hilfswerks aus Wien"),
      GermanMentionCase(
        text: "Die Luftwaffe meldete Abschüsse. Vertreter der Regierung in Berlin erklärten, man "
          + "werde „alles genau prüfen“.",
        mention: "Vertreter der Regierung in Berlin"),
    ])
  func placeBeforeTheVerbBelongsToTheSubject(_ item: GermanMentionCase) throws {
    try item.check()
  }

  @Test(
    arguments: [
      "Die Debatte lief. Anna Gruber kritisierte den Plan. Dieser zeige „völlige "
        + "Ahnungslosigkeit der Regierung“.",
      "Die Debatte lief. Anna Gruber kritisierte den Plan. Damit lasse man „die Familien "
        + "völlig im Stich“.",
    ])
  func subjunctiveInSecondPlaceGoesOnReporting(_ text: String) throws {
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == "Anna Gruber")
  }
}
