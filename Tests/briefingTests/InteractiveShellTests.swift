import Foundation
import Testing

/// The shell as an analyst meets it on a terminal: prompt, Tab completion, Ctrl-C, history,
/// Ctrl-D. Keystrokes go through a pseudo-terminal to the real binary and libedit.
@Suite(.serialized)
struct InteractiveShellTests {
  static func start(in folder: String) throws -> TerminalSession {
    try TerminalSession(
      arguments: ["--session", folder + "/memo.brief"],
      environment: ["BRIEFING_HISTORY": folder + "/history", "NO_COLOR": "1"])
  }

  @Test func tabCompletesCommandsAndSpeakersAndCtrlCClearsTheLine() throws {
    let folder = try BinaryRunner.temporaryFolder()
    let shell = try Self.start(in: folder)
    var mark = try shell.wait(for: "briefing> ")
    shell.type("load examples/articles\r")
    mark = try shell.wait(for: "loaded 6 articles", from: mark)
    mark = try shell.wait(for: "briefing> ", from: mark)

    // Ctrl-C drops what was typed: the line is marked and never runs.
    shell.type("drop 1")
    shell.type("\u{03}")
    mark = try shell.wait(for: "^C", from: mark)
    mark = try shell.wait(for: "briefing> ", from: mark)
    // On an empty line it only gives a new prompt: the shell does not leave.
    shell.type("\u{03}")
    mark = try shell.wait(for: "^C", from: mark)
    mark = try shell.wait(for: "briefing> ", from: mark)

    // Tab completes a command name, then a speaker's full name after --speaker.
    shell.type("quo\t")
    mark = try shell.wait(for: "tes", from: mark)
    shell.type("--speaker Idr\t")
    mark = try shell.wait(for: "is Okafor\"", from: mark)
    shell.type("\r")
    mark = try shell.wait(for: "We found the corrosion early", from: mark)
    mark = try shell.wait(for: "briefing> ", from: mark)

    // Nothing was dropped: all six articles are still listed.
    shell.type("articles\r")
    mark = try shell.wait(for: "Harbour bridge reopens", from: mark)
    mark = try shell.wait(for: "briefing> ", from: mark)

    // Ctrl-D on an empty line leaves with success.
    shell.type("\u{04}")
    #expect(shell.exitStatus() == 0)
  }

  @Test func historyRecallsEarlierLinesAcrossRuns() throws {
    let folder = try BinaryRunner.temporaryFolder()
    let first = try Self.start(in: folder)
    var mark = try first.wait(for: "briefing> ")
    first.type("set title Harbour week\r")
    mark = try first.wait(for: "briefing> ", from: mark)
    first.type("\u{04}")
    #expect(first.exitStatus() == 0)
    let saved = try String(contentsOfFile: folder + "/history", encoding: .utf8)
    #expect(saved.contains("Harbour"))  // libedit may write spaces as \040

    // A new run offers the line again with Up (Ctrl-P).
    let second = try Self.start(in: folder)
    mark = try second.wait(for: "briefing> ")
    second.type("\u{10}")
    try second.wait(for: "Harbour week", from: mark)
    second.type("\u{15}\u{04}")  // clear the line, then leave
    #expect(second.exitStatus() == 0)
  }
}
