import Foundation
import Testing

struct EndToEndTests {
  @Test func badFlagsAreAUsageError() throws {
    let result = try BinaryRunner.run(["--bogus"])
    #expect(result.status == 64)
    #expect(result.errors.contains("Unknown option '--bogus'"))
  }

  @Test func commandsRunInOrderAndTheFailingOneIsNamed() throws {
    let result = try BinaryRunner.run(["-c", "set title A", "-c", "lod x", "-c", "fields"])
    #expect(result.status == 1)
    #expect(result.errors == "-c #2: error: unknown command 'lod'; did you mean 'load'?\n")
    #expect(result.output.isEmpty)
  }

  @Test func keepGoingRunsTheRest() throws {
    let result = try BinaryRunner.run([
      "--keep-going", "-c", "lod x", "-c", "set title A", "-c", "fields --json",
    ])
    #expect(result.status == 1)
    #expect(result.output.contains(#""title":"A""#))
  }

  @Test func aPipedScriptNamesTheLine() throws {
    let result = try BinaryRunner.run(
      [], input: "set title A\n\n# comment\nfields --json\ndrop 7\nfields\n")
    #expect(result.status == 1)
    #expect(result.errors == "stdin:5: error: no article with id 7; 'articles' lists them\n")
    #expect(
      result.output
        == #"{"title":"A","subject":null,"to":null,"from":null,"date":null,"classification":null,"bluf":null,"max_quotes":null,"max_topics":null,"max_articles":null}"#
        + "\n")
  }

  @Test func scriptFilesAndCommandsMixInOrder() throws {
    let folder = try BinaryRunner.temporaryFolder()
    try "set title From script\nfields --json\n".write(
      toFile: folder + "/a.brief", atomically: true, encoding: .utf8)
    let result = try BinaryRunner.run([
      "-c", "set title First", "-f", folder + "/a.brief", "-c", "unset title", "-c",
      "fields --json",
    ])
    #expect(result.status == 0, "\(result.errors)")
    let lines = result.output.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.first?.contains("From script") == true)
    #expect(lines.last?.contains(#""title":null"#) == true)
  }

  @Test func aMissingScriptIsNamed() throws {
    let result = try BinaryRunner.run(["-f", "/nonexistent/x.brief"])
    #expect(result.status == 1)
    #expect(result.errors.contains("'/nonexistent/x.brief': no such file or folder"))
  }

  @Test func jsonOutputIsOneDocument() throws {
    let result = try BinaryRunner.run(["-c", "load examples/articles", "-c", "articles --json"])
    #expect(result.status == 0, "\(result.errors)")
    let lines = result.output.split(separator: "\n")
    let json = try #require(lines.last)
    let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
    #expect((parsed?.count ?? 0) >= 5)
  }

  @Test func sessionsSurviveARestart() throws {
    let folder = try BinaryRunner.temporaryFolder()
    let session = folder + "/s.session"
    let first = try BinaryRunner.run([
      "--session", session, "-c", "load examples/articles", "-c", "set title Kept",
    ])
    #expect(first.status == 0, "\(first.errors)")
    let second = try BinaryRunner.run([
      "--session", session, "-c", "articles --json", "-c", "fields --json",
    ])
    #expect(second.status == 0)
    #expect(second.output.contains(#""title":"Kept""#))
    #expect(second.output.contains("01-harbour-bridge.txt"))
  }

  @Test func aFileThatIsNotASessionIsAnErrorAndUntouched() throws {
    let folder = try BinaryRunner.temporaryFolder()
    let path = folder + "/notes.txt"
    try "my notes\n".write(toFile: path, atomically: true, encoding: .utf8)
    let result = try BinaryRunner.run(["--session", path, "-c", "articles"])
    #expect(result.status == 1)
    #expect(result.errors.contains("is not a briefing session file"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "my notes\n")
  }
}
