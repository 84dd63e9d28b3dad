import Foundation

/// `briefing-bench`: how fast briefing loads, analyses and answers, as a Markdown report.
///
/// Run it in release mode from the repository root, on one core:
/// ```
/// swift build -c release --product briefing-bench && swift build -c release --product briefing
/// taskset -c 1 .build/release/briefing-bench --sizes 1000,5000,20000
/// ```
/// Each measured part runs in a child process of its own (`--phase`), so that its peak
/// memory is its own.
@main
struct BriefingBench {
  static let usage = """
    usage: briefing-bench [--corpus DIR] [--sizes N,N,...] [--runs N] [--repeats N]
                          [--templates DIR] [--briefing PATH] [--work DIR]
    """

  static func main() {
    var options = BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
    guard options.problems.isEmpty else {
      fail(options.problems.joined(separator: "\n") + "\n" + usage, code: 64)
    }
    do {
      if let phase = options.phase {
        let results = try runPhase(phase, options: options)
        let text = results.serialized
        guard FileManager.default.createFile(atPath: options.resultsPath, contents: Data(text.utf8))
        else { throw BenchError.io("cannot write '\(options.resultsPath)'") }
      } else {
        try options.prepareWorkDirectory()
        let report = try BenchRun(options: options).run()
        print(report)
        if !options.keepsWork { try? FileManager.default.removeItem(atPath: options.work) }
      }
    } catch {
      fail("briefing-bench: error: \(error)", code: 1)
    }
  }

  static func runPhase(_ phase: String, options: BenchOptions) throws -> Results {
    switch phase {
    case "bbc":
      return try CorpusPhase(
        directory: options.corpus, templates: options.templates, workDirectory: options.work,
        repeats: options.repeats
      ).run()
    default:
      return try SessionPhase(
        corpus: options.corpus, size: options.size, templates: options.templates,
        workDirectory: options.work, runs: options.runs
      ).run()
    }
  }

  static func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(code)
  }
}
