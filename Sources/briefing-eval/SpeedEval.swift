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
    let elapsed = clock.measure {
      for _ in 0..<passes {
        for article in articles { quotes &+= extractor.quotes(in: article).count }
      }
    }
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    let megabytes = Double(bytes) / 1_000_000
    let rate = seconds > 0 ? megabytes * Double(passes) / seconds : 0
    return "quotes-speed: \(articles.count) articles, \(String(format: "%.2f", megabytes)) MB, "
      + "\(quotes / (passes + 1)) quotes per pass, \(passes) passes in "
      + "\(String(format: "%.3f", seconds)) s: \(String(format: "%.1f", rate)) MB/s"
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
