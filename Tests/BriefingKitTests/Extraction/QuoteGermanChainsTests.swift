import BriefingKit
import Testing

/// German reported speech over several sentences: a chain of subjunctive sentences goes back
/// to the one who spoke, and `Das sagte …` after a sentence takes up the quote inside it.
/// Where nothing names a speaker, the quote keeps none.
struct QuoteGermanChainsTests {
  typealias Case = GermanMentionCase

  @Test(
    arguments: [
      Case(
        text: "Karl Huber verteidigte den Plan. Die Firma werde die Krise überstehen. Die "
          + "Aufträge seien „genug für zwei volle Jahre“.",
        mention: "Karl Huber"),
      Case(
        text: "Der Minister Karl Huber wies auf die Risiken hin. Dazu gehöre die Ortung von "
          + "Telefonen. Solche Daten seien „besonders heikel für alle Bürger“.",
        mention: "Der Minister Karl Huber"),
      Case(
        text: "Das Gericht verteidigte sein Urteil am Freitag. Die Kritik treffe die falschen "
          + "Leute. Zudem bleibe „ein Schaden für das Ansehen der Justiz“.",
        mention: "Das Gericht"),
      Case(
        text: "Karl Huber verteidigte den Plan. Er sei überzeugt, dass die Firma die Krise "
          + "überstehe. „Wir haben genug Aufträge für zwei Jahre.“",
        mention: "Karl Huber"),
    ])
  func subjunctiveChainGoesBackToTheSpeaker(_ item: Case) throws {
    try item.check()
  }

  @Test(
    arguments: [
      Case(
        text: "Die Regierung werde „alles tun, um den Opfern zu helfen“. Das sagte Ministerin "
          + "Anna Vogt am Montag in Berlin.",
        mention: "Ministerin Anna Vogt"),
      Case(
        text: "Die Regierung werde „alles tun, um den Opfern zu helfen“. Dies teilte das "
          + "Ministerium am Montag mit.",
        mention: "das Ministerium"),
      Case(
        text: "„Wir finden den Täter.“ Diese Worte wählte Polizeichef Karl Huber mit Bedacht.",
        mention: "Polizeichef Karl Huber"),
      Case(
        text: "„Wir finden den Täter.“ Dieser Satz stammt von Polizeichef Karl Huber.",
        mention: "Polizeichef Karl Huber"),
      Case(
        text: "Die Regierung werde „alles tun, um zu helfen“, und die Opfer würden „rasch und "
          + "ohne Umstände entschädigt“. Das kündigte Ministerin Anna Vogt am Montag an.",
        mention: "Ministerin Anna Vogt"),
    ])
  func resumingSentenceNamesTheSpeaker(_ item: Case) throws {
    try item.check(last: true)
  }

  @Test(
    arguments: [
      "Die Firma steckt in der Krise. Die Aufträge reichen für zwei Jahre. „Wir haben genug "
        + "Arbeit für alle.“",
      "Karl Huber leitet die Firma. Die Aufträge reichen für zwei Jahre. „Wir haben genug "
        + "Arbeit für alle.“",
      "Der Plan scheiterte im Mai. Die Kosten seien „viel zu hoch gewesen für alle“.",
      "Die Regierung werde „alles tun, um zu helfen“. Das ist die Meinung vieler Bürger.",
    ])
  func noSpeakerWithoutReportedSpeechOrCue(_ text: String) throws {
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.mention == nil)
    #expect(quote.speaker == nil)
  }

  @Test func quoteOpeningAParagraphBeforeTheWritersWords() throws {
    let text =
      "Bürgermeisterin Anna Vogt zog am Montag eine positive Bilanz des Jahres.\n\n„Wir haben "
      + "viel erreicht. Die Schulden sind gesunken.“ Für das kommende Jahr plane die Stadt "
      + "weitere Investitionen."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == "Anna Vogt")
  }

  @Test func personBeforeDassAfterAnotherClause() throws {
    let text =
      "Die Stadt übernimmt im Juli den Vorsitz, Bürgermeisterin Anna Vogt fürchtet, dass die "
      + "Kosten „jeden vernünftigen Rahmen der Planung sprengen“ werden."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.mention?.text == "Bürgermeisterin Anna Vogt")
  }

  @Test func cueInTheQuotesOwnSentenceWins() throws {
    let text =
      "Karl Huber sagte, die Regierung werde „alles tun, um zu helfen“. Das bestätigte auch "
      + "Anna Vogt."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == "Karl Huber")
  }
}
