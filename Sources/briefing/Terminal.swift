import Foundation

/// What the executable knows about where it runs: terminals, colour, width, file locations.
enum Terminal {
  static var isInteractive: Bool { isatty(0) == 1 && isatty(1) == 1 }

  /// Columns of the terminal on standard output; 100 when it is not one.
  static var width: Int {
    var size = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 100 }
    return Int(size.ws_col)
  }

  /// `--color`, `NO_COLOR` and whether standard output is a terminal, in that order of weight.
  static func usesColor(_ mode: ColorMode) -> Bool {
    switch mode {
    case .always: return true
    case .never: return false
    case .auto:
      let environment = ProcessInfo.processInfo.environment
      return environment["NO_COLOR"].map(\.isEmpty) ?? true && isatty(1) == 1
        && environment["TERM"] != "dumb"
    }
  }

  /// The history file: `BRIEFING_HISTORY`, else `$XDG_STATE_HOME/briefing/history`, else
  /// `~/.local/state/briefing/history`; its folder is created.
  static func historyPath() -> String? {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["BRIEFING_HISTORY"], !path.isEmpty { return path }
    let state =
      environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? environment["HOME"].map { $0 + "/.local/state" }
    guard let state else { return nil }
    let folder = state + "/briefing"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder + "/history"
  }

  /// Template folders in increasing precedence: shipped, `--templates`, the user's own.
  static func templateDirectories(option: String?) -> [String] {
    let environment = ProcessInfo.processInfo.environment
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let shipped = [
      executable.deletingLastPathComponent().appendingPathComponent("../share/briefing/templates")
        .standardized.path,
      URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../templates").standardized.path,
    ].first { FileManager.default.fileExists(atPath: $0) }
    let config =
      environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? environment["HOME"].map { $0 + "/.config" }
    let user = config.map { $0 + "/briefing/templates" }
    return [shipped, option, user].compactMap { $0 }.filter {
      FileManager.default.fileExists(atPath: $0)
    }
  }

  /// Writes a progress line over the previous one on standard error, or erases it.
  static func showProgress(_ line: String?) {
    let text = line.map { "\r\u{1B}[K" + String($0.prefix(max(10, width - 1))) } ?? "\r\u{1B}[K"
    FileHandle.standardError.write(Data(text.utf8))
  }
}

/// `--color`.
enum ColorMode: String, CaseIterable, Sendable {
  case auto, always, never
}
