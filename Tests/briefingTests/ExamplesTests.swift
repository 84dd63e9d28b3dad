import Foundation
import Testing

/// Runs every `examples/*.brief` through the binary and compares its output with the
/// `.expected` file beside it. `BRIEFING_RECORD=1` rewrites the file (and still fails).
struct ExamplesTests {
  static let scripts: [String] = {
    let folder = BinaryRunner.repositoryRoot + "/examples"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".brief") }.sorted()
  }()

  @Test(arguments: scripts)
  func scriptOutputMatchesTheExpectedFile(script: String) throws {
    let result = try BinaryRunner.run(["-f", "examples/" + script])
    #expect(result.status == 0, "\(result.errors)")
    let expectedPath =
      BinaryRunner.repositoryRoot + "/examples/"
      + script.replacingOccurrences(of: ".brief", with: ".expected")
    if ProcessInfo.processInfo.environment["BRIEFING_RECORD"] == "1" {
      try Data(result.output.utf8).write(to: URL(fileURLWithPath: expectedPath))
      Issue.record("recorded \(expectedPath); rerun without BRIEFING_RECORD")
      return
    }
    let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
    #expect(result.output == expected)
  }

  @Test func theShippedExamplesExist() {
    #expect(Self.scripts.contains("morning.brief"))
  }
}
