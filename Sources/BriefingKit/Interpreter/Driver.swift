import Foundation

/// The one loop that runs lines for the shell, scripts, `-c` and pipes. Where lines come from
/// and whether to stop at the first error are the only differences between them.
public struct Driver: Sendable {
  /// Where a run's lines come from; names the place in error messages.
  public enum Origin: Sendable, Equatable {
    /// A person at the prompt: errors print as `briefing: error: …`.
    case interactive
    /// A script file (`-f`, a pipe or `source`): `FILE:LINE: error: …`.
    case script(String)
    /// The Nth `-c` argument: `-c #N: error: …`.
    case commandLine(Int)
  }

  /// What a run did.
  public struct Outcome: Sendable, Equatable {
    public var failures: Int
    public var didQuit: Bool
  }

  public var context: CommandContext
  public var interpreter = Interpreter()
  /// Where results go after `output FILE`; nil for standard output.
  public private(set) var redirect: String?
  public private(set) var showsTimes = false
  private var sourceStack: [String] = []

  public init(context: CommandContext) {
    self.context = context
  }

  /// Runs `lines`, writing results to `output` and error messages to `errors`.
  public mutating func run(
    _ lines: some Sequence<String>, from origin: Origin,
    output: inout some TextOutputStream, errors: inout some TextOutputStream,
    stopOnError: Bool, chain: String = ""
  ) -> Outcome {
    var outcome = Outcome(failures: 0, didQuit: false)
    for (number, line) in zip(1..., lines) {
      let location = Self.location(origin, line: number)
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      if origin == .interactive || context.history.last != trimmed {
        context.history.append(trimmed)
      }
      let started = ContinuousClock.now
      do {
        let result = try interpreter.execute(line, in: &context)
        try emit(result.text, to: &output)
        apply(result)
        let place = chain + (location.map { "\($0): " } ?? "briefing: ")
        for diagnostic in result.diagnostics {
          print(
            "\(place)\(label(diagnostic.isError ? "error" : "warning")): \(diagnostic.message)",
            to: &errors)
        }
        if !result.status.isEmpty {
          if origin == .interactive {
            print(result.status, to: &output)
          } else {
            print(result.status, to: &errors)
          }
        }
        if result.isFailure {
          outcome.failures += 1
          if stopOnError { break }
        }
        if let script = result.script {
          let nested = try runNested(
            script, chain: chain + (location.map { "\($0): in " } ?? ""),
            output: &output, errors: &errors, stopOnError: stopOnError)
          outcome.failures += nested.failures
          if nested.didQuit { outcome.didQuit = true }
          if nested.failures > 0 && stopOnError { break }
        }
        if showsTimes { print("time: \(Self.format(ContinuousClock.now - started))", to: &errors) }
        if result.quit || outcome.didQuit {
          outcome.didQuit = true
          break
        }
      } catch {
        context.progress(nil)
        outcome.failures += 1
        let place = chain + (location.map { "\($0): " } ?? "briefing: ")
        print("\(place)\(label("error")): \(error)", to: &errors)
        if stopOnError { break }
      }
    }
    return outcome
  }

  /// Runs a script file (`-f`): errors name `FILE:LINE`.
  public mutating func runScript(
    at path: String, output: inout some TextOutputStream, errors: inout some TextOutputStream,
    stopOnError: Bool
  ) -> Outcome {
    do {
      let lines = try SourceCommand.lines(of: path, in: context.files)
      return try runNested(
        .init(path: path, lines: lines), chain: "", output: &output, errors: &errors,
        stopOnError: stopOnError)
    } catch {
      print("briefing: error: \(error)", to: &errors)
      return Outcome(failures: 1, didQuit: false)
    }
  }

  private mutating func runNested(
    _ script: CommandOutput.Script, chain: String, output: inout some TextOutputStream,
    errors: inout some TextOutputStream, stopOnError: Bool
  ) throws -> Outcome {
    guard !sourceStack.contains(script.path) else {
      throw CommandError.sourceLoop(path: script.path)
    }
    sourceStack.append(script.path)
    defer { sourceStack.removeLast() }
    return run(
      script.lines, from: .script(script.path), output: &output, errors: &errors,
      stopOnError: stopOnError, chain: chain)
  }

  private func emit(_ text: String, to output: inout some TextOutputStream) throws {
    guard !text.isEmpty else { return }
    if let redirect {
      try context.files.append(text + "\n", to: redirect)
    } else {
      print(text, to: &output)
    }
  }

  private mutating func apply(_ result: CommandOutput) {
    switch result.redirect {
    case .terminal?: redirect = nil
    case .file(let path)?: redirect = path
    case nil: break
    }
    if let timer = result.timer { showsTimes = timer }
  }

  /// `error` or `warning`, in red or yellow when colour is on.
  private func label(_ word: String) -> String {
    guard context.useColor else { return word }
    return (word == "error" ? "\u{1B}[1;31m" : "\u{1B}[1;33m") + word + "\u{1B}[0m"
  }

  static func location(_ origin: Origin, line: Int) -> String? {
    switch origin {
    case .interactive: return nil
    case .script(let path): return "\(path):\(line)"
    case .commandLine(let index): return "-c #\(index)"
    }
  }

  static func format(_ duration: Duration) -> String {
    let milliseconds =
      Double(duration.components.seconds) * 1000
      + Double(duration.components.attoseconds) / 1e15
    return milliseconds < 1000
      ? String(format: "%.1f ms", milliseconds) : String(format: "%.2f s", milliseconds / 1000)
  }
}
