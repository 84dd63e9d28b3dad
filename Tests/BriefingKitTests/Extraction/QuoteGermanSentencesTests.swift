import BriefingKit
import Testing

/// German sentences whose speaker is not where the cue's word order puts it: a subject longer
/// than the look-back, a statement of a person, a colon sentence naming one person, a verb
/// after `und`, a phrase opening the sentence, a passive that names something, subordinate
/// and relative clauses, and bodies described by their noun.
struct QuoteGermanSentencesTests {
  /// The speaker of the quote a fixture's paragraphs hold, and its mention.
  private func speaker(_ paragraphs: [String]) throws -> (String?, String?) {
    let quote = try #require(QuoteFixture(paragraphs, language: "de").quotes.first)
    return (quote.speaker, quote.mention?.text)
  }

  @Test func subjectOfASentenceLongerThanTheLookBack() throws {
    let (name, mention) = try speaker([
      "Der Stadtrat Karl Möbius, der seit 2005 für die Liste im Rat sitzt und dort den "
        + "Ausschuss für Finanzen leitet, der sich in den vergangenen Wochen lange mit dem "
        + "Haushalt der Stadt und den geplanten Kürzungen befasst hatte, sagte am Abend: „Das "
        + "ist ein schwarzer Tag für die Stadt.“"
    ])
    #expect(name == "Karl Möbius")
    #expect(mention == "Der Stadtrat Karl Möbius")
  }

  @Test(
    arguments: [
      "Das Fazit von Rita Senger: „Der Umbau hat sich gelohnt.“",
      "In einer Erklärung von Rita Senger heißt es: „Der Umbau hat sich gelohnt.“",
      "„Der Umbau hat sich gelohnt“, hieß es aus dem Umfeld von Rita Senger.",
    ])
  func statementOfAPersonGoesToThatPerson(_ text: String) throws {
    let (name, mention) = try speaker([text])
    #expect(name == "Rita Senger")
    #expect(mention?.hasSuffix("von Rita Senger") == true)
  }

  @Test(
    arguments: [
      "Noch deutlicher wurde die Stadträtin Jana Wirtz: „So geht es nicht weiter.“",
      "Ganz anders sieht das Jana Wirtz: „So geht es nicht weiter.“",
      "Jana Wirtz kam spät. Deutlicher wurde sie am Abend: „So geht es nicht weiter.“",
    ])
  func colonSentenceNamingOnePerson(_ text: String) throws {
    let (name, _) = try speaker([text])
    #expect(name == "Jana Wirtz")
  }

  @Test func colonSentenceNamingTwoPeopleGivesNoSpeaker() throws {
    let (name, _) = try speaker([
      "Ganz anders als Jana Wirtz sieht das Tom Reiser: „So geht es nicht weiter.“"
    ])
    #expect(name != "Jana Wirtz")
  }

  @Test func verbAfterUndSharesTheSubjectBeforeTheQuote() throws {
    let (name, mention) = try speaker([
      "Die Stadträtin Jana Wirtz nannte den Plan „eine Zumutung für jede Familie“ und forderte "
        + "den Bürgermeister zum Rücktritt auf."
    ])
    #expect(name == "Jana Wirtz")
    #expect(mention == "Die Stadträtin Jana Wirtz")
  }

  @Test(
    arguments: [
      "Am Rande der Sitzung warnte die Gewerkschaft: „Ab Montag wird gestreikt.“",
      "Nach der langen Sitzung veröffentlichte die Gewerkschaft eine Erklärung: „Ab Montag "
        + "wird gestreikt.“",
    ])
  func phraseOpeningTheSentenceHidesNoSpeaker(_ text: String) throws {
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.mention?.text == "die Gewerkschaft")
  }

  @Test(
    arguments: [
      (
        "Die Bilder von Jana Wirtz werden von Kritikern als „Wunder an Licht und Farbe“ "
          + "bezeichnet.", "Kritikern"
      ),
      (
        "Jana Wirtz malt seit Jahren. Sie wurde von der Zeitung als „eine der größten "
          + "Malerinnen des Landes“ gefeiert.", "der Zeitung"
      ),
    ])
  func passiveNamingGoesToTheAgent(_ item: (String, String)) throws {
    let quote = try #require(QuoteFixture(item.0, language: "de").quotes.first)
    #expect(quote.mention?.text == item.1)
  }

  @Test func quoteInAnOpeningSubordinateClause() throws {
    let (name, _) = try speaker([
      "Während Jana Wirtz erklärte, der Plan sei „teuer und überflüssig“, räumte Tom Reiser "
        + "Fehler ein."
    ])
    #expect(name == "Jana Wirtz")
  }

  @Test func bodyDescribedByItsNounIsTheCompoundNamedBefore() throws {
    let (name, _) = try speaker([
      "Die Landtagsfraktion der Partei tagte am Montag. Die Fraktion nannte den Plan "
        + "„teuer und überflüssig“."
    ])
    #expect(name == "Landtagsfraktion")
  }

  @Test func phraseOpeningInLowerCaseIsNoTitle() {
    let quotes = QuoteFixture(
      "Die Fraktion nehme die Entscheidung „mit Bedauern zur Kenntnis“, hieß es.", language: "de"
    ).quotes
    #expect(quotes.map(\.text) == ["mit Bedauern zur Kenntnis"])
  }

  @Test(
    arguments: [
      (
        "Die Elternvertretung der Schule reagierte scharf, indem sie den Stadtrat aufforderte: "
          + "„Jetzt muss gehandelt werden.“", "sie"
      ),
      (
        "Der Verband reagierte scharf, indem er den Stadtrat aufforderte: „Jetzt muss gehandelt "
          + "werden.“", "Der Verband"
      ),
    ])
  func pronounOfAClauseEndingAtTheColon(_ item: (String, String)) throws {
    let quote = try #require(QuoteFixture(item.0, language: "de").quotes.first)
    #expect(quote.mention?.text == item.1)
  }

  @Test func relativeClauseGoesToItsAntecedent() throws {
    let (name, _) = try speaker([
      "Die Ministerin traf den Gewerkschaftschef Karl Huber, der „harte und lange "
        + "Verhandlungen“ ankündigte."
    ])
    #expect(name == "Karl Huber")
  }

  @Test func articleAfterACommaOpensNoRelativeClause() throws {
    let (name, _) = try speaker([
      "Die Stadträtin Jana Wirtz ließ verlauten, die Klinik sei „eine Zumutung für alle "
        + "Patienten“."
    ])
    #expect(name == "Jana Wirtz")
  }

  @Test func relativePronounBeforeTheCueResolvesToTheName() throws {
    let (name, mention) = try speaker([
      "Die Ministerin traf den Gewerkschaftschef Karl Huber, der sagte: „Wir werden hart "
        + "verhandeln.“"
    ])
    #expect(name == "Karl Huber")
    #expect(mention == "der")
  }
}
