/// Places among the capitalised runs (`New Hampshire`, `North Korea`, `Columbus`): they may
/// speak as a body (`Russia insisted`), but a `he` or `she` never refers to them.
extension QuotePeople {
  /// Lower-cased country, city and region names of ``GazetteerData``.
  static let places: Set<String> = {
    var places: Set<String> = []
    for list in [GazetteerData.countries, GazetteerData.cities, GazetteerData.regions] {
      // Trimmed as scalars: walking the characters of each name backwards, twice, cost 40
      // million instructions, as much as extracting the quotes of 150 articles.
      for name in list.unicodeScalars.split(separator: "|") {
        var trimmed = name[...]
        while let first = trimmed.first, first == " " || first == "\n" { trimmed.removeFirst() }
        while let last = trimmed.last, last == " " || last == "\n" { trimmed.removeLast() }
        places.insert(String(Substring(trimmed)))
      }
    }
    return places
  }()

  /// True when the name at `range` is a place the gazetteer knows.
  func isPlace(_ range: Range<Int>) -> Bool {
    Self.places.contains(text(range).lowercased())
  }
}
