import Testing

@testable import BriefingKit

/// A key phrase already named by an entity is left out; `TakenNames` must answer as a set of
/// the lowercased names and aliases does.
struct TakenNamesTests {
  static let names = [
    "Bank of England", "BBC", "Zürich", "e\u{301}cole", "\u{212A}elvin", "STRASSE", "Straße",
    "", "U.S.", "Łódź", "NATO", "Ab@[`{Z", "European Broadcasting Union",
  ]
  static let phrases = [
    "bank of england", "Bank Of England", "bbc", "BBCs", "zürich", "ZÜRICH", "école",
    "kelvin", "KELVIN", "strasse", "straße", "", "u.s.", "łódź", "ŁÓDŹ", "nato", "natO ",
    "bank of englanD", "Bank of Englan", "b", "\u{212A}", "k", "ab@[`{z", "AB@[`{Z", "ab`{`{z",
    "european broadcasting union", "EUROPEAN BROADCASTING UNIOn", "european broadcasting unio",
    "european broadcasting union ", "european broadcasting unioné",
  ]

  @Test func answersAsASetOfLowercasedNamesDoes() {
    for count in 0...Self.names.count {
      let topics = Self.names.prefix(count).enumerated().map { index, name in
        Topic(
          name: index % 3 == 2 ? "Other \(index)" : name, kind: .organisation, score: 1,
          mentions: 1, aliases: index % 3 == 2 ? [name] : [])
      }
      var reference = Set<String>()
      for topic in topics {
        reference.insert(topic.name.lowercased())
        for alias in topic.aliases { reference.insert(alias.lowercased()) }
      }
      let taken = TakenNames(topics)
      for phrase in Self.phrases + Self.names {
        #expect(taken.contains(phrase) == reference.contains(phrase.lowercased()), "\(phrase)")
      }
    }
  }
}
