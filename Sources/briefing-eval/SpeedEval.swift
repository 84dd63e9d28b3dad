import BriefingKit
import Foundation

/// Measures ``QuoteExtractor`` throughput over every `.txt` file under a folder.
struct SpeedEval {
  let directory: String
  let passes: Int

  func run() throws -> String {
    let articles = try load()
    let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
    let extractor = QuoteExtractor()
    var quotes = articles.reduce(0) { $0 + extractor.quotes(in: $1).count }
    let clock = ContinuousClock()
    let cpuStart = Self.cpuSeconds()
    let elapsed = clock.measure {
      for _ in 0..<passes {
        for article in articles { quotes &+= extractor.quotes(in: article).count }
      }
    }
    let cpu = Self.cpuSeconds() - cpuStart
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    let megabytes = Double(bytes) / 1_000_000
    let rate = seconds > 0 ? megabytes * Double(passes) / seconds : 0
    let cpuRate = cpu > 0 ? megabytes * Double(passes) / cpu : 0
    return "quotes-speed: \(articles.count) articles, \(String(format: "%.2f", megabytes)) MB, "
      + "\(quotes / (passes + 1)) quotes per pass, \(passes) passes in "
      + "\(String(format: "%.3f", seconds)) s wall (\(String(format: "%.1f", rate)) MB/s), "
      + "\(String(format: "%.3f", cpu)) s CPU: \(String(format: "%.1f", cpuRate)) MB/s per core"
  }

  /// CPU time this process has used, in seconds: on a shared machine, wall time also counts
  /// the time other processes hold the core.
  static func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }

  /// Reads the files as UTF-8, falling back to Latin-1 (one BBC file is Latin-1).
  private func load() throws -> [Article] {
    guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
    var paths: [String] = []
    while let path = walker.nextObject() as? String {
      if path.hasSuffix(".txt") { paths.append(path) }
    }
    return try paths.sorted().map { path in
      let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + path))
      let text =
        String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) ?? ""
      return SourceText(text, language: "und", path: path).article
    }
  }
}
