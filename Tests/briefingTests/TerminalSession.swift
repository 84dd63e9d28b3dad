import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The built `briefing` on a pseudo-terminal, driven by keystrokes as an analyst types them.
final class TerminalSession {
  enum Failure: Error, CustomStringConvertible {
    case noTerminal
    case timedOut(waitingFor: String, screen: String)

    var description: String {
      switch self {
      case .noTerminal: return "could not open a pseudo-terminal"
      case .timedOut(let wanted, let screen):
        return "no \(wanted.debugDescription) within the time; the terminal showed:\n\(screen)"
      }
    }
  }

  private let process = Process()
  private let controller: Int32
  /// Everything the shell wrote so far, escape sequences included.
  private(set) var screen = ""

  init(arguments: [String], environment: [String: String]) throws {
    var controller: Int32 = -1
    var device: Int32 = -1
    var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&controller, &device, nil, nil, &size) == 0 else { throw Failure.noTerminal }
    self.controller = controller
    let flags = fcntl(controller, F_GETFL)
    _ = fcntl(controller, F_SETFL, flags | O_NONBLOCK)
    let terminal = FileHandle(fileDescriptor: device, closeOnDealloc: true)
    process.executableURL = URL(fileURLWithPath: BinaryRunner.binary)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: BinaryRunner.repositoryRoot)
    var env = ProcessInfo.processInfo.environment
    env["TERM"] = "xterm"
    env["LANG"] = "C.UTF-8"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    process.standardInput = terminal
    process.standardOutput = terminal
    process.standardError = terminal
    try process.run()
  }

  deinit {
    if process.isRunning { process.terminate() }
    close(controller)
  }

  /// Types `keys` (control characters included) as one burst.
  func type(_ keys: String) {
    let bytes = Array(keys.utf8)
    _ = bytes.withUnsafeBytes { write(controller, $0.baseAddress, $0.count) }
  }

  /// Reads until the screen holds `text` after `from`; throws with the screen when it does not
  /// come within `seconds`. Returns the screen's length after the match.
  @discardableResult
  func wait(for text: String, from: String.Index? = nil, seconds: Double = 20) throws
    -> String.Index
  {
    let deadline = Date().addingTimeInterval(seconds)
    while true {
      if let found = screen.range(of: text, range: (from ?? screen.startIndex)..<screen.endIndex) {
        return found.upperBound
      }
      guard Date() < deadline else { throw Failure.timedOut(waitingFor: text, screen: screen) }
      readAvailable()
      usleep(10_000)
    }
  }

  /// Waits for the shell to exit and returns its status.
  func exitStatus(seconds: Double = 20) -> Int32? {
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning, Date() < deadline {
      readAvailable()
      usleep(10_000)
    }
    return process.isRunning ? nil : process.terminationStatus
  }

  private func readAvailable() {
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(controller, $0.baseAddress, $0.count) }
      guard count > 0 else { return }
      screen += String(decoding: buffer[0..<count], as: UTF8.self)
    }
  }
}
