import Foundation

/// The command line of `briefing-bench`, for the parent run and for its phases.
struct BenchOptions {
  /// The BBC corpus folder, relative to the repository root by default.
  var corpus = "../shared/corpus/bbc-news/bbc"
  var sizes = [1000, 5000, 20000]
  /// Timed runs of each command after its first run.
  var runs = 20
  /// Runs of each BBC step (the median counts).
  var repeats = 3
  var templates = "templates"
  /// The `briefing` executable for start-up times; beside this one by default.
  var briefing = URL(fileURLWithPath: Spawn.ownPath).deletingLastPathComponent()
    .appendingPathComponent("briefing").path
  /// Where generated articles and session files go; a fresh temporary folder by default.
  var work = ""
  var keepsWork = false
  /// Set in a child process: which part to measure.
  var phase: String?
  var size = 0
  var resultsPath = ""
  private(set) var problems: [String] = []

  init(arguments: [String]) {
    var rest = arguments[...]
    while let name = rest.popFirst() {
      if name == "--keep" {
        keepsWork = true
        continue
      }
      guard let value = rest.popFirst() else {
        problems.append("\(name) needs a value")
        break
      }
      set(name, value)
    }
  }

  private mutating func set(_ name: String, _ value: String) {
    switch name {
    case "--corpus": corpus = value
    case "--sizes": sizes = value.split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }
    case "--runs": runs = max(Int(value) ?? runs, 1)
    case "--repeats": repeats = max(Int(value) ?? repeats, 1)
    case "--templates": templates = value
    case "--briefing": briefing = value
    case "--work": work = value
    case "--phase": phase = value
    case "--size": size = Int(value) ?? 0
    case "--results": resultsPath = value
    default: problems.append("unknown option '\(name)'")
    }
  }

  /// Creates a temporary folder for the run unless `--work` named one.
  mutating func prepareWorkDirectory() throws {
    if work.isEmpty {
      var template = Array((NSTemporaryDirectory() + "/briefing-bench-XXXXXX").utf8CString)
      guard let made = mkdtemp(&template) else {
        throw BenchError.io("cannot make a temporary folder")
      }
      work = String(cString: made)
    } else {
      try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    }
  }

  /// The arguments that run one phase in a child process.
  func childArguments(phase: String, size: Int, results: String) -> [String] {
    [
      Spawn.ownPath, "--phase", phase, "--size", String(size), "--results", results,
      "--corpus", corpus, "--runs", String(runs), "--repeats", String(repeats),
      "--templates", templates, "--work", work,
    ]
  }
}
