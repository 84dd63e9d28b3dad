import BriefingKit
import Testing

/// German speaker shapes read in fresh Austrian news: a bare role noun before a name
/// (`Stürmer Okonkwo`) and a body's name in the genitive after a role (`der Chef der Gruppe
/// Nord-Allianz`).
struct QuoteGermanRolesTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var speaker: String?
    var role: String?
    var testDescription: String { text }
  }

  @Test(
    arguments: [
      Case(
        text: "„Der Knoten wird bald platzen“, sagte Stürmer Okonkwo nach dem Training.",
        speaker: "Okonkwo", role: "Stürmer"),
      Case(
        text: "Bahnchef Tomas Berglund warnt vor neuen Konkurrenten. „Wir dürfen das nicht "
          + "unterschätzen“, sagte Berglund am Montag.",
        speaker: "Tomas Berglund", role: "Bahnchef"),
      Case(
        text: "Weltmeister Arvid Lindqvist siegte klar. „Es ist eine große Erleichterung“, "
          + "sagte Lindqvist.",
        speaker: "Arvid Lindqvist", role: "Weltmeister"),
      Case(
        text: "„Wir haben gut gespielt“, sagte Geschäftsführer Brandtner nach dem Spiel.",
        speaker: "Brandtner", role: "Geschäftsführer"),
      Case(
        text: "„Das Turnier kommt zu früh“, meinte Club-Boss Ida Marn.",
        speaker: "Ida Marn", role: "Club-Boss"),
      Case(
        text: "Tochter Mia Lind kam mit. „Es geht wieder besser“, sagte sie am Dienstag.",
        speaker: "Mia Lind", role: "Tochter"),
      Case(
        text: "Spanier Rafa Lindo gewann klar. „Das war hart“, sagte Lindo.",
        speaker: "Rafa Lindo", role: "Spanier"),
      Case(
        text: "„Wir senden weiter“, sagte die Deutsche Welle am Montag.",
        speaker: "Deutsche Welle", role: nil),
      // Austrian given names end a role the lists do not know; Austrian offices are roles.
      Case(
        text: "„Die Preise sind im Keller“, so Fachverbandsobfrau Angelika Hollerer.",
        speaker: "Angelika Hollerer", role: "Fachverbandsobfrau"),
      Case(
        text: "„Wir bleiben dran“, sagte Gemeindekassier Sepp Wallner am Montag.",
        speaker: "Sepp Wallner", role: "Gemeindekassier"),
      Case(
        text: "Landeshauptmann Wallner eröffnete die Messe. Danach sprach Bürgermeisterin Eva "
          + "Stöger. „Wir investieren weiter“, sagte der Landeshauptmann.",
        speaker: "Wallner", role: "Landeshauptmann"),
      Case(
        text: "Ermittlerin Pohl kam mit Oberst Paul Rieder. „Die Spur führt nach Graz“, sagte "
          + "die Ermittlerin.",
        speaker: "Pohl", role: "Ermittlerin"),
    ])
  func bareRoleBeforeNameIsNoPartOfIt(_ item: Case) throws {
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.first)
    #expect(quote.speaker == item.speaker)
    #expect(quote.role == item.role)
  }

  @Test(
    arguments: [
      Case(
        text: "Die Familie Sänger zog nach Graz. „Die Halle war voll“, sagte Karl Sänger.",
        speaker: "Karl Sänger", role: nil),
      Case(
        text: "„Wir bleiben ruhig“, sagte Anna Huber am Abend.",
        speaker: "Anna Huber", role: nil),
    ])
  func surnamesAndGivenNamesStayNames(_ item: Case) throws {
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.first)
    #expect(quote.speaker == item.speaker)
    #expect(quote.role == item.role)
  }

  @Test(
    arguments: [
      Case(
        text: "„Die Lage ist ruhig“, sagte der Chef der Gruppe Nord-Allianz am Sonntag.",
        speaker: nil, role: "Chef"),
      Case(
        text: "„Die Lage ist ruhig“, sagte die Polizeichefin des Bezirks Varnau.",
        speaker: nil, role: "Polizeichefin"),
      Case(
        text: "„Die Lage ist ruhig“, sagte der Präsident der Kultusgemeinde Linz, Jakob Adler.",
        speaker: "Jakob Adler", role: nil),
      Case(
        text: "„Die Lage ist ruhig“, so der Leiter des Forums Stadtpark, Max Berner.",
        speaker: "Max Berner", role: nil),
      Case(
        text: "„Die Lage ist ruhig“, sagte der Sprecher der Bahn Jonas Keller.",
        speaker: "Jonas Keller", role: "Sprecher der Bahn"),
    ])
  func bodyNamedAfterRoleIsNoPerson(_ item: Case) throws {
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.first)
    #expect(quote.speaker == item.speaker)
    #expect(quote.role == item.role)
  }

  @Test func aPersonOutranksALongerPhraseEndingInTheName() throws {
    let text =
      "Der Oppositionsführer Pavel Dronow sprach lange. Ein Berater dementierte die Festnahme "
      + "von Dronow. „Er ist frei und gesund“, sagte Dronow am Abend."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == "Pavel Dronow")
    #expect(quote.role == "Oppositionsführer")
  }

  @Test func aPlaceNounBeforeANameMakesAPlace() throws {
    let text =
      "Wels/Linz – Gegen das Quartier hat ein Nachbar zu einer Demo aufgerufen. „Die Halle "
      + "bleibt für immer zu“, kritisierte der Initiator. Das Land Linz prüft den Fall."
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.speaker == nil)
  }

  @Test(arguments: [
    "Die Armee hat Komas Sohn Faure Lindo zum Nachfolger ernannt. Der Kommissionspräsident der "
      + "Afrikanischen Union nannte dies einen „Militärputsch“.",
    "Die Armee hat Faure Lindo zum Nachfolger ernannt. Er war Minister. Der "
      + "Kommissionspräsident der Afrikanischen Union nannte dies einen „Militärputsch“.",
  ])
  func aBodysNameIsNoDescriptionOfSomeoneBefore(_ text: String) throws {
    let quote = try #require(QuoteFixture(text, language: "de").quotes.first)
    #expect(quote.mention?.text == "der Afrikanischen Union")
    #expect(quote.speaker?.contains("Lindo") != true)
  }

  @Test(
    arguments: [
      Case(
        text: "Die Plattform Inside Airbnb zählt 500 Wohnungen in der Stadt. „Wir prüfen das "
          + "genau“, so der Ministeriumssprecher.",
        speaker: nil, role: nil),
      Case(
        text: "Der Bericht nennt Hunderte Polizisten im Einsatz. „Die Lage ist ruhig“, sagte der "
          + "Sprecher.",
        speaker: nil, role: nil),
      Case(
        text: "Tom Berg kam nach Wien. „Das ist meine Stadt“, sagte der Schauspieler.",
        speaker: "Tom Berg", role: nil),
    ])
  func aDescriptionGoesToNoPhraseOfUnknownGender(_ item: Case) throws {
    let quote = try #require(QuoteFixture(item.text, language: "de").quotes.first)
    #expect(quote.speaker == item.speaker)
  }
}
