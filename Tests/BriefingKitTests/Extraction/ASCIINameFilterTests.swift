import Testing

@testable import BriefingKit

/// The filter in front of the place and body lists only ever rules out names the lists lack.
struct ASCIINameFilterTests {
  /// The people of `text`, and the token range of all its words.
  static func people(_ text: String) -> (QuotePeople, Range<Int>) {
    let scalars = Array(text.unicodeScalars)
    let tokens = QuoteTokenizer().tokens(in: scalars)
    let people = QuotePeople(
      scalars: scalars, tokens: tokens, quoted: [Bool](repeating: false, count: tokens.count))
    return (people, 0..<tokens.count)
  }

  @Test(arguments: [
    "London", "NEW YORK", "new york", "São Paulo", "Zürich", "Stoke-on-Trent", "Mars",
    "Budget Office", "Microsoft", "The Treasury", "Kelvin", "K2", "",
  ])
  func givesTheListsAnswers(text: String) {
    let (people, range) = Self.people(text)
    let lowered = people.text(range).lowercased()
    #expect(people.isPlace(range) == QuotePeople.places.contains(lowered))
    let filter = ASCIINameFilter(QuotePeople.bodies)
    if QuotePeople.bodies.contains(lowered) { #expect(filter.mayHold(textOf: range, in: people)) }
  }

  @Test func listedNamesAlwaysPass() {
    let filter = ASCIINameFilter(QuotePeople.places)
    let names = QuotePeople.places.sorted()
    var checked = 0
    for index in stride(from: 0, to: names.count, by: max(1, names.count / 800)) {
      let name = names[index]
      let (people, range) = Self.people(name)
      guard people.text(range) == name else { continue }
      #expect(filter.mayHold(textOf: range, in: people), "\(name)")
      checked += 1
    }
    #expect(checked > 500)
  }

  @Test func anUnlistedASCIINameIsRuledOut() {
    let (people, range) = Self.people("Qwxz Vrrk")
    #expect(!ASCIINameFilter(QuotePeople.places).mayHold(textOf: range, in: people))
  }

  @Test func aListWithAKelvinSignIsNeverFiltered() {
    let (people, range) = Self.people("Qwxz Vrrk")
    #expect(ASCIINameFilter(["\u{212A}elvin"]).mayHold(textOf: range, in: people))
  }
}
