import BriefingKit
import Testing

/// Article text with the expected quoted words marked `⟦…⟧`, for quote extraction tests.
struct QuoteFixture {
  let article: Article
  /// The marked spans, as Unicode scalar offsets into `article.text`.
  let expected: [Range<Int>]

  /// Paragraphs with `⟦` and `⟧` around each expected quote's words.
  init(_ paragraphs: [String], language: String = "en", title: String = "Fixture") {
    var cleaned: [String] = []
    var expected: [Range<Int>] = []
    var offset = 0
    var open: Int?
    for paragraph in paragraphs {
      var view = String.UnicodeScalarView()
      for scalar in paragraph.unicodeScalars {
        if scalar == "⟦" {
          open = offset + view.count
        } else if scalar == "⟧", let start = open {
          expected.append(start..<(offset + view.count))
          open = nil
        } else {
          view.append(scalar)
        }
      }
      cleaned.append(String(view))
      offset += view.count + 2
    }
    article = Article(title: title, language: language, paragraphs: cleaned)
    self.expected = expected
  }

  init(_ paragraph: String, language: String = "en") {
    self.init([paragraph], language: language)
  }

  /// The quotes the extractor finds.
  var quotes: [Quote] { QuoteExtractor().quotes(in: article) }

  /// The found quotes' offsets, to compare with ``expected``.
  var found: [Range<Int>] { quotes.map { $0.start..<$0.end } }

  /// The article text between two scalar offsets.
  func slice(_ range: Range<Int>) -> String {
    let scalars = Array(article.text.unicodeScalars)
    guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return "" }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
  }
}

struct QuoteFixtureTests {
  @Test func marksBecomeOffsetsIntoTheJoinedText() {
    let fixture = QuoteFixture(["One.", "She said “⟦yes⟧”."])
    #expect(fixture.article.text == "One.\n\nShe said “yes”.")
    #expect(fixture.expected == [16..<19])
    #expect(fixture.slice(16..<19) == "yes")
  }
}
