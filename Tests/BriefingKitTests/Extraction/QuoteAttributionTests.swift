import BriefingKit
import Testing

/// Cues before and after quotes, in several languages, and how speakers are resolved.
struct QuoteAttributionTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var language: String
    var mention: String
    var cue: String
    var testDescription: String { text }
  }

  @Test(
    arguments: [
      Case(text: "“We are ready,” said Okafor.", language: "en", mention: "Okafor", cue: "said"),
      Case(
        text: "“We are ready,” Okafor told reporters.", language: "en", mention: "Okafor",
        cue: "told"),
      Case(
        text: "Okafor said: “We are ready for it.”", language: "en", mention: "Okafor", cue: "said"),
      Case(
        text: "According to Okafor, “the talks are over for now.”", language: "en",
        mention: "Okafor", cue: "According to"),
      Case(
        text: "“We are ready for it,” – said the deputy minister.", language: "en",
        mention: "the deputy minister", cue: "said"),
      Case(text: "“Are we ready for it?” she asked.", language: "en", mention: "she", cue: "asked"),
      Case(
        text: "„Wir sind bereit dafür“, sagte Müller.", language: "de", mention: "Müller",
        cue: "sagte"),
      Case(
        text: "„Wir sind bereit dafür“, so Müller.", language: "de", mention: "Müller", cue: "so"),
      Case(
        text: "Der Minister erklärte: „Wir sind bereit dafür.“", language: "de",
        mention: "Der Minister", cue: "erklärte"),
      Case(
        text: "Am Montag betonte Müller: „Wir sind bereit dafür.“", language: "de",
        mention: "Müller", cue: "betonte"),
      Case(
        text: "«Мы к этому готовы», – заявил Песков.", language: "ru", mention: "Песков",
        cue: "заявил"),
      Case(
        text: "«Мы к этому готовы», – сказал он журналистам.", language: "ru", mention: "он",
        cue: "сказал"),
      Case(
        text: "« Nous sommes prêts pour cela », a déclaré Dupont.", language: "fr",
        mention: "Dupont", cue: "déclaré"),
      Case(
        text: "Selon Dupont, « nous sommes prêts pour cela ».", language: "fr", mention: "Dupont",
        cue: "Selon"),
      Case(
        text: "“Estamos listos para eso”, dijo García.", language: "es", mention: "García",
        cue: "dijo"),
      Case(
        text: "“Siamo pronti per questo”, ha detto Rossi.", language: "it", mention: "Rossi",
        cue: "detto"),
      Case(
        text: "“Estamos prontos para isso”, disse Silva.", language: "pt", mention: "Silva",
        cue: "disse"),
    ])
  func findsTheCueAndTheMention(_ item: Case) throws {
    let quote = try #require(QuoteFixture(item.text, language: item.language).quotes.first)
    #expect(quote.mention?.text == item.mention)
    #expect(quote.cue == item.cue)
  }

  @Test(
    arguments: [
      ["“We can build a bridge instead of a wall.” ― Steve Quinlan."],
      ["“We can build a bridge instead of a wall.”", "— Steve Quinlan, Phoenix"],
    ])
  func dashSignatureNamesTheSpeaker(paragraphs: [String]) throws {
    let quote = try #require(QuoteFixture(paragraphs).quotes.first)
    #expect(quote.mention?.text == "Steve Quinlan")
    #expect(quote.speaker == "Steve Quinlan")
  }

  @Test func mentionOffsetsPointAtTheMention() throws {
    let fixture = QuoteFixture("“We are ready,” said Okafor.")
    let mention = try #require(fixture.quotes.first?.mention)
    #expect(fixture.slice(mention.start..<mention.end) == "Okafor")
  }

  @Test func namesResolveToTheFullestFormWithTheRole() throws {
    let fixture = QuoteFixture([
      "Transport Secretary Idris Okafor opened the new line on Monday.",
      "“It took ten years to build,” Okafor said.",
    ])
    let quote = try #require(fixture.quotes.first)
    #expect(quote.speaker == "Idris Okafor")
    #expect(quote.role == "Transport Secretary")
    #expect(quote.mention?.text == "Okafor")
  }

  @Test func germanRoleCompoundIsARole() throws {
    let fixture = QuoteFixture(
      ["Polizeisprecher Ralf Meyer war am Ort.", "„Die Lage ist ruhig“, sagte Meyer."],
      language: "de")
    let quote = try #require(fixture.quotes.first)
    #expect(quote.speaker == "Ralf Meyer")
    #expect(quote.role == "Polizeisprecher")
  }

  @Test func germanSubjectAfterTheVerb() throws {
    let fixture = QuoteFixture(
      "Der Zeitung sagte Karma: „Ich werde im Gefängnis gehalten.“", language: "de")
    #expect(try #require(fixture.quotes.first).mention?.text == "Karma")
  }

  @Test func fullNameFromTheTitle() throws {
    let article = Article(
      title: "Idris Okafor defends the rail plan", language: "en",
      paragraphs: ["“It took ten years to build,” Okafor said on Monday."])
    let quote = try #require(QuoteExtractor().quotes(in: article).first)
    #expect(quote.speaker == "Idris Okafor")
    #expect(quote.mention.map { $0.end <= article.text.unicodeScalars.count } == true)
  }

  @Test func pronounsResolveToTheLastSpeaker() {
    let fixture = QuoteFixture([
      "Mayor Ana Ruiz visited the depot.",
      "“The buses are old,” Ruiz said. “We need new ones before winter,” she added.",
    ])
    #expect(fixture.quotes.map(\.speaker) == ["Ana Ruiz", "Ana Ruiz"])
    #expect(fixture.quotes.last?.mention?.text == "she")
  }

  @Test func descriptionsResolveToThePersonWithThatRole() {
    let fixture = QuoteFixture([
      "The assistant to the Russian leader Yuri Ushakov spoke to reporters on Friday.",
      "“The agenda is obvious to everyone,” the assistant to the head of state said.",
    ])
    #expect(fixture.quotes.first?.speaker == "Yuri Ushakov")
    #expect(fixture.quotes.first?.role == "assistant to the Russian leader")
  }

  @Test func aClauseBeforeTheNameIsNoDescription() {
    let fixture = QuoteFixture([
      "Mira Castell swept aside defending champion Lena Ortiz in the final.",
      "“She played well, but I made too many mistakes,” Ortiz said.",
    ])
    #expect(fixture.quotes.first?.speaker == "Lena Ortiz")
    #expect(fixture.quotes.first?.role == nil)
  }

  @Test func definiteDescriptionFallsBackToTheLastSpeaker() {
    let fixture = QuoteFixture([
      "“We will talk soon,” Yuri Ushakov said.",
      "“The question is an old one,” the Kremlin spokesman said.",
    ])
    #expect(fixture.quotes.map(\.speaker) == ["Yuri Ushakov", "Yuri Ushakov"])
    #expect(fixture.quotes.last?.mention?.text == "the Kremlin spokesman")
  }

  @Test func noClearSpeakerGivesNil() {
    let fixture = QuoteFixture([
      "Rain fell all day over the valley.",
      "“Nobody expected the river to rise this fast,” a resident said.",
      "“This is the worst flood in a generation and it is not over.”",
    ])
    #expect(fixture.quotes.count == 2)
    #expect(fixture.quotes.allSatisfy { $0.speaker == nil })
    #expect(fixture.quotes.first?.mention?.text == "a resident")
  }

  @Test func pluralPronounIsAMentionButNoSpeaker() throws {
    let quote = try #require(QuoteFixture("“We will strike again,” they said.").quotes.first)
    #expect(quote.mention?.text == "they")
    #expect(quote.speaker == nil)
  }

  @Test func theSubjectOfAPassiveCueIsNotTheSpeaker() {
    let fixture = QuoteFixture([
      "Norland have been criticised for their “dull football” all season. Coach Ivo Brandt "
        + "sees hope. “We are getting better,” he said.",
      "The striker was told “you are finished” on Monday, and Kestrel was widely criticised as "
        + "“a team without a plan or a future” by fans.",
      "Ravi Mehta, who made 26,000 pounds a month, was called “one of the biggest pirates in "
        + "the land” by the judge.",
    ])
    // A two- or three-word quote whose only cue is passive is no quote.
    #expect(fixture.quotes.map(\.text).contains("dull football") == false)
    #expect(fixture.quotes.map(\.text).contains("you are finished") == false)
    #expect(fixture.quotes.first?.speaker == "Ivo Brandt")
    // Nor does a longer one inherit the last speaker or go to the passive's subject: the
    // agent after it speaks, and a description there is someone new, not the coach.
    #expect(fixture.quotes.count == 3)
    #expect(fixture.quotes.dropFirst().map(\.mention?.text) == ["fans", "the judge"])
    #expect(fixture.quotes.dropFirst().allSatisfy { $0.speaker == nil })
  }

  @Test func theAgentOfAPassiveCueIsTheSpeaker() {
    let fixture = QuoteFixture([
      "The plan was described by union leader Tom Brack as “a betrayal of every worker”.",
      "Jon Harlan was quoted as saying: “We will not sell the club.” Mara Velt is reported to "
        + "have said: “The deal is dead.”",
    ])
    #expect(fixture.quotes.map(\.speaker) == ["Tom Brack", "Jon Harlan", "Mara Velt"])
    #expect(fixture.quotes.first?.role == "union leader")
    // The agent may follow the quote: `was called “…” by the film's director Ivo Brandt`.
    let after = QuoteFixture([
      "The actor was called the “sixth member of the band” by the film's director Ivo Brandt."
    ])
    #expect(after.quotes.map(\.speaker) == ["Ivo Brandt"])
    #expect(after.quotes.first?.cue == "called")
  }

  @Test func aPersonAskedAQuestionDoesNotAskIt() {
    let fixture = QuoteFixture([
      "Wheelchair user Kevin Moss was asked: “Why do you want to sit in parliament at all?”",
      "Dr Ada Lund was asked if she would stand again. “I am sure the party will decide in "
        + "line with its rules.”",
    ])
    #expect(fixture.quotes.map(\.speaker) == [nil, "Ada Lund"])
  }
}
