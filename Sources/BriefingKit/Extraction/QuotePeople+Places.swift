/// Places among the capitalised runs (`New Hampshire`, `North Korea`, `Columbus`): they may
/// speak as a body (`Russia insisted`), but a `he` or `she` never refers to them.
extension QuotePeople {
  /// Lower-cased country, city and region names of ``GazetteerData``.
  static let places = TopicLexicon.names(
    in: [GazetteerData.countries, GazetteerData.cities, GazetteerData.regions])

  /// True when the name at `range` is a place the gazetteer knows.
  func isPlace(_ range: Range<Int>) -> Bool {
    Self.places.contains(text(range).lowercased())
  }
}
