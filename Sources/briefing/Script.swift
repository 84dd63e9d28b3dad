import BriefingKit
import Foundation

/// Non-interactive runs: `-c` and `-f` in the order given, or standard input.
enum Script {
  /// Runs the `-c` commands and `-f` files in command-line order; returns the failures.
  static func runAll(
    _ arguments: [String], commands: [String], files: [String], driver: inout Driver,
    stopOnError: Bool, output: inout some TextOutputStream, errors: inout some TextOutputStream
  ) -> Int {
    let steps = ordered(arguments, commands: commands, files: files)
    if steps.isEmpty {
      let lines = AnyIterator { readLine(strippingNewline: true) }
      return driver.run(
        lines, from: .script("stdin"), output: &output, errors: &errors, stopOnError: stopOnError
      ).failures
    }
    var failures = 0
    var commandIndex = 0
    for step in steps {
      let outcome: Driver.Outcome
      switch step {
      case .command(let line):
        commandIndex += 1
        outcome = driver.run(
          [line], from: .commandLine(commandIndex), output: &output, errors: &errors,
          stopOnError: stopOnError)
      case .file(let path):
        outcome = driver.runScript(
          at: path, output: &output, errors: &errors, stopOnError: stopOnError)
      }
      failures += outcome.failures
      if outcome.didQuit || (outcome.failures > 0 && stopOnError) { break }
    }
    return failures
  }

  enum Step {
    case command(String)
    case file(String)
  }

  /// `-c` and `-f` values in the order they appear on the command line.
  static func ordered(_ arguments: [String], commands: [String], files: [String]) -> [Step] {
    var steps: [Step] = []
    var remainingCommands = commands[...]
    var remainingFiles = files[...]
    var index = 1
    while index < arguments.count {
      let word = arguments[index]
      if word == "-c" || word.hasPrefix("-c"), let next = remainingCommands.first,
        word == "-c"
          ? arguments.indices.contains(index + 1) && arguments[index + 1] == next
          : word.dropFirst(2) == next
      {
        steps.append(.command(next))
        remainingCommands = remainingCommands.dropFirst()
        index += word == "-c" ? 2 : 1
      } else if word == "-f" || word.hasPrefix("-f"), let next = remainingFiles.first,
        word == "-f"
          ? arguments.indices.contains(index + 1) && arguments[index + 1] == next
          : word.dropFirst(2) == next
      {
        steps.append(.file(next))
        remainingFiles = remainingFiles.dropFirst()
        index += word == "-f" ? 2 : 1
      } else {
        index += 1
      }
    }
    steps += remainingCommands.map(Step.command) + remainingFiles.map(Step.file)
    return steps
  }
}
