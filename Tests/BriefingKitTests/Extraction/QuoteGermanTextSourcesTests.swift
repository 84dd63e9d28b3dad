import BriefingKit
import Testing

/// A German sentence that opens with `Nach` and a text (`Nach einem Bericht der Zeitung`)
/// quotes that text and its author, not the subject it goes on to speak about; so does a text
/// a relative clause of `heißt` hangs on (`das Papier, in dem es heißt: „…“`).
struct QuoteGermanTextSourcesTests {
  @Test func reportAndItsAuthorAreTheSource() throws {
    let text = "Nach einem Bericht der Zeitung hat die Firma „massive Probleme mit der Technik“."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.mention?.text == "einem Bericht der Zeitung")
    #expect(quote.speaker == "Zeitung")
  }

  @Test func lawIsTheSourceAndNoPerson() throws {
    let text = "Nach dem Gesetz muss die Firma „alle Daten der Kunden sofort löschen“."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.mention?.text == "dem Gesetz")
    #expect(quote.speaker == nil)
  }

  @Test(
    arguments: [
      (
        "Der Minister kritisierte das Papier der Kommission, in dem es unter anderem heißt: "
          + "„Die Ausgaben müssen sinken und die Steuern auch.“", "das Papier der Kommission"
      ),
      (
        "Bernd Vogel sprach in Ulm. Er griff damit die Linie der Zeitungen auf, in denen es "
          + "zu dem Streit auch heißt, dass der Plan ein „Angriff auf die Mieter und ihre "
          + "Familien“ sei.", "die Linie der Zeitungen"
      ),
    ])
  func textTheRelativeClauseHangsOnIsTheSource(text: String, mention: String) throws {
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.mention?.text == mention)
    #expect(quote.speaker != "Bernd Vogel")
  }

  /// `das heißt` means "that is" and `heißt` alone names something: neither reports words, so
  /// a short quote beside them is no statement of the phrase before the verb.
  @Test(
    arguments: [
      "Am Ende blieben „erhebliche Bedenken“ gegen den Plan des Ministers, das heißt gegen "
        + "die neue Steuer.",
      "Der neue Roman der Autorin heißt „Stille Tage“ und erscheint im Mai.",
    ])
  func heissenWithoutImpersonalEsReportsNoWords(text: String) {
    let quotes = QuoteFixture(text, language: "de").quotes
    #expect(quotes.allSatisfy { $0.cue != "heißt" }, "\(quotes)")
    #expect(quotes.allSatisfy { $0.speaker == nil }, "\(quotes)")
  }

  @Test func esFarBackInTheClauseStillMakesHiessACue() throws {
    let text =
      "Wie es aus den Kreisen der Regierung der Stadt dazu ergänzend hieß, gebe es noch "
      + "„Spielraum für weitere Gespräche“."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.cue == "hieß")
  }

  @Test func heisstEsStillQuotesTheDocument() throws {
    let text = "„Die Lage bleibt angespannt“, heißt es in der Mitteilung der Polizei."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.cue == "heißt")
    #expect(quote.mention?.text.contains("Mitteilung") == true)
  }

  @Test func studyAfterLautStaysTheSourceInsideAReportedSentence() throws {
    let text =
      "Wie die Süddeutsche Zeitung berichtete, soll sich laut der Studie nur jeder zweite "
      + "Student „bessere Bedingungen im Studium“ erhoffen."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.mention?.text == "der Studie")
  }

  @Test(
    arguments: [
      (
        "Die Wiener Stadtwerke gelten als teuer und wurden gestern im „Kurier“ als „eine "
          + "Behörde innerhalb einer noch größeren Behörde“ bezeichnet.", "„Kurier“"
      ),
      (
        "Die Wiener Stadtwerke wurden gestern als „eine Behörde innerhalb einer noch größeren "
          + "Behörde“ bezeichnet.", nil
      ),
    ] as [(String, String?)])
  func passiveNamingIsSaidByTheMediumNotTheSubject(text: String, mention: String?) throws {
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.mention?.text == mention)
    #expect(quote.speaker != "Wiener Stadtwerke")
  }

  @Test func codeThatHoldsTheWordsBeforeTheColonIsTheSource() throws {
    let text =
      "Petra Vogt hatte erklärt: „Ich habe das nicht gewusst und bedaure es sehr.“\n\nDie "
      + "Staatsanwaltschaft prüft, welche Straftaten erfüllt sind. So enthält das "
      + "Strafgesetzbuch in Paragraf 12 unter der Überschrift Betrug folgende Sätze: „Wer "
      + "andere täuscht, wird bestraft. Der Versuch ist strafbar.“"
    let quote = try #require(QuoteFixture(text, language: "de").quotes.last)
    #expect(quote.mention?.text == "das Strafgesetzbuch")
    #expect(quote.speaker == nil)
  }

  @Test func numberedArticleIsNoSource() throws {
    let text = "Nach dem Artikel 5 der Satzung muss der Verein „alle Mitglieder rechtzeitig laden“."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.cue != "Nach")
  }
}
