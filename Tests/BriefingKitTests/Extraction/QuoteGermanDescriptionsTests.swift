import BriefingKit
import Testing

/// German descriptions of a person named before (an age, `die Kauffrau`, `der Landwirt`), and
/// subjects that open a sentence with a long apposition before the cue verb.
struct QuoteGermanDescriptionsTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var speaker: String?
    var testDescription: String { text }
  }

  @Test(
    arguments: [
      Case(
        text: "Gabriele Lenz, Sprecherin des Vereins, lobte Krause. „Wir lassen uns das nicht "
          + "gefallen“, meint die 52-jährige Rechtsanwaltsfachangestellte.",
        speaker: "Gabriele Lenz"),
      Case(
        text: "Hans Brodt kritisierte den Plan. „Das ist viel zu teuer“, sagte der 61-jährige "
          + "Landwirt.",
        speaker: "Hans Brodt"),
      Case(
        text: "Gabriele Lenz lobte Krause. „Wir lassen uns das nicht gefallen“, meint die "
          + "Kauffrau.",
        speaker: "Gabriele Lenz"),
      Case(
        text: "Hans Brodt kritisierte den Plan. „Das ist viel zu teuer“, sagte die 61-jährige "
          + "Landwirtin.",
        speaker: nil),
    ])
  func ageOrKindOfWorkDescribesThePersonNamedBefore(_ item: Case) throws {
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.first)
    #expect(quote.speaker == item.speaker)
  }

  @Test func ageReachesPastALongQuote() throws {
    let text =
      "Gabriele Lenz, Sprecherin des Vereins, lobte Krause. Man sei sich einig gewesen. „Wir "
      + "lassen uns das nicht gefallen. Der Sender hat Paul Krause eine Runde mit Leuten "
      + "zugemutet, die niemand kennt. Ich bin froh, dass er gegangen ist. Er verdient unseren "
      + "Respekt. Viele Bürger sehen das genauso wie wir, und die vielen Briefe zeigen das“, "
      + "meint die 52-jährige Rechtsanwaltsfachangestellte."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == "Gabriele Lenz")
  }

  @Test func surnameAndNounMakeNoNewPerson() throws {
    let text =
      "Der Rennfahrer Jonas Kreil war in Ulm. Danach wurde gegen Kreil Anzeige erstattet. "
      + "Der 23-jährige Sportler erklärte: „Ich habe mit niemandem gestritten.“"
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == "Jonas Kreil")
  }

  @Test func dottedNameInTheOpeningPhraseKeepsItsSubject() throws {
    let text =
      "In den letzten Jahren lebte Bernd Kahlert in Ulm.\n\nDer Vorsitzende der Gewerkschaft "
      + "ko.op, Nachfolgerin des Verbandes, Frank Wolter, würdigte Kahlert heute als „eine große "
      + "Persönlichkeit und einen großen Gewerkschafter“."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == "Frank Wolter")
  }

  @Test func roleInTheGenitiveIsNoPartOfTheName() throws {
    let text =
      "Nach Einschätzung des italienischen Ermittlers Paolo Renzi wächst die Gruppe. Die "
      + "Zusammenarbeit bleibe zurück, so Renzi. „In 20 Jahren werden sie in Oslo sein“, sagte er."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == "Paolo Renzi")
  }

  @Test func nounForAPersonAfterTheArticleIsTheRole() throws {
    let text = "Die Ärztin Mira Stein warnt: „Viele unterschätzen die Gefahr.“"
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == "Mira Stein")
    #expect(quote.role == "Ärztin")
  }

  @Test func bodyAfterTheArticleIsNoRole() throws {
    let text = "Der Fernsehsender Kanal Nord berichtete: „Es war wie ein Güterzug vor der Tür.“"
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.role == nil)
  }

  /// A noun for who someone is finds the person the text named before with it, though it is
  /// no known role: a title set before the name (`der Abt` after `Abt Gregor Mahr`), a nation
  /// (first the person the text called so), another noun for the same office (`der
  /// Ankläger` after `Staatsanwalt …`), a role after a hyphen (`der Austria-Coach`); and a
  /// role, name and verb in a headline are a clause, no role of the name after the verb.
  @Test(
    arguments: [
      Case(
        text: "Abt Gregor Mahr segnete die Pilger. Danach sprach Wirt Paul Ebner. „Gehet hin in "
          + "Frieden“, so der Abt.",
        speaker: "Gregor Mahr"),
      Case(
        text: "Pater Anselm segnete die Pilger in Mariazell. „Gehet hin in Frieden“, sagte der "
          + "Pater.",
        speaker: "Pater Anselm"),
      Case(
        text: "Der Ghanaer Kofi Mensah spielt seit Juli in Linz. Trainer Paul Öhler ist "
          + "zufrieden. „Wir sind bereit“, sagte der Ghanaer.",
        speaker: "Kofi Mensah"),
      Case(
        text: "Stürmer Kofi Mensah traf zweimal. „Wir sind bereit“, sagte der Ghanaer.",
        speaker: "Kofi Mensah"),
      Case(
        text: "Staatsanwalt Herbert Kaltner führte die Anklage aus. Demnach flossen die Gelder "
          + "nach Liechtenstein. „So flossen Millionen ins Ausland“, so der Ankläger.",
        speaker: "Herbert Kaltner"),
      Case(
        text: "Landeshauptmann Günther Moser will das Aus verhindern. Er werde den "
          + "Bundespräsidenten kontaktieren, erklärte Moser. „Ob das klug ist, weiß ich nicht“, "
          + "kritisierte der Landeschef.",
        speaker: "Günther Moser"),
      Case(
        text: "Paul Öhler ist zufrieden. Dass es im Angriff klappt, freut auch Öhler. „Wir haben "
          + "unsere Stärken“, sagte der Austria-Coach.",
        speaker: "Paul Öhler"),
      Case(
        text: "Bischof Kainz übergab Hans Moser den Orden.\n\nLinz – Bischof Anton Kainz dankte "
          + "Hans Moser für seine Hilfe. „Er ist ein Vorbild für alle in der Diözese“, so der "
          + "Bischof.",
        speaker: "Anton Kainz"),
    ])
  func aNounForWhoTheyAreFindsThePersonNamedBefore(_ item: Case) throws {
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.first)
    #expect(quote.speaker == item.speaker)
  }

  /// Phrases that are no person speak for no description: a noun in `-er` that is its own
  /// plural before another noun (`ließen die Forscher Versuchspersonen spielen`), and an
  /// adjective and noun after inflected words (`wegen einer fünften Gelben Karte, die er …`).
  @Test(
    arguments: [
      "In der Studie ließen die Forscher Versuchspersonen um Geld spielen. „Damit imitierten "
        + "wir den Klimawandel“, so die Forscher.",
      "Trainer Viktor Hallmann ist zufrieden. Nicht dabei war Kovacevic wegen einer fünften "
        + "Gelben Karte, die er sich absichtlich eingehandelt hatte. Dafür bekam er eine "
        + "Geldstrafe. Nun ist er wieder dabei. „Ich habe die Sache abgehakt“, sagte der "
        + "ÖFB-Teamspieler.",
    ])
  func aPhraseThatIsNoPersonSpeaksForNoDescription(_ text: String) throws {
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == nil)
  }
}
