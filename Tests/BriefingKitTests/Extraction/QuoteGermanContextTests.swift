import BriefingKit
import Testing

/// German quotes whose speaker stands outside the quote's sentence: a name in parentheses,
/// a colon after a dash or an opening adverb, a colon that ends the paragraph before, the
/// sentence after a quote that stands alone, reported speech running into a new paragraph, and
/// quoted phrases that open with a lower-case article.
struct QuoteGermanContextTests {
  /// The speaker of the quote a fixture's paragraphs hold, and its mention.
  private func speaker(_ paragraphs: [String]) throws -> (String?, String?) {
    let quote = try #require(QuoteFixture(paragraphs, language: "de").quotes.first)
    return (quote.speaker, quote.mention?.text)
  }

  @Test func nameInParenthesesAfterTheQuote() throws {
    let (name, mention) = try speaker([
      "Der Wahlkampf wurde rau geführt. „Wir lassen uns von niemandem einschüchtern.“ "
        + "(Margit Hollerbach)"
    ])
    #expect(name == "Margit Hollerbach")
    #expect(mention == "Margit Hollerbach")
  }

  @Test func headlineColonAfterADash() throws {
    let (name, _) = try speaker([
      "Stadtrat vertagt die Entscheidung – Rainer Sölch: „Wir brauchen mehr Zeit für die "
        + "Prüfung.“"
    ])
    #expect(name == "Rainer Sölch")
  }

  @Test func nameAfterAPrepositionBeforeTheColonIsNoSpeaker() throws {
    let (name, mention) = try speaker([
      "Die Staatsanwaltschaft prüft den Fall. So enthält das Strafgesetzbuch unter der "
        + "Überschrift Betrug folgende Regeln: „Wer andere täuscht, wird mit Geldstrafe bestraft.“"
    ])
    #expect(name == nil)
    #expect(mention != "Überschrift Betrug")
  }

  @Test func colonAfterAnOpeningAdverb() throws {
    let (name, mention) = try speaker([
      "Die Fähre fällt bis Freitag aus. Dazu der Kapitän Ole Brandt: „Bei diesem Sturm "
        + "legt kein Schiff ab.“"
    ])
    #expect(name == "Ole Brandt")
    #expect(mention == "der Kapitän Ole Brandt")
  }

  @Test func colonEndingTheParagraphBefore() throws {
    let (name, _) = try speaker([
      "Beim Empfang im Rathaus zog die Vorsitzende Hanna Kreil eine gemischte Bilanz:",
      "„Wir haben viel erreicht, aber die Kassen bleiben leer.“",
    ])
    #expect(name == "Hanna Kreil")
  }

  @Test func sentenceAfterAQuoteStandingAlone() throws {
    let (name, _) = try speaker([
      "„Der Tunnel wird pünktlich fertig.“ Der Bauleiter Emil Sander ist trotz der Verzögerungen "
        + "zuversichtlich."
    ])
    #expect(name == "Emil Sander")
  }

  @Test func sentenceAfterTheQuoteMustNameAPerson() throws {
    let (name, _) = try speaker([
      "„Der Tunnel wird pünktlich fertig.“ Die Ankündigung von Sander Bau hat viele "
        + "überrascht."
    ])
    #expect(name == nil)
  }

  @Test func reportedSpeechOpeningTheNextParagraph() throws {
    let (name, _) = try speaker([
      "Die Landrätin Ilse Markgraf lehnte die neuen Pläne für die Deponie ab.",
      "Diese seien „ein Rückschritt für die ganze Region“.",
    ])
    #expect(name == "Ilse Markgraf")
  }

  @Test func frontedPhraseIsNoSubject() throws {
    let (name, _) = try speaker([
      "Gegenüber dem Sender zeigte sich der Trainer Paul Wendler enttäuscht: „Wir haben das "
        + "Spiel verschenkt.“"
    ])
    #expect(name == "Paul Wendler")
  }

  @Test(
    arguments: [
      "Der Verbandschef Tom Reiser sprach von „einer Zumutung für jeden Pendler“.",
      "Für den Verbandschef Tom Reiser ist das „eine Zumutung für jeden Pendler“.",
      "Der Verbandschef Tom Reiser kritisierte „die Pläne des Senats für die Pendler“ scharf.",
    ])
  func phraseOpeningWithAnArticleIsNoName(_ text: String) throws {
    let quotes = QuoteFixture(text, language: "de").quotes
    #expect(quotes.count == 1)
    #expect(quotes.first?.text.first?.isLowercase == true)
  }

  @Test func quotedNameAfterAnArticleStaysAName() {
    let quotes = QuoteFixture(
      "Der Verbandschef sagte der „Märkischen Allgemeinen Zeitung“ nichts.", language: "de"
    ).quotes
    #expect(quotes.isEmpty)
  }

  @Test(
    arguments: [
      "Lukas Ferber kam am Dienstag nach Graz. „Ich fühle mich hier zu Hause“, sagte der "
        + "Schauspieler.",
      "Lukas Ferber kam am Dienstag nach Graz. Der Schauspieler sagte: „Ich fühle mich hier zu "
        + "Hause.“",
      "Teamchef Lukas Ferber kam am Dienstag nach Graz. „Ich fühle mich hier zu Hause“, so der "
        + "Franzose.",
    ])
  func descriptionGoesToThePersonNamedBefore(_ text: String) throws {
    let (name, _) = try speaker([text])
    #expect(name == "Lukas Ferber")
  }

  @Test(
    arguments: [
      "Lukas Ferber kam am Dienstag nach Graz. „Ich fühle mich hier zu Hause“, sagte die "
        + "Schauspielerin.",
      "Bürgermeister Lukas Ferber begrüßte die Gäste. „Ich fühle mich hier zu Hause“, sagte "
        + "der Schauspieler.",
    ])
  func descriptionThatFitsNoOneStaysUnresolved(_ text: String) throws {
    let (name, _) = try speaker([text])
    #expect(name == nil)
  }

  @Test func descriptionEndingTheParagraphBefore() throws {
    let (name, mention) = try speaker([
      "Lukas Ferber kam am Dienstag nach Graz. Der Schauspieler zeigte sich gerührt.",
      "„Ich fühle mich hier zu Hause. Hier habe ich meine erste Rolle gespielt.“",
    ])
    #expect(name == "Lukas Ferber")
    #expect(mention == "Der Schauspieler")
  }

  @Test(
    arguments: [
      "In der Sendung „Nachtcafé“ sagte die Ärztin Anna Lenz: „Wir arbeiten längst am Limit.“",
      "Im „Abendblatt“ sagte die Ärztin Anna Lenz: „Wir arbeiten längst am Limit.“",
    ])
  func titleBeforeTheCueStaysOutOfTheQuote(_ text: String) {
    let quotes = QuoteFixture(text, language: "de").quotes
    #expect(quotes.map(\.text) == ["Wir arbeiten längst am Limit."])
    #expect(quotes.first?.speaker == "Anna Lenz")
  }

  @Test func interruptedQuoteStaysOneQuote() {
    let quotes = QuoteFixture(
      "„Wir arbeiten“, sagte die Ärztin Anna Lenz, „längst am Limit.“", language: "de"
    ).quotes
    #expect(quotes.count == 1)
    #expect(quotes.first?.speaker == "Anna Lenz")
  }

  @Test func speechGoesOnPastAParagraphNamingNoOne() {
    let quotes = QuoteFixture(
      [
        "Der Förster Jakob Imhof sprach am Morgen über den Zustand des Waldes.",
        "„Die Fichten sterben uns unter den Händen weg.“",
        "Der Wald ist 400 Hektar groß.",
        "„Wir pflanzen jetzt Eichen und Buchen.“",
      ], language: "de"
    ).quotes
    #expect(quotes.map(\.speaker) == ["Jakob Imhof", "Jakob Imhof"])
  }

  @Test(
    arguments: [
      "Jakob Imhof ist seit 1998 Förster im Tal. Der Wald ist 400 Hektar groß.",
      "Jakob Imhof sagte, der Wald sei krank. Er sei 400 Hektar groß.",
    ])
  func quoteOpeningAParagraphGoesToThePersonBefore(_ before: String) throws {
    let (name, _) = try speaker([before, "„Die Fichten sterben uns unter den Händen weg.“"])
    #expect(name == "Jakob Imhof")
  }

  @Test func paragraphNamingTwoPeopleGivesNoSpeaker() throws {
    let (name, _) = try speaker([
      "Jakob Imhof und Lena Brandt führten durch den Wald. Der Wald ist 400 Hektar groß.",
      "„Die Fichten sterben uns unter den Händen weg.“",
    ])
    #expect(name == nil)
  }
}
