import BriefingKit
import Testing

/// People who share a surname: a courtesy title picks among them when their given names show
/// its gender (or one is a knight, `Sir Ian`, and the title is `Mr`); else the one the quotes
/// already went to; with no such evidence the fullest, first-named person stays the choice.
struct QuoteSharedSurnameTests {
  private func speakers(_ paragraphs: [String]) -> [String?] {
    let article = Article(title: "Fixture", language: "en", paragraphs: paragraphs)
    return QuoteExtractor().quotes(in: article).map(\.speaker)
  }

  @Test func titleGoesToTheSpouseOfItsGender() {
    let found = speakers([
      "Colin Ashworth and Ruth Ashworth have run the inn on the pier since 1990.",
      "“We never close at Christmas,” Mrs. Ashworth said. “The regulars expect us,” Mr. "
        + "Ashworth added.",
      "“The roof leaks,” Ashworth said.",
    ])
    #expect(found == ["Ruth Ashworth", "Colin Ashworth", "Colin Ashworth"])
  }

  @Test func britishTitleWithoutDotAlsoCounts() {
    let found = speakers([
      "Peter Okoro and his wife Susan Okoro sold the farm last year.",
      "Ms Okoro said the buyers were “kind and patient”.",
    ])
    #expect(found == ["Susan Okoro"])
  }

  @Test func titleOfTheOtherGenderIsNotTheOnlyNamedPerson() {
    let found = speakers([
      "Colin Ashworth’s wife met the inspectors at the door on Monday.",
      "“We were ready for them,” Mrs. Ashworth said.",
    ])
    #expect(found == ["Ashworth"])
  }

  @Test func ownerOfTheOtherGenderIsAPersonTheTitleFinds() {
    let found = speakers([
      "Ruth Ashworth opened the fair. Colin Ashworth’s stall sold out by noon.",
      "“It was a record,” Mr. Ashworth said. “We ran out of jam,” Mrs. Ashworth said.",
    ])
    #expect(found == ["Colin Ashworth", "Ruth Ashworth"])
    // Two owners' given names of one gender: a title cannot tell them apart, so no owner.
    let same = speakers([
      "Ruth Ashworth opened the fair. Ellen Ashworth’s stall sold out by noon.",
      "“It was a record,” Mrs. Ashworth said.",
    ])
    #expect(same == ["Ruth Ashworth"])
  }

  @Test func pronounOfTheOtherGenderGoesToTheNamesake() {
    let found = speakers([
      "Colin Ashworth and Ruth Ashworth run the inn. Their cook, Maria Lund, arrived in May.",
      "“We never close,” Ashworth said. “The regulars expect us,” she added.",
    ])
    #expect(found == ["Colin Ashworth", "Ruth Ashworth"])
  }

  @Test func plainTitleIsNotTheKnightWhoSharesTheSurname() {
    let found = speakers([
      "Tony Lorne defended his plans on Monday. Sir Ian Lorne, the police chief, warned of "
        + "attacks. “The threat is real,” Sir Ian said.",
      "But Mr Lorne insisted: “We are ready.”",
    ])
    #expect(found == ["Ian Lorne", "Tony Lorne"])
  }

  @Test func bareSharedSurnameGoesToTheOneAlreadyQuoted() {
    let found = speakers([
      "Peter Vell, a former mayor, watched from the hall as his wife won the seat.",
      "“It was a long night,” said Ruth Vell. “I will start on Monday,” Vell said.",
    ])
    #expect(found == ["Ruth Vell", "Ruth Vell"])
  }
}
