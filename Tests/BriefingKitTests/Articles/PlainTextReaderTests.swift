import BriefingKit
import Foundation
import Testing

struct PlainTextReaderTests {
  func read(_ text: String, path: String = "a.txt") throws -> Article {
    let result = try ArticleReader().read(Array(text.utf8), path: path)
    return try #require(result.articles.first)
  }

  /// Text copied from a news page keeps its advert labels and read-on links as paragraphs of
  /// their own: they are no part of the story (its words, its summary, its search text).
  @Test(arguments: ["a.txt", "a.md"])
  func pageFurnitureParagraphsAreLeftOut(path: String) throws {
    let text = """
      Ferry fares rise

      Fares on the Oban ferry rise in May, the operator said.

      Advertisement

      Continue reading the main story

      Season tickets stay at last year's price.

      ADVERTISEMENT
      """
    // Markdown without a heading keeps its first line as a paragraph.
    let article = try read(text, path: path)
    #expect(
      article.paragraphs.filter { $0 != "Ferry fares rise" } == [
        "Fares on the Oban ferry rise in May, the operator said.",
        "Season tickets stay at last year's price.",
      ])
    // A paragraph that only starts with the word is the story's own.
    let kept = try read("Ads\n\nAdvertisement revenue fell by a third.\n")
    #expect(kept.paragraphs == ["Advertisement revenue fell by a third."])
  }

  @Test func datelineBylineAndHeadline() throws {
    let result = try ArticleReader().read(try ArticleFixtures.bytes("dateline.txt"), path: "d.txt")
    let article = try #require(result.articles.first)
    #expect(result.articles.count == 1 && result.warnings.isEmpty)
    #expect(article.title == "Harbour bridge vote delayed")
    #expect(article.authors == ["Mara Lindqvist", "Tom Reed"])
    #expect(article.source == "Fenland Courier")
    #expect(article.date == "2026-03-04")
    #expect(article.language == "en" && article.path == "d.txt" && article.id == 0)
    #expect(article.paragraphs.count == 2)
    #expect(article.paragraphs[0].hasPrefix("The council delayed its vote on the harbour bridge"))
    #expect(article.paragraphs[1].hasSuffix("works committee, disagreed."))
  }

  @Test(
    arguments: [
      ("date 2021-12-04 MOSCOW, December 3. / TASS /. The talks went on.", "2021-12-04", "TASS"),
      ("BERLIN, 9. September 2026 (Dorfbote) – Der Rat tagte.", "2026-09-09", "Dorfbote"),
      ("МОСКВА, 3 апреля 2026. / ТАСС /. Переговоры продолжились.", "2026-04-03", "ТАСС"),
      ("LONDON (Reuters) - Shares fell on 2 February 2026.", nil, "Reuters"),
      ("PARIS, Feb. 2 - Talks resumed on Feb. 1, 2026 in the city.", "2026-02-02", nil),
      ("OSLO, May 5 - No year is given anywhere here.", nil, nil),
      ("CHARLESTON, S.C. — The vote was close.", nil, nil),
      ("DECATUR, Ill. -- The vote was close.", nil, nil),
      ("Sens. Ada Cole (Maine) and Bo Reed (Ohio) spoke.", nil, nil),
    ] as [(String, String?, String?)])
  func datelinesGiveDateAndSource(text: String, date: String?, source: String?) throws {
    let article = try read(text + "\n\nA second paragraph follows here.")
    #expect(article.date == date)
    #expect(article.source == source)
    let body = try #require(article.paragraphs.first)
    #expect(!body.contains("/") && !body.hasPrefix("(") && body.first?.isUppercase == true)
  }

  @Test func seedArticleFromCorpus() throws {
    guard let files = ArticleFixtures.corpusFiles("seed", suffix: ".txt"), let file = files.first
    else {
      print("skipped: ../shared/corpus/seed is absent")
      return
    }
    let path = "seed/\(file.lastPathComponent)"
    let result = try ArticleReader().read([UInt8](try Data(contentsOf: file)), path: path)
    let article = try #require(result.articles.first)
    #expect(article.date == "2021-12-04")
    #expect(article.source == "TASS")
    #expect(article.paragraphs.first?.hasPrefix("The date of the meeting") == true)
    #expect(article.title.hasPrefix("The date of the meeting"))
    #expect(article.title.unicodeScalars.count <= 100)
    #expect(article.language == "en")
  }

  @Test func titleIsDerivedWhenThereIsNoHeadline() throws {
    let article = try read(
      "The harbour board said on Tuesday that the new cranes, ordered two years ago from a "
        + "yard in the north, would arrive late because of a strike.")
    #expect(article.title.hasSuffix("…"))
    #expect(article.title.unicodeScalars.count <= 91)
    #expect(article.title.hasPrefix("The harbour board said on Tuesday that the new cranes"))
  }

  @Test func headlineWithAFinalPeriodBeforeADateline() throws {
    let article = try read(
      "Mayor backs harbour plan.\n\nFENWICK, Dec. 11 (Fenland Courier) — The mayor said on "
        + "Friday that the plan, first drawn up in 2019, would go ahead.")
    #expect(article.title == "Mayor backs harbour plan")
    #expect(article.source == "Fenland Courier" && article.date == nil)
    #expect(article.paragraphs.first?.hasPrefix("The mayor said on Friday") == true)
  }

  @Test func shortOpeningSentenceBeforeAShorterOneIsNotATitle() throws {
    let article = try read("The council met on Monday to vote.\n\nIt said no.")
    #expect(article.paragraphs.count == 2)
  }

  @Test func agencyInABylineIsTheSource() throws {
    let article = try read("Harbour reopens\n\nBy Mara Lindqvist, Reuters\n\nThe harbour reopened.")
    #expect(article.authors == ["Mara Lindqvist"] && article.source == "Reuters")
    #expect(article.paragraphs == ["The harbour reopened."])
  }

  @Test func oneParagraphPerLineWithoutBlankLines() throws {
    let article = try read("Short title\nFirst line of text.\nSecond line of text.")
    #expect(article.title == "Short title")
    #expect(article.paragraphs == ["First line of text.", "Second line of text."])
  }
}
