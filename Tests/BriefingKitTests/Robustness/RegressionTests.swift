import BriefingKit
import Foundation
import FuzzSupport
import Testing

/// Replays every input a fuzz target ever failed on (`Fixtures/regressions/NAME/`, one folder
/// per check) and the example articles through the fuzz checks; and checks that the checks
/// themselves see a violation when there is one.
struct RegressionTests {
  static var checks: [any FuzzCheck.Type] {
    [
      ReaderCheck.self, SentenceCheck.self, QuoteCheck.self, TopicCheck.self, WordsCheck.self,
      MemoCheck.self,
    ]
  }

  static let regressions = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/regressions")

  static let examples = regressions.deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
      "examples/articles")

  static func files(in folder: URL) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().map { folder.appendingPathComponent($0) }
  }

  @Test(arguments: checks.map { $0.name })
  func savedFailuresStayFixed(name: String) throws {
    let check = try #require(Self.checks.first { $0.name == name })
    for file in Self.files(in: Self.regressions.appendingPathComponent(name)) {
      let bytes = [UInt8](try Data(contentsOf: file))
      #expect(check.violations(in: bytes) == [], "\(name)/\(file.lastPathComponent)")
    }
  }

  @Test(arguments: checks.map { $0.name })
  func exampleArticlesPassEveryCheck(name: String) throws {
    let check = try #require(Self.checks.first { $0.name == name })
    let files = Self.files(in: Self.examples)
    #expect(files.count >= 5)
    for file in files {
      let bytes = [UInt8](try Data(contentsOf: file))
      // Byte 0 makes a plain-text file for the reader and "und" for the analysis checks.
      #expect(check.violations(in: [0] + bytes) == [], "\(name) on \(file.lastPathComponent)")
    }
  }

  @Test func theQuoteCheckSeesBadOffsetsAndText() {
    let text = "He said “we will build it” today."
    let good = Quote(text: "we will build it", start: 9, end: 25)
    #expect(QuoteCheck.violations(of: [good], in: text) == [])
    let normalised = Quote(text: "it's \"fine\"", start: 9, end: 20)
    #expect(QuoteCheck.violations(of: [normalised], in: "He said “it’s ‘fine’” today.") == [])
    #expect(QuoteCheck.violations(of: [Quote(text: "we", start: 9, end: 40)], in: text).count == 1)
    #expect(
      QuoteCheck.violations(of: [Quote(text: "they", start: 9, end: 11)], in: text).count == 1)
    #expect(QuoteCheck.violations(of: [Quote(text: "", start: 5, end: 4)], in: text).count == 1)
    let interrupted = "“We wait,” Okafor said. “Trains run.”"
    let parts = Quote(
      text: "We wait, \u{2026} Trains run.", start: 1, end: 36, segments: [1..<9, 25..<36])
    #expect(QuoteCheck.violations(of: [parts], in: interrupted) == [])
    let runOn = Quote(text: "We wait, Trains run.", start: 1, end: 36, segments: [1..<9, 25..<36])
    #expect(QuoteCheck.violations(of: [runOn], in: interrupted).count == 1)
    let apart = Quote(text: "We wait, Trains run.", start: 1, end: 36, segments: [1..<9, 8..<36])
    #expect(QuoteCheck.violations(of: [apart], in: interrupted).count == 1)
  }

  @Test func theMemoCheckSeesStructureThatChanged() {
    let lines = MarkdownLines.structure(of: "# T\n\ntext\n## A\n- one\n1. two\n> q\n***\n\\# no\n")
    #expect(lines == [.heading(1), .heading(2), .bullet, .ordered, .blockQuote, .thematicBreak])
    #expect(MarkdownLines.kind(of: "Title\n===".split(separator: "\n")[1]) == .setextUnderline)
  }

  @Test func wordsWithQuotesAndEscapesRoundTrip() {
    #expect(WordsCheck.roundTrip(["load", "a b", "", #"x"y\"#]) == [])
    #expect(WordsCheck.violations(in: Array("load \"a b\" c".utf8)) == [])
  }
}
