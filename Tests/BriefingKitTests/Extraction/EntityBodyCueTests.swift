import BriefingKit
import Testing

/// Bodies that speak are organisations, not people: the words around a name say which it is
/// (`the Fed said`, `oil firm Cairn`, `Bath coach`, `Bath have signed`).
struct EntityBodyCueTests {
  let extractor = EntityExtractor()

  func kind(of name: String, in body: String, speakers: [String] = []) -> TopicKind? {
    let article = Article(title: "", language: "en", paragraphs: [body])
    return extractor.entities(in: article, speakers: speakers).first { $0.name == name }?.kind
  }

  @Test func aNameAfterTheThatSpeaksIsAnOrganisation() {
    let text = """
      Interest rates rose again on Tuesday. In a short statement, the Varn said that prices \
      were steady, and the Varn said it would watch wages closely.
      """
    #expect(kind(of: "Varn", in: text) == .organisation)
  }

  @Test func aKindOfBodyBeforeTheNameMakesItAnOrganisation() {
    let text = """
      Shares in the mining sector fell. The energy firm Brolley said output was lower, and \
      Brolley said it would cut 200 jobs by the summer.
      """
    #expect(kind(of: "Brolley", in: text) == .organisation)
  }

  @Test func membersOfTheBodyAfterTheNameMakeItAnOrganisation() {
    let text = """
      Profits at the broker were down. A Quennel spokeswoman declined to comment, while \
      Quennel said the results were in line. Quennel shares closed 3% lower.
      """
    #expect(kind(of: "Quennel", in: text) == .organisation)
  }

  @Test func aCommonNounOpeningASentenceBeforeMembersIsNoBody() {
    let text = """
      Steel workers walked out on Monday. Rail staff joined them, and the union said the \
      strike would last a week.
      """
    #expect(kind(of: "Steel", in: text) == nil)
    #expect(kind(of: "Rail", in: text) == nil)
  }

  @Test func aNameOpeningASentenceBeforeMembersIsABodyWhenAlsoWrittenInside() {
    let text = """
      Quennel workers walked out on Monday. The strike at Quennel is the first in ten years.
      """
    #expect(kind(of: "Quennel", in: text) == .organisation)
  }

  @Test func sharesInTheNameMakeItACompany() {
    let text = """
      Investors bought shares in Tarrock after the oil find. Tarrock said more wells would \
      follow next year.
      """
    #expect(kind(of: "Tarrock", in: text) == .organisation)
  }

  @Test func aPluralVerbAfterOneNameMakesItATeam() {
    let text = """
      The rugby season resumes on Saturday. Wexcombe have signed a new scrum-half. Now \
      Wexcombe are hoping he is fit. Wexcombe said the deal runs for two years.
      """
    #expect(kind(of: "Wexcombe", in: text) == .organisation)
  }

  @Test func theOneToldIsNoSpeaker() {
    let text = """
      The agent of the player told Wexcombe on Monday that other offers were better. He \
      warned Wexcombe that time was short.
      """
    #expect(kind(of: "Wexcombe", in: text) != .person)
  }

  @Test func peopleWhoSpeakStayPeople() {
    let text = """
      Tomas Verrill said the talks were over. Verrill told reporters the firm would not sell, \
      and Mr Verrill's spokesman said the offer was too low. Verrill and Anna Kobb have \
      left the board, and the talks were said by Kobb to be dead.
      """
    #expect(kind(of: "Tomas Verrill", in: text) == .person)
    #expect(kind(of: "Anna Kobb", in: text) == .person)
  }

  @Test func aPersonTitledAfterTheStaysAPerson() {
    let text = """
      Worshippers gathered at noon, and the Reverend Jonah Pell said the hall would reopen. Pell \
      said repairs were finished.
      """
    #expect(kind(of: "Jonah Pell", in: text) == .person)
  }

  @Test func whatACompanyHasMakesItOneEvenAfterAPossessive() {
    let text = """
      Tarrock said the well was dry. Tarrock's shareholders met on Friday, and Tarrock said \
      it would drill again.
      """
    #expect(kind(of: "Tarrock", in: text) == .organisation)
  }

  @Test func aPersonsStakeOrSpokesmanLeavesThemAPerson() {
    let text = """
      Malcolm Pryde said he would buy the club. Pryde's stake rose to 30%, and Pryde's \
      spokesman said Pryde would not sell.
      """
    #expect(kind(of: "Malcolm Pryde", in: text) == .person)
  }

  @Test func aQuotedBodyStaysABody() {
    let text = """
      Tarrock said output would double. "We are confident," Tarrock said. Tarrock shares rose \
      by 4% on the news.
      """
    #expect(kind(of: "Tarrock", in: text, speakers: ["Tarrock", "Tarrock"]) == .organisation)
  }

  @Test func aNameAfterTheWithAVerbIsABodyWithoutASpeechVerb() {
    let text = """
      Rates were left alone. The Varn has raised them twice this year, and the Varn will \
      meet again in March.
      """
    #expect(kind(of: "Varn", in: text) == .organisation)
  }

  @Test func aPluralNameOrAFilmGetsNoBodyCue() {
    let text = """
      Most Dunmarians are pleased with the result. Dunmarians have voted twice this year. The \
      biopic Velvet has won praise, and Velvet director Ana Pirel said Velvet took ten years.
      """
    #expect(kind(of: "Dunmarians", in: text) != .organisation)
    #expect(kind(of: "Velvet", in: text) != .organisation)
  }

  @Test func aCompoundThatPlacesABodyOrAPartyLeaderMakesAnOrganisation() {
    let text = """
      Fares will rise in April. Lisbon-based Pardoe said costs had doubled, and Pardoe said \
      more routes would close. The Orvane members said the party would stand in 40 seats, \
      and Orvane said its manifesto was ready.
      """
    #expect(kind(of: "Pardoe", in: text) == .organisation)
    #expect(kind(of: "Orvane", in: text) == .organisation)
  }

  @Test func aPersonBornSomewhereStaysAPerson() {
    let text = """
      Dublin-born Carrow said the film was finished. Carrow told reporters it took six years.
      """
    #expect(kind(of: "Carrow", in: text) == .person)
  }

  @Test func aGermanNounAfterAnArticleIsNoSpeaker() {
    let text = """
      Die Abgeordneten klagen über Zeitdruck. Bezogen auf das Aktenlesen meinte Jonas Weber \
      am Montag, es brauche mehr Zeit. Auch das Aktenlesen sagte ihm wenig zu.
      """
    let article = Article(title: "", language: "de", paragraphs: [text])
    let found = extractor.entities(in: article)
    #expect(found.first { $0.name == "Aktenlesen" }?.kind != .person)
    #expect(found.first { $0.name == "Jonas Weber" }?.kind == .person)
  }

  @Test func aQuotedGermanCompoundEndingInABodyNounIsABody() {
    let article = Article(
      title: "Brüssel prüft", language: "de",
      paragraphs: [
        "Die EU-Kommission prüft die Beihilfen. „Wir sind zu allen gleich streng“, sagte die "
          + "EU-Kommission am Montag."
      ])
    let found = extractor.entities(in: article, speakers: ["EU-Kommission"])
    #expect(found.first { $0.name == "EU-Kommission" }?.kind == .organisation, "\(found)")
  }
}
