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
    Self.placeFilter.mayHold(textOf: range, in: self)
      && Self.places.contains(text(range).lowercased())
  }

  /// True when the name at `range` is a company or body the organisation list knows.
  func isKnownBody(_ range: Range<Int>) -> Bool {
    if Self.bodyFilter.mayHold(textOf: range, in: self),
      Self.bodies.contains(text(range).lowercased())
    {
      return true
    }
    guard range.count == 2 else { return false }
    // `Sheffield United`, `Bristol City`: a place and a club's word.
    if Self.clubWords.contains(tokens[range.upperBound - 1].hash) {
      return isPlace(range.lowerBound..<(range.lowerBound + 1))
    }
    // `New Labour`, `New Democrats`: a body renamed for an era, no one's name.
    return tokens[range.lowerBound].hash == Self.newHash
      && Self.bodies.contains(text((range.upperBound - 1)..<range.upperBound).lowercased())
  }

  private static let newHash = QuoteToken.hash(of: "new")

  private static let placeFilter = ASCIINameFilter(places)
  private static let bodyFilter = ASCIINameFilter(bodies)

  private static let clubWords = QuoteWordSet(
    ["united", "city", "rovers", "wanderers", "athletic", "albion", "town", "county", "rangers"])
}

/// Tells most names that a set of lower-cased names does not hold without building a string:
/// the set's names in ASCII are kept as FNV-1a hashes, and a name written in ASCII is hashed
/// in lower case from its scalars. Only a name whose hash is there, or that is not all ASCII,
/// is looked up as a string (finding a few thousand names a load as strings was 1% of it).
struct ASCIINameFilter: Sendable {
  /// The hashes, or nil when some name holds a scalar that is canonically an ASCII one
  /// (`K`, the Kelvin sign): a string equal to an ASCII name would then escape the hashes.
  private let hashes: QuoteWordTable?

  init(_ names: Set<String>) {
    let asciiLookalikes: Set<UInt32> = [0x212A, 0x37E, 0x1FEF]
    var table = QuoteWordTable(count: names.count)
    for name in names {
      let values = name.unicodeScalars.map(\.value)
      if values.contains(where: asciiLookalikes.contains) {
        hashes = nil
        return
      }
      guard values.allSatisfy({ $0 < 0x80 }) else { continue }
      table.insert(values.reduce(QuoteToken.hashSeed, Self.mix), 1)
    }
    hashes = table
  }

  /// False only when `people.text(range).lowercased()` is surely not one of the names.
  func mayHold(textOf range: Range<Int>, in people: QuotePeople) -> Bool {
    guard let hashes, let first = range.first, let last = range.last, first >= 0,
      last < people.tokens.count
    else { return true }
    let scalars = people.scalars
    let lower = max(0, min(people.tokens[first].start, scalars.count))
    let upper = max(lower, min(people.tokens[last].end, scalars.count))
    guard lower < upper else { return true }
    var hash = QuoteToken.hashSeed
    for index in lower..<upper {
      let value = scalars[index].value
      guard value < 0x80 else { return true }
      hash = Self.mix(hash, value &- 0x41 < 26 ? value | 0x20 : value)
    }
    return hashes.value(hash) != 0
  }

  private static func mix(_ hash: UInt64, _ value: UInt32) -> UInt64 {
    (hash ^ UInt64(value)) &* 0x100_0000_01b3
  }
}
