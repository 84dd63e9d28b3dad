import BriefingKit
import Foundation
import Testing

/// The tables of `speakers` and `topics` as an analyst reads them at the prompt.
struct ListingTests {
  static let files = [
    "a.txt":
      "Bridge reopens\n\n\"We found the corrosion early,\" said Transport Secretary Idris Okafor. "
      + "\"The report is public,\" Okafor added. The mayor of Tarnby, Lena Brisk, said: "
      + "\"We are glad.\"\n",
    "b.txt":
      "Port strike\n\n\"Our members have been patient for a year,\" said union secretary Dalia "
      + "Moreno in Tarnby.\n",
  ]

  func run(_ line: String) throws -> Harness {
    var harness = try Harness(files: Self.files)
    harness.run("load a.txt b.txt", line, stopOnError: false)
    return harness
  }

  @Test func speakersLimitKeepsTheMostQuotedAndSaysHowManyMore() throws {
    let table = try run("speakers --limit 1").output
    let rows = table.split(separator: "\n")
    #expect(rows.count == 3, "\(table)")
    #expect(rows[1].hasPrefix("Idris Okafor"), "\(table)")
    #expect(rows[2] == "… and 2 more (speakers --limit 3 lists all)", "\(table)")
    let json = try run("speakers --limit 2 --json").output
    let speakers = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect(speakers.count == 2)
    #expect(!(try run("speakers").output.contains("more (")))
  }

  @Test func speakersRejectsABadLimitNamingIt() throws {
    let harness = try run("speakers --limit many")
    #expect(harness.errors.contains("many"), "\(harness.errors)")
    #expect(harness.errors.contains("--limit takes a whole number"), "\(harness.errors)")
    #expect(try run("speakers Okafor").errors.contains("Okafor"))
  }

  /// A limit of none read as an empty session (`no quotes`, `no topics`): every listing now
  /// says the limit is wrong.
  @Test(arguments: ["quotes", "topics", "speakers", "articles", "search Okafor"])
  func aLimitOfZeroIsRefusedNotShownAsNothing(_ command: String) throws {
    let harness = try run("\(command) --limit 0")
    #expect(
      harness.errors.contains("invalid value '0': --limit takes a number of 1 or more"),
      "\(harness.errors)")
    #expect(!harness.output.contains("no \(command.prefix(while: { $0 != " " }))"))
  }

  @Test func topicScoresHaveTwoDecimalsSoTheColumnLinesUp() throws {
    let table = try run("topics").output
    let rows = table.split(separator: "\n").dropFirst()
    #expect(rows.count >= 3, "\(table)")
    let header = try #require(table.split(separator: "\n").first)
    let column = header.distance(
      from: header.startIndex, to: try #require(header.range(of: "SCORE")).lowerBound)
    for row in rows {
      let cell = row.dropFirst(column).prefix { $0 != " " }
      let parts = cell.split(separator: ".", omittingEmptySubsequences: false)
      #expect(parts.count == 2 && parts[1].count == 2, "\(row)")
      #expect(parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }, "\(row)")
    }
  }
}
