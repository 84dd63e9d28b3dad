import BriefingKit
import Foundation
import Testing

/// The machine-translated TASS article the project started from, read from the shared corpus
/// beside the repository (`../shared/corpus/seed`); skipped when the corpus is not there.
struct QuoteSeedTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/corpus/seed")

  static func seedArticle() -> Article? {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    guard let name = files.filter({ $0.hasSuffix(".txt") }).sorted().first,
      let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    else { return nil }
    let paragraphs = text.components(separatedBy: "\n\n")
      .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    return Article(title: paragraphs.first ?? "", language: "en", paragraphs: paragraphs)
  }

  @Test func seedArticleQuotesAreAllUshakovs() throws {
    guard let article = Self.seedArticle() else {
      print("skipping: no seed article under \(Self.folder.path)")
      return
    }
    let quotes = QuoteExtractor().quotes(in: article)
    #expect(quotes.count >= 10)
    #expect(quotes.allSatisfy { $0.speaker == "Yuri Ushakov" })
    #expect(quotes.contains { $0.mention?.text == "the Kremlin spokesman" })
    #expect(quotes.contains { $0.mention?.text == "he" && $0.cue == "stressed" })
    #expect(quotes.first?.role == "assistant to the Russian leader")
    let damaged = try #require(quotes.first { $0.text.hasPrefix("We are working on") })
    #expect(damaged.text.hasSuffix("is being actively prepared"))
    #expect(damaged.mention?.text == "Ushakov")
    let scalars = Array(article.text.unicodeScalars)
    for quote in quotes {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[quote.start..<quote.end])
      #expect(quote.text == String(view))
    }
  }
}
