import Foundation

/// Temporary files written beside a target before an atomic rename (`memo --out`, `save`).
enum TemporaryFiles {
  /// The temporary path this process uses for `target`.
  static func path(for target: String) -> String {
    target + ".tmp-\(getpid())"
  }

  /// Removes what a killed run left beside `target`: `TARGET.tmp-PID` files (and SQLite's
  /// `-journal`/`-wal` beside them) whose process no longer runs.
  static func removeStale(besides target: String) {
    let url = URL(fileURLWithPath: target)
    let folder = url.deletingLastPathComponent().path
    let prefix = url.lastPathComponent + ".tmp-"
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names where name.hasPrefix(prefix) {
      let rest = name.dropFirst(prefix.count)
      let digits = rest.prefix { $0.isASCII && $0.isNumber }
      guard let pid = Int32(digits), pid != getpid(), !isRunning(pid) else { continue }
      let suffix = rest.dropFirst(digits.count)
      guard suffix.isEmpty || suffix == "-journal" || suffix == "-wal" || suffix == "-shm" else {
        continue
      }
      unlink(folder + "/" + name)
    }
  }

  private static func isRunning(_ pid: Int32) -> Bool {
    kill(pid, 0) == 0 || errno == EPERM
  }
}
