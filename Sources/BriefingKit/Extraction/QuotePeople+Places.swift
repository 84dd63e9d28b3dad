/// Places among the capitalised runs (`New Hampshire`, `North Korea`, `Columbus`): they may
/// speak as a body (`Russia insisted`), but a `he` or `she` never refers to them. Known
/// companies and bodies (`Manchester United`, `Google`) are no one's name either.
extension QuotePeople {
  /// Lower-cased country, city and region names of ``GazetteerData``.
  static let places = TopicLexicon.names(
    in: [GazetteerData.countries, GazetteerData.cities, GazetteerData.regions])

  /// Lower-cased companies and bodies of ``OrganisationData``.
  static let bodies = TopicLexicon.names(
    in: [OrganisationData.technology, OrganisationData.business, OrganisationData.bodies])

  /// True when the name at `range` is a place the gazetteer knows.
  func isPlace(_ range: Range<Int>) -> Bool {
    Self.places.contains(text(range).lowercased())
  }

  /// True when the name at `range` is a company or body the organisation list knows.
  func isKnownBody(_ range: Range<Int>) -> Bool {
    if Self.bodies.contains(text(range).lowercased()) { return true }
    // `Sheffield United`, `Bristol City`: a place and a club's word.
    return range.count == 2 && Self.clubWords.contains(tokens[range.upperBound - 1].hash)
      && isPlace(range.lowerBound..<(range.lowerBound + 1))
  }

  private static let clubWords: Set<UInt64> = Set(
    ["united", "city", "rovers", "wanderers", "athletic", "albion", "town", "county", "rangers"]
      .map(QuoteToken.hash(of:)))
}
