import BriefingKit
import Foundation

/// Runs command lines through ``Driver`` the way `briefing -c` does, so the figures are what a
/// user gets; output is counted and discarded.
struct BenchShell {
  var driver: Driver

  init(store: SessionStore, templates: String) {
    driver = Driver(
      context: CommandContext(
        store: store, today: Date(timeIntervalSince1970: 1_767_225_600),
        templateDirectories: [templates]))
  }

  /// Runs `line` and returns how many bytes it printed.
  /// - Throws: ``BenchError/commandFailed(_:_:)`` with the messages when the command fails.
  @discardableResult
  mutating func run(_ line: String) throws -> Int {
    var output = CountingStream()
    var errors = ""
    let outcome = driver.run(
      [line], from: .commandLine(1), output: &output, errors: &errors, stopOnError: true)
    guard outcome.failures == 0 else { throw BenchError.commandFailed(line, errors) }
    return output.bytes
  }
}

/// A text stream that only counts what is written to it.
struct CountingStream: TextOutputStream {
  var bytes = 0

  mutating func write(_ string: String) { bytes += string.utf8.count }
}

/// Why the benchmark stopped.
enum BenchError: Error, CustomStringConvertible {
  /// A command failed; carries the line and its error messages.
  case commandFailed(String, String)
  /// A child phase exited with a failure status.
  case phaseFailed(String, Int32)
  /// A file could not be read or written.
  case io(String)

  var description: String {
    switch self {
    case .commandFailed(let line, let errors): return "'\(line)' failed: \(errors)"
    case .phaseFailed(let phase, let status): return "phase '\(phase)' exited with status \(status)"
    case .io(let message): return message
    }
  }
}
