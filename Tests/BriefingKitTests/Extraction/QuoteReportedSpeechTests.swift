import BriefingKit
import Testing

/// Reported speech without quotation marks makes its speaker the one a later pronoun means;
/// a description of someone unnamed is not the last speaker.
struct QuoteReportedSpeechTests {
  @Test func aPronounAfterReportedSpeechMeansItsSpeaker() {
    let fixture = QuoteFixture([
      "Mr Vance said: “I am very sorry for the ordeal.”",
      "However, one of the four, Tom Lund - who was cleared in 1989 - said the families were "
        + "pleased. He said Mr Vance had been sincere, adding: “He listened to everyone.”",
    ])
    let speakers = fixture.quotes.map(\.speaker)
    #expect(speakers.last == "Tom Lund", "\(speakers)")
  }

  @Test func aNameInsideAnAsideOrAfterAPrepositionDoesNotSpeak() {
    let fixture = QuoteFixture([
      "Mr Vance said: “The jet is old.”",
      "Tom Reed, chief executive of Lund Jets, a broker for firms and people, said the jet "
        + "was unusual. “Buying it is like buying an old car,” he said.",
    ])
    #expect(fixture.quotes.last?.speaker == "Tom Reed", "\(fixture.quotes.map(\.speaker))")
  }

  @Test func theSubjectOfASubordinateClauseDoesNotSpeak() {
    let fixture = QuoteFixture([
      "“We will hold the House,” Paul Ward said on Sunday.",
      "He did not look confident when Tom Reed asked about the Senate. “The odds are long,” "
        + "he said.",
    ])
    #expect(fixture.quotes.last?.speaker == "Paul Ward", "\(fixture.quotes.map(\.speaker))")
  }

  @Test func aDescriptionOfSomeoneUnnamedIsNotTheLastSpeaker() {
    let fixture = QuoteFixture([
      "“Never known such a silly fuss,” Tom Lund said on Monday.",
      "Later the prime minister's spokesman was asked about the row. The spokesman said: "
        + "“He no longer works in government.”",
    ])
    #expect(fixture.quotes.last?.speaker == nil, "\(fixture.quotes.map(\.speaker))")
    #expect(fixture.quotes.last?.role == "spokesman")
  }

  @Test func aDescriptionAfterATitledNameStillFindsTheLastSpeaker() {
    let fixture = QuoteFixture([
      "Party candidate Tom Lund toured the port. “We will win,” Lund said.",
      "“The race is close,” the candidate added.",
    ])
    #expect(fixture.quotes.last?.speaker == "Tom Lund", "\(fixture.quotes.map(\.speaker))")
  }
}
