import Foundation

/// How figures print in the tables.
enum Format {
  /// `12.3 ms` under a second, `1.23 s` from there; `-` when unknown.
  static func time(_ seconds: Double?) -> String {
    guard let seconds, seconds.isFinite else { return "-" }
    if seconds < 0.01 { return String(format: "%.2f ms", seconds * 1000) }
    if seconds < 1 { return String(format: "%.1f ms", seconds * 1000) }
    return String(format: "%.2f s", seconds)
  }

  /// `12.3 MB` (10^6 bytes).
  static func megabytes(_ bytes: Double?) -> String {
    guard let bytes, bytes.isFinite else { return "-" }
    return String(format: "%.1f MB", bytes / 1e6)
  }

  /// An integer with thousands separators: `20,000`.
  static func count(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "-" }
    let digits = String(Int(value.rounded()))
    var grouped = ""
    for (offset, digit) in digits.reversed().enumerated() {
      if offset > 0 && offset % 3 == 0 && digit != "-" { grouped.append(",") }
      grouped.append(digit)
    }
    return String(grouped.reversed())
  }

  /// `first / median / p95` of a timed command.
  static func latency(_ results: Results, _ key: String) -> String {
    [".first", ".median", ".p95"].map { time(results[key + $0]) }.joined(separator: " / ")
  }

  /// A Markdown table: a header row, then rows; the first column left-aligned, others right.
  static func table(_ header: [String], _ rows: [[String]]) -> String {
    let align = ["---"] + Array(repeating: "--:", count: max(header.count - 1, 0))
    return ([header, align] + rows).map { "| " + $0.joined(separator: " | ") + " |" }
      .joined(separator: "\n")
  }

  /// `✓` or `✗` with a label, for the list of targets.
  static func check(_ isMet: Bool?, _ label: String) -> String {
    switch isMet {
    case true?: return "- ✓ " + label
    case false?: return "- ✗ " + label
    case nil: return "- ? " + label + " (not measured)"
    }
  }
}
