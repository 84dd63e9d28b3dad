import Testing

@testable import BriefingKit

/// The countries a nationality word can stand for (`a Russian diplomat` beside `Russia's
/// envoy`), looked up by the places' first four characters: the same forms as reading every
/// place of the gazetteer.
struct QuoteCountryFormsTests {
  /// The forms by the rule itself, over every place.
  static func formsReadingEveryPlace(of nationality: String) -> Set<String> {
    var forms: Set<String> = [nationality]
    for country in QuotePeople.places where country.count >= 4 && !country.contains(" ") {
      if nationality.hasPrefix(String(country.prefix(4))), country.first == nationality.first,
        nationality.count - country.count <= 3
      {
        forms.insert(country)
      }
    }
    return forms
  }

  /// Words without listed aliases, so their forms are the places alone.
  @Test(arguments: [
    "russian", "chinese", "norwegian", "swedish", "thai", "kiwi", "indian", "ukrainian",
    "argentine", "japanese", "iraqi", "austrian", "it", "", "zzzz",
  ])
  func formsAreThoseOfEveryPlaceThatFits(nationality: String) {
    let forms = QuoteSpeakerResolver.countryForms(of: nationality)
    #expect(Set(forms) == Self.formsReadingEveryPlace(of: nationality))
  }

  @Test func aNationalityFindsItsCountry() {
    #expect(QuoteSpeakerResolver.countryForms(of: "russian").contains("russia"))
    #expect(QuoteSpeakerResolver.countryForms(of: "norwegian").contains("norway"))
    #expect(QuoteSpeakerResolver.countryForms(of: "american").contains("us"))
  }
}
