import Testing

@testable import BriefingKit

/// The lowercased words of a quoted speaker, read on bytes when ASCII, agree with lowercasing
/// the name and cutting it at spaces.
struct SpeakerWordsTests {
  @Test(arguments: [
    "", " ", "Tony Blair", "  Tony   BLAIR  ", "Guy Mansfield QC", "NASA", "Jean-Claude JUNCKER",
    "O'Neill", "x\ty", "José Manuel Barroso", "Ünal ÖZTÜRK", "A B C D E", "Dr. Ada Vance",
  ])
  func lowercasedWordsAgreeWithSplitting(speaker: String) {
    let expected = speaker.lowercased().split(separator: " ").map(String.init)
    #expect(NameFinder.lowercasedWords(speaker) == expected)
  }
}
