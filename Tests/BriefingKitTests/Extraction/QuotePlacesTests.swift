import Testing

@testable import BriefingKit

/// The gazetteer's places as quote extraction reads them.
struct QuotePlacesTests {
  @Test func placesAreTheGazetteerNamesTrimmed() {
    var expected: Set<String> = []
    for list in [GazetteerData.countries, GazetteerData.cities, GazetteerData.regions] {
      for name in list.split(separator: "|") {
        expected.insert(name.drop { $0 == " " || $0 == "\n" }.reversedTrimmed)
      }
    }
    #expect(QuotePeople.places == expected)
    #expect(QuotePeople.places.contains("north korea"))
    #expect(!QuotePeople.places.contains(where: { $0.hasPrefix(" ") || $0.hasSuffix(" ") }))
  }
}

extension Substring {
  /// The text without the spaces and line breaks that end it.
  fileprivate var reversedTrimmed: String {
    var text = self
    while let last = text.last, last == " " || last == "\n" { text.removeLast() }
    return String(text)
  }
}
