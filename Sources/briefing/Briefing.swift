import ArgumentParser
import BriefingKit
import Foundation
import Synchronization

/// The `briefing` executable: parses flags, opens the session, and feeds lines to the driver
/// from the prompt, `-c`, `-f` files or standard input.
@main
struct Briefing: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "briefing",
    abstract: "A shell that turns news articles into briefing memos.",
    discussion: "With no -c or -f, reads commands from the prompt (or from standard input).")

  @Option(help: "Open or create a session file (in memory without it).")
  var session: String?
  @Option(help: "A folder of memo templates, ahead of the shipped ones.")
  var templates: String?
  @Option(name: .customShort("c"), help: "Run a command; repeatable, run in order.")
  var commands: [String] = []
  @Option(name: .customShort("f"), help: "Run a script file; repeatable, run in order.")
  var files: [String] = []
  @Flag(help: "Run every command even after one fails (exit 1 if any failed).")
  var keepGoing = false
  @Option(help: "Colour: auto, always or never.")
  var color: ColorMode = .auto

  func run() throws {
    var standardError = StandardError()
    let store: SessionStore
    do {
      store = try SessionStore(path: session)
    } catch {
      print("briefing: error: \(error)", to: &standardError)
      throw ExitCode(1)
    }
    let interactive = commands.isEmpty && files.isEmpty && Terminal.isInteractive
    let progress: @Sendable (String?) -> Void = { line in
      if interactive { Terminal.showProgress(line) }
    }
    let context = CommandContext(
      store: store, today: Self.today,
      templateDirectories: Terminal.templateDirectories(option: templates),
      isInteractive: interactive, width: interactive ? Terminal.width : 100,
      useColor: interactive && Terminal.usesColor(color) || color == .always,
      isCancelled: { interrupted.load(ordering: .relaxed) }, progress: progress)
    var driver = Driver(context: context)
    var standardOutput = StandardOutput()
    if interactive {
      Shell.run(&driver, output: &standardOutput, errors: &standardError)
      return
    }
    let failures = Script.runAll(
      CommandLine.arguments, commands: commands, files: files, driver: &driver,
      stopOnError: !keepGoing, output: &standardOutput, errors: &standardError)
    if failures > 0 { throw ExitCode(1) }
  }
}

extension Briefing {
  /// Now, or `SOURCE_DATE_EPOCH` when set, so scripted memos can be reproduced exactly.
  static var today: Date {
    ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map(
      Date.init(timeIntervalSince1970:)) ?? Date()
  }
}

extension ColorMode: ExpressibleByArgument {}

/// Standard output as a text stream.
struct StandardOutput: TextOutputStream {
  mutating func write(_ string: String) { FileHandle.standardOutput.write(Data(string.utf8)) }
}

/// Standard error as a text stream.
struct StandardError: TextOutputStream {
  mutating func write(_ string: String) { FileHandle.standardError.write(Data(string.utf8)) }
}
