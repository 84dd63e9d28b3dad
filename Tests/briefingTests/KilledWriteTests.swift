import Foundation
import Testing

/// Kills the binary with SIGKILL at several moments of `memo --out` and of `save` and checks
/// that the output is absent or complete, never half written, and that the session opens with
/// exactly what it held before. (A killed load is in CrashSafetyTests.)
struct KilledWriteTests {
  /// When to kill, as fractions of an uninterrupted run: most near the end, where the file is
  /// written.
  static let fractions = [0.05, 0.2, 0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.96, 0.98, 1.0]

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
    try? FileManager.default.removeItem(atPath: articles)
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

  /// Seconds an uninterrupted run of `command` takes: the quicker of two (the first may be
  /// slower, warming caches).
  func duration(of command: String) throws -> Double {
    var fastest = Double.infinity
    for _ in 0..<2 {
      let started = Date()
      let result = try BinaryRunner.run(["--session", session, "-c", command])
      #expect(result.status == 0, "\(result.errors)")
      fastest = min(fastest, Date().timeIntervalSince(started))
    }
    return fastest
  }

  @Test func aKilledMemoWriteLeavesNoHalfMemo() throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let reference = folder + "/reference.md"
    let seconds = try duration(of: "memo --out \(reference)")
    let complete = try String(contentsOfFile: reference, encoding: .utf8)
    var kills = 0
    for (number, fraction) in Self.fractions.enumerated() {
      let out = folder + "/memo-\(number).md"
      if try kill("memo --out \(out)", after: seconds * fraction) { kills += 1 }
      if FileManager.default.fileExists(atPath: out) {
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text == complete, "half a memo when killed at \(fraction) of the run")
      }
    }
    #expect(kills > 0, "every memo finished before its kill")
    #expect(try BadInputTests.contents(of: session) == before)
  }

  @Test func aKilledSaveLeavesNoHalfSession() throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let seconds = try duration(of: "save \(folder)/reference.session")
    var kills = 0
    for (number, fraction) in Self.fractions.enumerated() {
      let copy = folder + "/copy-\(number).session"
      if try kill("save \(copy)", after: seconds * fraction) { kills += 1 }
      if FileManager.default.fileExists(atPath: copy) {
        let contents = try BadInputTests.contents(of: copy)
        #expect(contents == before, "a partial copy when killed at \(fraction) of the run")
      }
    }
    #expect(kills > 0, "every save finished before its kill")
    #expect(try BadInputTests.contents(of: session) == before)
  }
}
