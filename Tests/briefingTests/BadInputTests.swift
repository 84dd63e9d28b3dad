import Foundation
import Testing

/// The bad-input matrix, through the binary: each bad file, folder, template, output path or
/// session gives a clear message naming it, never a crash, leaves the session as it was, and
/// finishes in seconds. Inputs are made in a temporary folder at test time.
struct BadInputTests {
  let folder: String
  let session: String
  /// What the session held before the command under test.
  let before: String

  init() throws {
    folder = try BinaryRunner.temporaryFolder()
    session = folder + "/s.session"
    let setup = try BinaryRunner.run([
      "--session", session, "-c", "load examples/articles", "-c", "set title Kept",
      "-c", "note Kept judgment", "-c", "pin quote 1.1",
    ])
    #expect(setup.status == 0, "\(setup.errors)")
    before = try Self.contents(of: session)
  }

  /// Everything a session shows: articles, quotes, fields, notes and pins.
  static func contents(of session: String) throws -> String {
    let result = try BinaryRunner.run([
      "--session", session, "-c", "articles --json", "-c", "quotes --json", "-c", "fields --json",
      "-c", "notes", "-c", "pins",
    ])
    #expect(result.status == 0, "\(result.errors)")
    return result.output
  }

  /// Runs `command` on the session, timing it.
  func run(_ command: String) throws -> (result: BinaryRunner.Result, seconds: Double) {
    let started = Date()
    let result = try BinaryRunner.run(["--session", session, "-c", command])
    return (result, Date().timeIntervalSince(started))
  }

  /// `command` fails with a message holding `message` and naming `input`, and changes nothing.
  func expectRefused(_ command: String, naming input: String, saying message: String) throws {
    let (result, seconds) = try run(command)
    #expect(result.status == 1, "\(command): \(result.output)")
    #expect(
      result.errors.contains("'\(input)'") || result.errors.contains("\(input):"),
      "\(result.errors)")
    #expect(result.errors.contains(message), "\(result.errors)")
    #expect(!result.errors.contains("Fatal error") && !result.errors.contains("crashed"))
    #expect(seconds < 30, "\(command) took \(seconds) s")
    #expect(try Self.contents(of: session) == before, "\(command) changed the session")
  }

  func write(_ bytes: [UInt8], to name: String) throws -> String {
    let path = folder + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  static let badFiles: [(name: String, bytes: [UInt8], message: String)] = [
    ("binary.bin", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 0xFF, 0xFE, 0], "binary file"),
    ("nul.txt", Array("Title\n\nText with a\0NUL byte.".utf8), "binary file"),
    ("empty.txt", [], "is empty"),
    ("blank.txt", Array(" \n\t\r\n ".utf8), "is empty"),
    ("nested.json", [UInt8](repeating: 0x5B, count: 100_000), "nesting"),
    ("wrong.json", Array(#"{"title": 5, "text": "Body."}"#.utf8), "field 'title' should be"),
    ("wrong.jsonl", Array("{\"title\": [1]}\n{\"title\": 2}\n".utf8), "line 1"),
    ("front.md", Array("---\ntitle: [unclosed\n---\nBody text.\n".utf8), "front matter"),
    ("front-open.md", Array("---\ntitle: A\nBody text without an end.\n".utf8), "front matter"),
  ]

  @Test(arguments: badFiles)
  func aBadFileIsNamedAndChangesNothing(name: String, bytes: [UInt8], message: String) throws {
    let path = try write(bytes, to: name)
    try expectRefused("load \(path)", naming: path, saying: message)
  }

  @Test func aTruncatedJSONLineFailsTheLoadButTheOtherLinesLoad() throws {
    let lines = "{\"title\": \"Ferry fares\", \"text\": \"Fares rise in May.\"}\n{\"title\": \"Cut"
    let path = try write(Array(lines.utf8), to: "cut.jsonl")
    let (result, _) = try run("load \(path)")
    #expect(result.status == 1, "\(result.output)")
    #expect(result.errors.contains("'\(path)' line 2, column"), "\(result.errors)")
    #expect(result.errors.contains("loaded 1 article from \(path) (1 failed)"), "\(result.errors)")
    let after = try Self.contents(of: session)
    #expect(after.contains("Ferry fares") && after.contains("Kept judgment"))
  }

  @Test func aFileOverTheLimitIsRefusedWithoutReadingIt() throws {
    let path = folder + "/huge.txt"
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: 51 << 20)
    try handle.close()
    try expectRefused("load \(path)", naming: path, saying: "limit")
  }
}

extension BadInputTests {
  /// Loads `bytes` into a fresh session and returns the one article's JSON and the warnings.
  func loadAlone(_ bytes: [UInt8], as name: String) throws -> (
    article: [String: Any], errors: String
  ) {
    let path = try write(bytes, to: name)
    let fresh = folder + "/\(name).session"
    let result = try BinaryRunner.run([
      "--session", fresh, "-c", "load \(path)", "-c", "articles --json",
    ])
    #expect(result.status == 0, "\(name): \(result.errors)")
    let json = result.output.split(separator: "\n").last.map(String.init) ?? ""
    let list = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
    return (try #require(list?.first), result.errors)
  }

  static let story = "Bridge opens\n\nThe bridge opened today."

  static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in text.utf16 {
      let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
      bytes += bigEndian ? pair : pair.reversed()
    }
    return bytes
  }

  static let encodings: [(name: String, bytes: [UInt8])] = [
    ("utf8-bom.txt", [0xEF, 0xBB, 0xBF] + Array(story.utf8)),
    ("utf16le.txt", utf16(story, bigEndian: false)),
    ("utf16be.txt", utf16(story, bigEndian: true)),
    ("crlf.txt", Array("Bridge opens\r\n\r\nThe bridge opened today.\r\n".utf8)),
    ("cr.txt", Array("Bridge opens\r\rThe bridge opened today.\r".utf8)),
  ]

  @Test(arguments: encodings)
  func otherEncodingsAndLineEndsReadAsPlainUTF8(name: String, bytes: [UInt8]) throws {
    let (article, errors) = try loadAlone(bytes, as: name)
    #expect(article["title"] as? String == "Bridge opens", "\(name)")
    #expect(article["summary"] as? String == "The bridge opened today.", "\(name)")
    #expect(!errors.contains("warning") && !errors.contains("error"), "\(name): \(errors)")
  }

  static let latin1: [(name: String, bytes: [UInt8])] = [
    ("latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" news\n\nThe cafe opened.".utf8)),
    ("invalid.txt", Array("Caf".utf8) + [0xC3, 0x28] + Array(" news\n\nThe cafe opened.".utf8)),
  ]

  @Test(arguments: latin1)
  func invalidUTF8IsReadAsWindows1252WithAWarning(name: String, bytes: [UInt8]) throws {
    let (article, errors) = try loadAlone(bytes, as: name)
    #expect(article["summary"] as? String == "The cafe opened.")
    #expect(name != "latin1.txt" || article["title"] as? String == "Café news")
    let path = folder + "/" + name
    #expect(errors.contains("'\(path)' is not valid UTF-8"), "\(errors)")
  }

  @Test func htmlWithUnclosedTagsAndAMegabyteAttribute() throws {
    let html =
      "<html><head><title>Dock strike vote</title><body><p data-x=\""
      + String(repeating: "x", count: 1 << 20) + "\">Dockers will vote <b>on Monday <div><p>"
      + "The union said <i>it was ready"
    let started = Date()
    let (article, _) = try loadAlone(Array(html.utf8), as: "unclosed.html")
    #expect(Date().timeIntervalSince(started) < 30)
    #expect(article["title"] as? String == "Dock strike vote")
    #expect((article["words"] as? Int ?? 0) < 20, "the attribute became text")
  }
}
