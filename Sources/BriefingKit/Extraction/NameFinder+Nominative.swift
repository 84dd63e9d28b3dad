extension NameFinder {
  /// Names the German bodies and places that the text only writes inflected by their
  /// nominative (`der Deutschen Bahn` → `Deutsche Bahn`, `Frankreichs` → `Frankreich`),
  /// keeping the written forms as aliases:
  /// an analyst asks for the name as it is cited, and the session joins the forms
  /// (``TopicForms/declined(_:)``).
  static func nameNominatives(_ kept: inout [NameCandidate]) {
    for index in kept.indices {
      let isGenitive = kept[index].isPlaceGenitive
      guard isGenitive || (kept[index].words.count >= 2 && kept[index].kind != .person) else {
        continue
      }
      let surfaces = kept[index].surfaces
      guard let (written, count) = surfaces.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
        let nominative = isGenitive ? droppingGenitive(written) : germanNominative(written),
        surfaces[nominative] == nil
      else { continue }
      kept[index].otherSurfaces[nominative] = count + 1
    }
  }

  /// A place written in the genitive without its `-s` (`Frankreichs` → `Frankreich`); nil
  /// when it has none.
  private static func droppingGenitive(_ name: String) -> String? {
    name.hasSuffix("s") ? String(name.dropLast()) : nil
  }

  /// The nominative of a German name whose adjectives carry the weak ending `-en` of the
  /// other cases before a singular noun (`Deutschen Bahn`, `Europäischen Zentralbank`,
  /// `Freiheitlichen Partei Österreichs`); nil when no word changes. A noun that may be a
  /// plural or a genitive (`Ostfriesischen Inseln`, `Deutschen Fußball-Bundes`: ending in
  /// `-en`, `-ln`, `-rn` or `-s`) leaves the name as written.
  static func germanNominative(_ name: String) -> String? {
    let words = name.split(separator: " ", omittingEmptySubsequences: false)
    guard words.count >= 2, let noun = words.first(where: { !isGermanAdjective($0) }),
      let nounIndex = words.firstIndex(of: noun), nounIndex > 0,
      !["en", "ln", "rn", "s"].contains(where: { noun.hasSuffix($0) })
    else { return nil }
    var changed = words.map(String.init)
    for position in 0..<nounIndex { changed[position].removeLast() }
    return changed.joined(separator: " ")
  }

  /// True for a capitalised German adjective in the weak `-en` form (`Deutschen`,
  /// `Freiheitlichen`, `Nationalen`): one of ``CueData/germanAdjectiveEndings``.
  private static func isGermanAdjective(_ word: Substring) -> Bool {
    guard word.unicodeScalars.count >= 7, word.first?.isUppercase == true else { return false }
    return CueData.germanAdjectiveEndings.contains { word.hasSuffix($0) }
  }
}
