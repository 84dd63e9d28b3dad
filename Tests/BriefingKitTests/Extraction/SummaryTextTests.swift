import Testing

@testable import BriefingKit

/// The marks and words ``SummaryText`` reads from each sentence.
struct SummaryTextTests {
  /// The one sentence of `text` as ``SummaryText`` reads it, or nil when it is left out.
  private func sentence(_ text: String) -> SummaryText.Sentence? {
    let scalars = Array(text.unicodeScalars)
    return SummaryText(scalars: scalars, ranges: [0..<scalars.count]).sentences.first
  }

  @Test(arguments: [
    ("Why did he go?", true, false), ("Why did he go?\u{201D}  ", true, false),
    ("Was it 'fair?')] ", true, false), ("He asked: why? \u{2019}\u{BB}\n", true, false),
    ("The plan:", false, true), ("The plan: \"", false, true),
    ("The plan:\u{2019} \t", false, true),
    ("He left.", false, false), ("Is it? No.", false, false), ("Ratio 3:4 ?x", false, false),
  ])
  func questionsAndLeadInsAreReadFromTheLastMark(text: String, question: Bool, leadIn: Bool) {
    let found = sentence(text)
    #expect(found?.isQuestion == question)
    #expect(found?.isLeadIn == leadIn)
  }

  @Test(arguments: [
    ("\"He said", true), ("\"He said\"", false), ("\u{201C}Yes,\u{201D} he said.", false),
    ("\u{201C}Yes, and", true), ("\u{AB}Oui\u{BB} \u{201E}Ja", true), ("It's 'fine'.", false),
  ])
  func oddQuotationMarksOpenAQuote(text: String, isOpen: Bool) {
    #expect(sentence(text)?.hasOpenQuote == isOpen)
  }

  @Test(arguments: [" ", "\n\t ", "\u{00A0}\u{2003}", ""])
  func sentencesWithNothingVisibleAreLeftOut(text: String) {
    #expect(sentence(text) == nil)
  }

  @Test func closingMarksAloneStillMakeASentence() {
    let found = sentence(" \u{201D})] ")
    #expect(found != nil)
    #expect(found?.words.isEmpty == true)
    #expect(found?.isQuestion == false)
  }

  @Test func wordsAreLettersAndDigitsIgnoringCase() {
    let scalars = Array("The 3 THE x9-Über über @ [a] `b` {c}".unicodeScalars)
    let text = SummaryText(scalars: scalars, ranges: [0..<scalars.count])
    // the, 3, the, x9, über, über, a, b, c: the and über repeat.
    #expect(text.words.count == 9)
    #expect(text.vocabularySize == 7)
    #expect(text.words[0] == text.words[2])
    #expect(text.words[4] == text.words[5])
  }
}
