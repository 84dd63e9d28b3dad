import Testing

@testable import BriefingKit

/// `Article.wordCount` reads eight ASCII bytes at a time; it must count as a walk over the
/// scalars does, wherever words, non-ASCII scalars and chunk bounds fall.
struct ArticleWordCountTests {
  /// The definition: runs of alphabetic or numeric scalars.
  static func reference(_ text: String) -> Int {
    var count = 0
    var previous = false
    for scalar in text.unicodeScalars {
      let isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      if isWord && !previous { count += 1 }
      previous = isWord
    }
    return count
  }

  @Test(arguments: [
    "", "a", "The council met at 9.30 on Monday.", "abcdefgh", "abcdefghi jklmnopq",
    "1234567 89", "don't-stop_now@home/[x]{y}`z`", "Zürich’s café — 3½ miles, ٣ hours.",
    "aaaaaaa\u{E9}bbbbbbb", "       é", "éééééééé ab", "Ⅻ 中文 😀 x\u{301}y",
  ])
  func countsAsTheScalarWalkDoes(paragraph: String) {
    let article = Article(title: "t", paragraphs: [paragraph, paragraph + " end"])
    #expect(article.wordCount == Self.reference(article.text))
  }

  @Test(arguments: 0..<8)
  func countsLongTexts(offset: Int) {
    // Thousands of ASCII bytes in a row (the counters are summed every 248 bytes), at every
    // offset, with a non-ASCII word now and then.
    let words = ["council", "met", "at", "9.30", "on", "Monday,", "the", "vote", "is", "2026"]
    var text = String(repeating: "x", count: offset)
    for index in 0..<2_000 {
      text += " " + words[(index * 7 + index / 3) % words.count]
      if index % 450 == 449 { text += " Zürich" }
    }
    let article = Article(title: "t", paragraphs: [text])
    #expect(article.wordCount == Self.reference(article.text))
  }

  @Test func countsAtEveryChunkOffset() {
    let pieces = ["a", "Z", "0", " ", ".", "é", "’", "-", "@", "`", "[", "{", "/", ":", "9"]
    // Every text of up to 19 pieces drawn in a fixed, varied order: words cross every offset
    // of the 8-byte chunks, next to ASCII and non-ASCII neighbours.
    for length in 0..<20 {
      for shift in 0..<pieces.count {
        let text = (0..<length).map { pieces[($0 * 7 + shift * 3 + $0 * $0) % pieces.count] }
        let article = Article(title: "t", paragraphs: [text.joined()])
        #expect(article.wordCount == Self.reference(article.text))
      }
    }
  }
}
