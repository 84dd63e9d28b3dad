import BriefingKit
import Testing

/// A run-in subheading or a lost period ends an English sentence without punctuation.
struct SentenceRunInTests {
  func split(_ text: String, language: String? = "en") -> [String] {
    let scalars = Array(text.unicodeScalars)
    return SentenceSplitter(language: language).sentences(in: text).map {
      String(String.UnicodeScalarView(scalars[$0]))
    }
  }

  @Test func aRunInSubheadingEndsWhereTheSentenceOpens() {
    #expect(
      split("Talks went on late, she added. Ferry subsidy cuts Another point was the fares.")
        == ["Talks went on late, she added.", "Ferry subsidy cuts", "Another point was the fares."]
    )
    #expect(
      split("Next steps In addition, Okafor will meet the unions.")
        == ["Next steps", "In addition, Okafor will meet the unions."])
  }

  @Test func aLostPeriodEndsTheSentence() {
    #expect(
      split("The depot opened at dawn They waited in the rain.")
        == ["The depot opened at dawn", "They waited in the rain."])
  }

  @Test func titlesAndNamesThatOpenWithTheSameWordsAreKept() {
    for text in [
      "Her songs include What a Lovely Day and others.",
      "He spoke to The Harbour Gazette on Monday.",
      "The court in The Hague ruled on Friday.",
      "Ballots were put in envelope A and sealed.",
      "Old hits like For the Love of Trains still sell.",
    ] {
      #expect(split(text) == [text], "\(text)")
    }
  }

  @Test func otherLanguagesAndUnknownTextAreNotCut() {
    let text = "Die Stadt plant neue Wege In der Innenstadt wird gebaut."
    #expect(split(text, language: "de") == [text])
    #expect(split("The depot opened at dawn They waited.", language: nil).count == 1)
  }
}
