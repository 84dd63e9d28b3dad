/// The shapes of single words that change how a name is read: attributive compounds before
/// a name, plural nouns of people opening a sentence, nouns of geography heading a name.
extension NameFinder {
  /// True when the token at `index` is an attributive compound (`Paris-based`, `US-led`): a
  /// hyphenated word whose last part is one of ``CueData/attributiveEndings``.
  @inline(__always)
  func isAttributive(_ index: Int) -> Bool {
    let token = scan.tokens[index]
    guard token.flags.contains(.hyphenated) else { return false }
    let bytes = scan.lowerTable.bytes(of: token.lower)
    guard let hyphen = bytes.lastIndex(of: UInt8(ascii: "-")), hyphen > bytes.startIndex else {
      return false
    }
    let ending = bytes[bytes.index(after: hyphen)...]
    return CueData.attributiveEndings.contains { ending.elementsEqual($0) }
  }

  /// True when `name` is one word opening a sentence with an ending of English plural nouns of
  /// people (`Analysts said`, `Critics say`, ``CueData/pluralNounEndings``): a speech verb
  /// after it does not make it a person. A surname alone (`Jones said`) still does.
  @inline(__always)
  func isPluralNoun(_ name: Range<Int>, of run: Range<Int>) -> Bool {
    guard language == "en", name.count == 1, name.lowerBound == run.lowerBound else {
      return false
    }
    let token = scan.tokens[name.lowerBound]
    guard token.flags.contains(.sentenceStart), !token.flags.contains(.allCaps),
      scan.classes(of: token).isDisjoint(with: [.givenName, .knownOrganisation, .placeStart])
    else { return false }
    return Self.endsLikePluralNoun(scan.lowerTable.bytes(of: token.lower))
  }

  /// True when the lowercased word `bytes` has six letters or more and one of
  /// ``CueData/pluralNounEndings``.
  static func endsLikePluralNoun<Bytes: BidirectionalCollection>(_ bytes: Bytes) -> Bool
  where Bytes.Element == UInt8 {
    bytes.count > 5
      && CueData.pluralNounEndings.contains { bytes.reversed().starts(with: $0.reversed()) }
  }

  /// True when a noun of geography heads the name of several words `name`: it ends the name
  /// (`Downing Street`) or opens it before `of` or one more word (`Isle of Sheppey`, `River
  /// Thames`); inside a name (`Manic Street Preachers`) it says nothing.
  func isPlaceByGeography(_ name: Range<Int>) -> Bool {
    guard name.count > 1 else { return false }
    if scan.classes(of: scan.tokens[name.upperBound - 1]).contains(.placeWord) { return true }
    guard scan.classes(of: scan.tokens[name.lowerBound]).contains(.placeWord) else {
      return false
    }
    return name.count == 2 || isConnector(name.lowerBound + 1)
  }
}
