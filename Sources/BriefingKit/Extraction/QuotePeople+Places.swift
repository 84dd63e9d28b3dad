/// Places among the capitalised runs (`New Hampshire`, `North Korea`, `Columbus`): they may
/// speak as a body (`Russia insisted`), but a `he` or `she` never refers to them.
extension QuotePeople {
  /// Lower-cased country, city and region names of ``GazetteerData``.
  static let places: Set<String> = {
    var places: Set<String> = []
    for list in [GazetteerData.countries, GazetteerData.cities, GazetteerData.regions] {
      for name in list.split(separator: "|") {
        let trimmed = name.drop { $0 == " " || $0 == "\n" }.reversed().drop {
          $0 == " " || $0 == "\n"
        }
        places.insert(String(trimmed.reversed()))
      }
    }
    return places
  }()

  /// True when the name at `range` is a place the gazetteer knows.
  func isPlace(_ range: Range<Int>) -> Bool {
    Self.places.contains(text(range).lowercased())
  }
}
