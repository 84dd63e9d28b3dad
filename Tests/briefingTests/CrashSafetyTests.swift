import Foundation
import Testing

/// Kills the binary with SIGKILL in the middle of a large load and checks that the session
/// file still opens with exactly what it held before that command.
struct CrashSafetyTests {
  @Test func aKilledLoadLeavesTheSessionAsItWas() throws {
    let folder = try BinaryRunner.temporaryFolder()
    let articles = folder + "/many"
    try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
    for index in 0..<3000 {
      let text =
        "Report number \(index)\n\nThe council met on day \(index) and said \"we will decide soon\", the mayor said. "
        + String(repeating: "Budget lines were read aloud for the record. ", count: 60)
      try text.write(toFile: articles + "/\(index).txt", atomically: false, encoding: .utf8)
    }
    let session = folder + "/s.session"
    let setup = try BinaryRunner.run(["--session", session, "-c", "load examples/articles"])
    #expect(setup.status == 0, "\(setup.errors)")

    let process = Process()
    process.executableURL = URL(fileURLWithPath: BinaryRunner.binary)
    process.arguments = ["--session", session, "-c", "load \(articles)"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: 0.8)
    let stillRunning = process.isRunning
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()

    let after = try BinaryRunner.run(["--session", session, "-c", "articles --json"])
    #expect(after.status == 0, "\(after.errors)")
    let list = try JSONSerialization.jsonObject(with: Data(after.output.utf8)) as? [Any]
    if stillRunning {
      #expect(list?.count == 6)
    } else {
      #expect(list?.count == 3006)
    }
  }
}
