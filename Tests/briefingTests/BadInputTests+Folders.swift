import Foundation
import Testing

/// The bad-input matrix, continued: folders, permissions, templates, output paths, sessions.
extension BadInputTests {
  @Test func aFolderWithASymlinkLoopLoadsItsFilesOnce() throws {
    let loop = folder + "/loop"
    try FileManager.default.createDirectory(
      atPath: loop + "/sub", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: loop + "/sub/up", withDestinationPath: "..")
    try "Loop article\n\nA story kept in a looping folder.".write(
      toFile: loop + "/a.txt", atomically: true, encoding: .utf8)
    let fresh = folder + "/loop.session"
    let started = Date()
    let result = try BinaryRunner.run(["--session", fresh, "-c", "load \(loop)"])
    #expect(Date().timeIntervalSince(started) < 30)
    #expect(result.status == 0, "\(result.errors)")
    #expect((result.output + result.errors).contains("loaded 1 article from"), "\(result.errors)")
  }

  @Test(.enabled(if: getuid() != 0, "runs as root, where chmod 000 does not stop reading"))
  func anUnreadableFileIsNamed() throws {
    let path = try write(Array("Locked\n\nText.".utf8), to: "locked.txt")
    #expect(chmod(path, 0) == 0)
    try expectRefused("load \(path)", naming: path, saying: "cannot read")
  }

  @Test func aFolderOfTenThousandFilesLoadsInSeconds() throws {
    let many = folder + "/many"
    defer { try? FileManager.default.removeItem(atPath: many) }
    try FileManager.default.createDirectory(atPath: many, withIntermediateDirectories: true)
    for index in 0..<10_000 {
      try "Item \(index)\n\nNote number \(index) for the desk.".write(
        toFile: many + "/\(index).txt", atomically: false, encoding: .utf8)
    }
    let started = Date()
    let result = try BinaryRunner.run(["--session", folder + "/many.session", "-c", "load \(many)"])
    #expect(Date().timeIntervalSince(started) < 120)
    #expect(result.status == 0, "\(result.errors)")
    #expect((result.output + result.errors).contains("loaded 10000 articles"), "\(result.errors)")
  }

  /// The whole pipeline, not just the reader (EncodingTests reads a 30 MB line): about 7 s in a
  /// debug build, 2.5 s in release, on a busy 2-core machine.
  @Test func aHundredThousandShortLinesLoadInLinearTime() throws {
    let lines = (0..<100_000).map { "Line \($0) is short." }.joined(separator: "\n")
    let path = try write(Array(("Many lines\n\n" + lines).utf8), to: "lines.txt")
    let started = Date()
    let result = try BinaryRunner.run([
      "--session", folder + "/lines.session", "-c", "load \(path)",
    ])
    #expect(Date().timeIntervalSince(started) < 60)
    #expect(result.status == 0, "\(result.errors)")
    #expect((result.output + result.errors).contains("loaded 1 article"), "\(result.errors)")
  }

  @Test func aTemplateWithASyntaxErrorIsNamedWithItsLine() throws {
    let path = try write(
      Array("# {{memo.title}}\n{{#quotes}}\n- {{text}\n".utf8), to: "bad.mustache")
    try expectRefused("memo --template \(path)", naming: path, saying: "\(path):3:")
  }

  @Test func aMemoOutIntoAMissingFolderWritesNothing() throws {
    let path = folder + "/missing/memo.md"
    try expectRefused("memo --out \(path)", naming: path, saying: "does not exist")
    #expect(!FileManager.default.fileExists(atPath: folder + "/missing"))
  }

  /// A copy of the session with `damage` applied to its bytes.
  func damagedCopy(_ name: String, _ damage: (inout [UInt8]) -> Void) throws -> String {
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: session)))
    damage(&bytes)
    return try write(bytes, to: name)
  }

  @Test(arguments: ["header", "truncated", "text"])
  func aDamagedSessionIsRefusedAndLeftAsItIs(damage: String) throws {
    let path = try damagedCopy("\(damage).session") { bytes in
      switch damage {
      case "header": for index in 0..<min(100, bytes.count) { bytes[index] = UInt8(index) }
      case "truncated": bytes = Array(bytes.prefix(bytes.count / 3))
      default: bytes = Array("my notes, not a session\n".utf8)
      }
    }
    let original = try Data(contentsOf: URL(fileURLWithPath: path))
    let direct = try BinaryRunner.run(["--session", path, "-c", "articles"])
    #expect(direct.status == 1, "\(damage): \(direct.output)")
    #expect(direct.errors.contains("'\(path)'"), "\(direct.errors)")
    try expectRefused("open \(path)", naming: path, saying: "session")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")))
  func aSessionFromANewerSchemaIsRefusedByOpen() throws {
    let path = try damagedCopy("newer.session") { _ in }
    let process = try Process.run(
      URL(fileURLWithPath: "/usr/bin/sqlite3"),
      arguments: [path, "INSERT INTO grdb_migrations VALUES ('v99')"])
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    try expectRefused("open \(path)", naming: path, saying: "newer briefing")
  }
}
