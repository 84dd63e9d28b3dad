import BriefingKit
import Foundation

/// The parent run: each phase in its own process, start-up timed with the real executable,
/// then the report.
struct BenchRun {
  let options: BenchOptions

  func run() throws -> String {
    var results = Results()
    var notes: [String] = []
    let hasCorpus = FileManager.default.fileExists(atPath: options.corpus)
    if hasCorpus {
      results.merge(try phase("bbc", size: 0))
      for size in options.sizes {
        results.merge(try phase("session", size: size))
        results.merge(reopenToPrompt(size: size))
        results.merge(executableMemory(size: size))
      }
    } else {
      notes.append("corpus not found at '\(options.corpus)': corpus and session figures skipped")
    }
    if FileManager.default.isExecutableFile(atPath: options.briefing) {
      if let startup = Spawn.timed([options.briefing, "-c", "quit"], runs: 30) {
        results.record("startup", samples: startup)
      }
    } else {
      notes.append("no executable at '\(options.briefing)': start-up not measured")
    }
    return render(results, notes: notes)
  }

  /// Runs one phase in a child process and reads back its figures.
  private func phase(_ name: String, size: Int) throws -> Results {
    let label = size > 0 ? "\(name) \(size)" : name
    log("running \(label)…")
    let path = options.work + "/results-\(name)-\(size).tsv"
    let status = Spawn.run(
      options.childArguments(phase: name, size: size, results: path), outputPath: nil)
    guard status == 0 else { throw BenchError.phaseFailed(label, status) }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw BenchError.io("phase '\(label)' left no results")
    }
    return Results(parsing: String(decoding: data, as: UTF8.self))
  }

  /// Opening the session file with the real executable, up to where the prompt would show.
  private func reopenToPrompt(size: Int) -> Results {
    var results = Results()
    let session = options.work + "/session-\(size).brief"
    guard FileManager.default.isExecutableFile(atPath: options.briefing),
      let samples = Spawn.timed([options.briefing, "--session", session, "-c", "quit"], runs: 10)
    else { return results }
    results.record("s\(size).process", samples: samples)
    return results
  }

  /// The peak memory of `briefing` itself, as a user runs it, on the articles and commands
  /// the session phase left: empty, loading the articles into a new session file, then running
  /// each timed command once. Spawned from this small parent process: a child inherits the
  /// peak memory of the process it was spawned from, if higher than its own.
  private func executableMemory(size: Int) -> Results {
    var results = Results()
    let folder = options.work + "/articles-\(size)"
    let script = options.work + "/commands-\(size).brief"
    let session = options.work + "/cli-\(size).brief"
    defer {
      try? FileManager.default.removeItem(atPath: folder)
      for path in [script, session] { unlink(path) }
    }
    guard FileManager.default.isExecutableFile(atPath: options.briefing) else { return results }
    Spawn.dropCachedPages(of: options.briefing)
    let key = "s\(size).cli"
    let start = Spawn.peakResident([options.briefing, "-c", "quit"])
    results[key + ".load.rss.start"] = start
    results[key + ".commands.rss.start"] = start
    results[key + ".load.rss"] = Spawn.peakResident(
      [options.briefing, "--session", session, "-c", "load " + Words.quote(folder)])
    results[key + ".commands.rss"] = Spawn.peakResident(
      [options.briefing, "--session", session, "--templates", options.templates, "-f", script])
    return results
  }

  private func render(_ results: Results, notes: [String]) -> String {
    let report = Report(results: results, sizes: options.sizes)
    var sections = ["# briefing-bench", environment()]
    sections += notes.map { "Note: " + $0 }
    if let table = report.corpusTable() { sections.append(table) }
    if let table = report.sessionTable() { sections.append("Sessions\n\n" + table) }
    sections.append(report.startupLine())
    sections.append("Targets\n\n" + report.targets())
    return sections.joined(separator: "\n\n")
  }

  /// When and where: the date, the cores this run may use, the load average.
  private func environment() -> String {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let cores =
      status.split(separator: "\n").first { $0.hasPrefix("Cpus_allowed_list:") }?
      .split(separator: "\t").last.map(String.init) ?? "?"
    let load =
      (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?
      .split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
    let date = ISO8601DateFormatter().string(from: Date())
    return "\(date), release build, cores allowed: \(cores), load average \(load), "
      + "\(options.runs) timed runs per command after a first run"
  }

  private func log(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
}
