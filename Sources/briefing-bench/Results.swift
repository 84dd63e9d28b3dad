import Foundation

/// Named figures a phase measured (seconds, bytes or counts), written one per line as
/// `key<TAB>value` so the parent process can gather the phases into one table.
struct Results {
  private(set) var values: [String: Double] = [:]

  init() {}

  subscript(key: String) -> Double? {
    get { values[key] }
    set { values[key] = newValue }
  }

  /// Records the first run, median and p95 of `samples` under `key.first`, `key.median`, …
  mutating func record(_ key: String, first: Double? = nil, samples: Samples) {
    if let first { values[key + ".first"] = first }
    values[key + ".median"] = samples.median
    values[key + ".p95"] = samples.p95
    values[key + ".cpu"] = samples.cpuMedian
    values[key + ".runs"] = Double(samples.seconds.count)
  }

  mutating func merge(_ other: Results) {
    values.merge(other.values) { _, new in new }
  }

  /// The figures as lines, sorted by key.
  var serialized: String {
    values.keys.sorted().map { "\($0)\t\(values[$0] ?? .nan)\n" }.joined()
  }

  /// Reads what ``serialized`` wrote; malformed lines are skipped.
  init(parsing text: String) {
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: "\t")
      if parts.count == 2, let value = Double(parts[1]) { values[String(parts[0])] = value }
    }
  }
}
