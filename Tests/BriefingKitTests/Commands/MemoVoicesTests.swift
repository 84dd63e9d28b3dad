import BriefingKit
import Foundation
import Testing

/// The memo's key quotes give several people a say before one person a third time.
struct MemoVoicesTests {
  /// Three stories quoting Idris Okafor twice each, and one quoting Dalia Moreno once.
  static let files: [String: String] = {
    var files: [String: String] = [:]
    for (index, topic) in ["bridge", "tolls", "ferries"].enumerated() {
      files["news/\(index).txt"] =
        "Okafor on \(topic)\n\nIdris Okafor spoke about the \(topic) on Monday. \"We found the "
        + "trouble with the \(topic) early and we fixed it,\" Okafor said. \"Nobody will pay "
        + "more for the \(topic) this winter, I can promise that,\" Okafor added.\n"
    }
    files["news/3.txt"] =
      "Strike looms\n\n\"Our members have been patient for a whole year and more now,\" said "
      + "union secretary Dalia Moreno.\n"
    return files
  }()

  @Test func aThirdQuoteFromOneSpeakerWaitsForOtherVoices() throws {
    var harness = try Harness(files: Self.files)
    let failures = harness.run("load news", "set max_quotes 3", "memo")
    #expect(failures == 0, "\(harness.errors)")
    #expect(harness.output.contains("Our members have been patient"), "\(harness.output)")
    #expect(harness.output.components(separatedBy: "— **Idris Okafor**").count - 1 == 2)
  }

  @Test func oneVoiceStillFillsTheMemo() throws {
    var files = Self.files
    files["news/3.txt"] = nil
    var harness = try Harness(files: files)
    harness.run("load news", "set max_quotes 4", "memo")
    #expect(
      harness.output.components(separatedBy: "— **Idris Okafor**").count - 1 == 4,
      "\(harness.output)")
  }

  @Test func oneLongArticleStillFillsTheMemo() throws {
    var body = "Port talks\n\nIdris Okafor met the unions on Monday."
    for number in 1...5 {
      body += " \"Point \(number) of the plan is settled and the port will reopen,\" Okafor said."
    }
    var harness = try Harness(files: ["news/a.txt": body + "\n"])
    harness.run("load news", "set max_quotes 4", "pin topic Idris Okafor", "memo")
    #expect(
      harness.output.components(separatedBy: "— **Idris Okafor**").count - 1 == 4,
      "\(harness.output)")
  }
}
