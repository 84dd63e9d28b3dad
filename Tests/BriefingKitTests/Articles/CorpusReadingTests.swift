import BriefingKit
import Foundation
import Testing

/// Reads the shared evaluation corpora (when present beside the repository) end to end.
struct CorpusReadingTests {
  /// Reads every file, returning the articles and the failures as messages.
  func readAll(_ files: [URL], root: URL) -> (
    articles: [Article], failures: [String], warnings: [String]
  ) {
    var articles: [Article] = []
    var failures: [String] = []
    var warnings: [String] = []
    for file in files {
      let path = String(file.path.dropFirst(root.path.count + 1))
      do {
        let bytes = [UInt8](try Data(contentsOf: file))
        let result = try ArticleReader().read(bytes, path: path)
        articles += result.articles
        warnings += result.warnings
      } catch {
        failures.append("\(error)")
      }
    }
    return (articles, failures, warnings)
  }

  @Test func everyBBCArticleReads() throws {
    guard let files = ArticleFixtures.corpusFiles("bbc-news/bbc", suffix: ".txt") else {
      print("skipped: ../shared/corpus/bbc-news is absent")
      return
    }
    let articleFiles = files.filter { $0.lastPathComponent != "README.TXT" }
    let (articles, failures, warnings) = readAll(articleFiles, root: ArticleFixtures.corpus)
    #expect(failures.isEmpty, "\(failures.prefix(5))")
    // The one Latin-1 file is read as Windows-1252, its pound signs intact.
    #expect(warnings.count == 1 && warnings.first?.contains("read as Windows-1252") == true)
    #expect(!articles.contains { $0.text.unicodeScalars.contains("\u{FFFD}") })
    #expect(articles.count == articleFiles.count)
    #expect(articleFiles.count == 2_225)
    let english = articles.filter { $0.language == "en" }.count
    #expect(english * 100 >= articles.count * 99, "\(english) of \(articles.count) in English")
    let titled = articles.filter { !$0.title.isEmpty && $0.title.unicodeScalars.count <= 120 }
    #expect(titled.count == articles.count)
    for article in articles.prefix(50) {
      #expect(article.paragraphs.count >= 2 && !article.text.contains("\n\n\n"))
    }
  }

  @Test func everyPolNeARTextReads() throws {
    guard let files = ArticleFixtures.corpusFiles("polnear", suffix: ".txt") else {
      print("skipped: ../shared/corpus/polnear is absent")
      return
    }
    let texts = files.filter { $0.path.contains("/text/") }
    let (articles, failures, _) = readAll(texts, root: ArticleFixtures.corpus)
    #expect(failures.isEmpty, "\(failures.prefix(5))")
    #expect(articles.count == texts.count && texts.count > 1_000)
    #expect(articles.filter { $0.language == "en" }.count * 100 >= articles.count * 99)
  }

  @Test func germanWikinewsJSONLinesReadAsGerman() throws {
    let file = ArticleFixtures.corpus.appendingPathComponent(
      "german-wikinews-quotes/compact_all_splits.jsonl")
    guard let data = FileManager.default.contents(atPath: file.path) else {
      print("skipped: ../shared/corpus/german-wikinews-quotes is absent")
      return
    }
    let result = try ArticleReader().read([UInt8](data), path: "compact_all_splits.jsonl")
    #expect(result.articles.count == 998)
    #expect(result.articles.allSatisfy { $0.language == "de" && !$0.paragraphs.isEmpty })
  }

  @Test func germanNewsIsIdentifiedAsGerman() throws {
    let file = ArticleFixtures.corpus.appendingPathComponent("10kgnad/test.csv")
    guard let data = FileManager.default.contents(atPath: file.path) else {
      print("skipped: ../shared/corpus/10kgnad is absent")
      return
    }
    let rows = String(decoding: data, as: UTF8.self).split(separator: "\n").prefix(300)
    let identifier = LanguageIdentifier()
    let german = rows.filter { identifier.language(of: String($0)) == "de" }.count
    #expect(german * 100 >= rows.count * 98, "\(german) of \(rows.count) rows")
  }
}
