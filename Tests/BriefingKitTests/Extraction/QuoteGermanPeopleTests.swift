import BriefingKit
import Testing

/// German speakers as people: given names split a role from a name and give a gender, a
/// party tag or an apposition does not hide the subject, and descriptions (`der Sprecher`)
/// resolve to the person introduced with that role.
struct QuoteGermanPeopleTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var speaker: String?
    var role: String?
    var testDescription: String { text }
  }

  @Test(
    arguments: [
      Case(
        text: "Der Kämmerer Jürgen Albers hob hervor: „Wir werden den Haushalt nicht kürzen.“",
        speaker: "Jürgen Albers", role: "Kämmerer"),
      Case(
        text: "Finanzminister Jürgen Albers (SPD) zeigte sich zufrieden: „Das ist ein guter Tag.“",
        speaker: "Jürgen Albers", role: "Finanzminister"),
      Case(
        text: "„Die Mieten steigen schneller als die Löhne“, sagte die Vorsitzende des "
          + "Mieterbundes, Sabine Krämer, am Dienstag.",
        speaker: "Sabine Krämer", role: nil),
      Case(
        text: "Die Vorsitzende des Mieterbundes, Sabine Krämer, sagte: „Die Mieten steigen "
          + "schneller als die Löhne.“",
        speaker: "Sabine Krämer", role: "Vorsitzende des Mieterbundes"),
    ])
  func nameApartFromRoleTagAndApposition(_ item: Case) throws {
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.first)
    #expect(quote.speaker == item.speaker)
    #expect(quote.role == item.role)
  }

  @Test(
    arguments: [
      Case(
        text: "Der Sprecher der Polizei, Klaus Wendt, bestätigte den Einsatz. „Es gab zwei "
          + "Festnahmen“, sagte der Sprecher.",
        speaker: "Klaus Wendt", role: "Sprecher der Polizei"),
      Case(
        text: "Bürgermeisterin Petra Hansen rief zur Ruhe auf. „Wir müssen jetzt "
          + "zusammenhalten“, sagte die Politikerin.",
        speaker: "Petra Hansen", role: "Bürgermeisterin"),
      Case(
        text: "Anna Vogt leitet das Amt. „Wir prüfen alle Hinweise sehr genau“, sagte die "
          + "Amtsleiterin der Zeitung.",
        speaker: "Anna Vogt", role: "Amtsleiterin"),
      Case(
        text: "Der Trainer Hans Berger lobte die Mannschaft. „Das war ein großer Abend“, sagte "
          + "der Komponist.",
        speaker: nil, role: nil),
      Case(
        text: "Das Gericht lehnte den Antrag ab. „Die Lage im Land ist ernst“, sagte der "
          + "Präsident.",
        speaker: nil, role: nil),
      Case(
        text: "Der Trainer Hans Berger lobte die Mannschaft. „Das war ein großer Abend“, sagte "
          + "die Politikerin.",
        speaker: nil, role: nil),
      Case(
        text: "Mieterbund-Chefin Sabine Krämer kritisierte den Senat. Die Vorsitzende sagte: „Die "
          + "Mieten steigen schneller als die Löhne.“",
        speaker: "Sabine Krämer", role: "Mieterbund-Chefin"),
      Case(
        text: "Verdi-Chef Frank Wernau lobte die Einigung. „Das ist ein guter Abschluss“, sagte "
          + "der Gewerkschaftsvorsitzende.",
        speaker: "Frank Wernau", role: "Verdi-Chef"),
      Case(
        text: "Der Trainer Hans Berger lobte die Mannschaft. „Das war ein großer Abend“, sagte "
          + "der Vereinschef.",
        speaker: nil, role: nil),
    ])
  func descriptionsResolveToThePersonWithThatRole(_ item: Case) throws {
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.first)
    #expect(quote.speaker == item.speaker)
    #expect(quote.role == item.role)
  }

  @Test(
    arguments: [
      ("sie", "Anna Schmidt"), ("er", "Hans Berger"),
    ])
  func givenNamesTellHerFromHim(pronoun: String, speaker: String) throws {
    let text =
      "Anna Schmidt leitet die Behörde. Hans Berger ist ihr Stellvertreter. „Wir sind sehr "
      + "zufrieden“, sagte \(pronoun)."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == speaker)
  }

  @Test(
    arguments: [
      ("„Der Haushalt ist solide“, so Barth.", "Barth"),
      ("„Der Haushalt ist solide“, sagte Köhler am Montag.", "Köhler"),
      ("Die Experten zweifeln. „Der Haushalt ist nicht solide“, sagten Experten.", nil),
      ("„Der Haushalt ist solide“, sagte Berlin am Montag.", nil),
    ] as [(String, String?)])
  func loneNameBesideACueIsTheSpeaker(text: String, speaker: String?) throws {
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == speaker)
  }

  @Test func pronounsSkipNounPhrasesThatLookLikeNames() throws {
    let text =
      "Bundespräsident Horst Köhler löste den Bundestag auf. Angesichts der schwierigen Lage "
      + "Deutschlands sei das nötig. „Ich habe mich so entschieden“, sagte er."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == "Horst Köhler")
    #expect(quote.role == "Bundespräsident")
  }
}
