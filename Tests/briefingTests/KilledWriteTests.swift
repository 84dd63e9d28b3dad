import Foundation
import Testing

/// Kills the binary with SIGKILL at several moments of `memo --out` and of `save` and checks
/// that the output is absent or complete, never half written, and that the session opens with
/// exactly what it held before. (A killed load is in CrashSafetyTests.)
struct KilledWriteTests {
  static let delays = [0.01, 0.03, 0.08, 0.15, 0.3, 0.6, 1.2]

  let folder: String
  let session: String
  let before: String

  /// A session of 600 articles, so that rendering and saving take a while.
  init() throws {
    folder = try BinaryRunner.temporaryFolder()
    let articles = folder + "/articles"
    try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
    for index in 0..<600 {
      let text =
        "Council report \(index)\n\nMayor Ana Lind said \"the vote on item \(index) will "
        + "come soon\", and the Harbour Board agreed. "
        + String(repeating: "Budget line \(index) was read into the record. ", count: 30)
      try text.write(toFile: articles + "/\(index).txt", atomically: false, encoding: .utf8)
    }
    session = folder + "/s.session"
    let setup = try BinaryRunner.run([
      "--session", session, "-c", "load \(articles)", "-c", "set title Kept",
    ])
    #expect(setup.status == 0, "\(setup.errors)")
    before = try BadInputTests.contents(of: session)
  }

  /// Runs `command` and kills it after `delay` seconds; true if it was still running then.
  func kill(_ command: String, after delay: Double) throws -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: BinaryRunner.binary)
    process.arguments = ["--session", session, "-c", command]
    process.currentDirectoryURL = URL(fileURLWithPath: BinaryRunner.repositoryRoot)
    var environment = ProcessInfo.processInfo.environment
    environment["SOURCE_DATE_EPOCH"] = "1770336000"  // the memo's date, as BinaryRunner sets it
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: delay)
    let wasRunning = process.isRunning
    Foundation.kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    return wasRunning
  }

  @Test func aKilledMemoWriteLeavesNoHalfMemo() throws {
    let reference = folder + "/reference.md"
    let full = try BinaryRunner.run(["--session", session, "-c", "memo --out \(reference)"])
    #expect(full.status == 0, "\(full.errors)")
    let complete = try String(contentsOfFile: reference, encoding: .utf8)
    var kills = 0
    for (number, delay) in Self.delays.enumerated() {
      let out = folder + "/memo-\(number).md"
      if try kill("memo --out \(out)", after: delay) { kills += 1 }
      if FileManager.default.fileExists(atPath: out) {
        #expect(
          try String(contentsOfFile: out, encoding: .utf8) == complete, "half a memo at \(delay) s")
      }
    }
    #expect(kills > 0, "every memo finished before its kill")
    #expect(try BadInputTests.contents(of: session) == before)
  }

  @Test func aKilledSaveLeavesNoHalfSession() throws {
    var kills = 0
    for (number, delay) in Self.delays.enumerated() {
      let copy = folder + "/copy-\(number).session"
      if try kill("save \(copy)", after: delay) { kills += 1 }
      if FileManager.default.fileExists(atPath: copy) {
        #expect(try BadInputTests.contents(of: copy) == before, "a partial copy at \(delay) s")
      }
    }
    #expect(kills > 0, "every save finished before its kill")
    #expect(try BadInputTests.contents(of: session) == before)
  }
}
