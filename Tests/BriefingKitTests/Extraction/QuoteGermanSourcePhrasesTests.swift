import BriefingKit
import Testing

/// German sources named in ways the attributor used to miss: a text described by a participle
/// (`in einer am Freitag verbreiteten Erklärung`), a medium whose name stands in quotation
/// marks before the verb (`Der „Kurier“ schreibt`), the source phrase of the quote's own clause
/// when a second one follows, plural and present-tense speech verbs, the subject of a `dass`
/// clause whose participle reports the words, and `und fügt hinzu:` after a quote.
struct QuoteGermanSourcePhrasesTests {
  typealias Case = GermanMentionCase

  @Test(
    arguments: [
      Case(
        text: "„Wir ziehen vor Gericht“, heißt es in einer am Freitag verbreiteten Erklärung "
          + "des Verbands.",
        mention: "einer am Freitag verbreiteten Erklärung des Verbands"),
      Case(
        text: "„Wir ziehen vor Gericht“, heißt es in einer gestern veröffentlichten Mitteilung.",
        mention: "einer gestern veröffentlichten Mitteilung"),
    ])
  func textDescribedByAParticipleIsTheSource(_ item: Case) throws {
    try item.check()
  }

  @Test(
    arguments: [
      Case(
        text: "Der „Kurier“ schreibt, die Brücke sei „seit Jahren marode“.",
        mention: "Der „Kurier“"),
      Case(
        text: "Die Zeitung „Neue Presse“ berichtete, der Bau habe „viel zu lange gedauert“.",
        mention: "Die Zeitung „Neue Presse“"),
    ])
  func mediumNamedInMarksBeforeTheVerbIsTheSource(_ item: Case) throws {
    try item.check(last: true)
  }

  @Test func mediumInTheDativeIsNotTheSource() throws {
    let text = "Dem „Kurier“ sagte die Bürgermeisterin, die Brücke sei „seit Jahren marode“."
    try Case(text: text, mention: "die Bürgermeisterin").check(last: true)
  }

  @Test(
    arguments: [
      Case(
        text: "Nach Angaben der Feuerwehr war der Brand „schnell unter Kontrolle“, nach Angaben "
          + "von Anwohnern aber erst am Abend.",
        mention: "der Feuerwehr"),
      Case(
        text: "Der Brand war „schnell unter Kontrolle“, nach Angaben der Feuerwehr.",
        mention: "der Feuerwehr"),
    ])
  func sourcePhraseOfTheQuotesOwnClauseWins(_ item: Case) throws {
    try item.check()
  }

  @Test(
    arguments: [
      Case(
        text: "Die Grünen bekräftigten ihre Haltung: „Wir stimmen dem Plan nicht zu.“",
        mention: "Die Grünen"),
      Case(
        text: "Die Lehrer äußerten Bedenken und warfen der Ministerin unter anderem „Wortbruch“ "
          + "vor.",
        mention: "Die Lehrer"),
    ])
  func pluralSpeechVerbsCueTheirSubject(_ item: Case) throws {
    try item.check()
  }

  @Test func objectOfAFrontedPrepositionIsNoSubject() throws {
    let text = "In einem Brief an die Bürger schreibt der Landrat: „Das ist ein schwarzer Tag.“"
    try Case(text: text, mention: "der Landrat").check()
  }

  @Test(
    arguments: [
      (
        "Aus Regierungskreisen verlautete, man sei „zuversichtlich“.", "verlautete",
        "Regierungskreisen"
      ),
      (
        "Die Ministerin wies die Kritik zurück: „Das ist völlig falsch.“", "wies",
        "Die Ministerin"
      ),
      (
        "Die Zeitung berichtet, dass ein Lehrer den Minister gefragt habe, ob er „noch "
          + "Vertrauen“ habe.", "gefragt", "ein Lehrer"
      ),
    ])
  func speechVerbsAndTheirSubjects(text: String, cue: String, mention: String) throws {
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.cue == cue)
    #expect(quote.mention?.text == mention)
  }

  @Test(
    arguments: [
      Case(
        text: "Die Polizei berichtete zunächst von einer „friedlichen“ Stimmung, ein interner "
          + "Bericht beschreibt die Lage nun anders.",
        mention: "Die Polizei"),
      Case(
        text: "Der Bürgermeister kritisiert eine „einseitige“ Reportage – der Sender weist die "
          + "Vorwürfe zurück.",
        mention: "Der Bürgermeister"),
    ])
  func laterClauseWithItsOwnSubjectIsNoAttribution(_ item: Case) throws {
    try item.check()
  }

  @Test func subjectOfADassClauseAskedTheQuestion() throws {
    let text =
      "Die Lehrerin Jana Roth hat den Vorfall gemeldet. Die Zeitung berichtet, dass Roth den "
      + "Schüler gefragt habe, ob er „wirklich allein“ gewesen sei."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.mention?.text == "Roth")
    #expect(quote.speaker == "Jana Roth")
  }

  @Test(
    arguments: [
      Case(
        text: "Scharfe Kritik kam auch von Grünen-Chefin Anna Lang: „Das ist ein Skandal.“",
        mention: "Grünen-Chefin Anna Lang"),
      Case(
        text: "Scharfe Kritik kam von der Opposition: „Das ist ein Skandal.“",
        mention: "der Opposition"),
    ])
  func theOneAReactionComesFromSpeaks(_ item: Case) throws {
    try item.check()
  }

  @Test func undFuegtHinzuOpensASecondQuoteOfTheSameSpeaker() throws {
    let text =
      "Die Forscherin Eva Brandt erklärt es so: „Es gibt zwei Sorten von Eis“, und fügt hinzu: "
      + "„Die saubere kommt von oben.“"
    let quotes = QuoteFixture(text, language: "de").quotes
    try #require(quotes.count == 2)
    #expect(quotes.map(\.speaker) == ["Eva Brandt", "Eva Brandt"])
    #expect(quotes[1].cue == "fügt")
  }
}
