import Foundation

/// The benchmark's tables, in Markdown, from the figures every phase gathered.
struct Report {
  var results: Results
  var sizes: [Int]

  /// The BBC corpus table: each step's time and rate, then the memo and memory.
  func corpusTable() -> String? {
    guard let articles = results["bbc.articles"], let bytes = results["bbc.bytes"] else {
      return nil
    }
    func row(_ label: String, _ key: String) -> [String] {
      let seconds = results[key] ?? .nan
      return [
        label, Format.time(seconds), Format.time(results[key + ".cpu"]),
        Format.count(articles / seconds), String(format: "%.1f", bytes / 1e6 / seconds),
      ]
    }
    let rows = [
      row("read, decode, parse, split paragraphs, identify language", "bbc.read"),
      row("quote extraction (\(Format.count(results["bbc.quote.count"])) quotes)", "bbc.quotes"),
      row("topic extraction", "bbc.topics"),
      row("summaries", "bbc.summaries"),
      row(
        "**whole `load`** into an in-memory session (all of the above but summaries, made at the"
          + " first read, + SQLite)", "bbc.load.memory"),
      row("whole `load` into a session file (with summaries)", "bbc.load.file"),
      row("full-text index (FTS5), built by the first `search` after the load", "bbc.index"),
      [
        "`memo` over the session, first run / warm median",
        Format.time(results["bbc.memo.first"])
          + " / " + Format.time(results["bbc.memo.median"]), Format.time(results["bbc.memo.cpu"]),
        "", "",
      ],
      ["peak resident memory", memory("bbc.rss", bytes), "", "", ""],
    ]
    return "BBC corpus: \(Format.count(articles)) files, \(Format.megabytes(bytes)) of text, "
      + "\(Format.count(results["bbc.loaded"])) distinct articles in the session "
      + "(median of \(Format.count(results["bbc.repeats"])) runs; CPU: this process's CPU time)\n\n"
      + Format.table(["step", "time", "CPU", "articles/s", "MB/s"], rows)
  }

  /// The growth table: one column per session size.
  func sessionTable() -> String? {
    let sizes = sizes.filter { results["s\($0).load"] != nil }
    guard !sizes.isEmpty else { return nil }
    func row(_ label: String, _ cell: (String) -> String) -> [String] {
      [label] + sizes.map { cell("s\($0)") }
    }
    var rows = [
      row("text loaded") { Format.megabytes(results[$0 + ".bytes"]) },
      row("`load` into a session file") { key in
        let seconds = results[key + ".load"] ?? .nan
        let perArticle = seconds / (results[key + ".articles"] ?? .nan) * 1000
        return Format.time(seconds) + " (CPU " + Format.time(results[key + ".load.cpu"])
          + String(format: ", %.2f ms/article)", perArticle)
      },
      row("session file") { Format.megabytes(results[$0 + ".file"]) },
      row("reopen in process, median / p95") {
        Format.time(results[$0 + ".reopen.median"]) + " / "
          + Format.time(results[$0 + ".reopen.p95"])
      },
      row("reopen to prompt, `briefing --session F -c quit`, median / p95") {
        Format.time(results[$0 + ".process.median"]) + " / "
          + Format.time(results[$0 + ".process.p95"])
      },
    ]
    for (name, label) in Self.commands {
      rows.append(
        row("`\(label)`: first / median / p95 (CPU median)") {
          Format.latency(results, $0 + "." + name) + " ("
            + Format.time(results[$0 + "." + name + ".cpu"]) + ")"
        })
    }
    rows.append(row("peak resident memory") { memory($0 + ".rss", results[$0 + ".bytes"] ?? .nan) })
    rows.append(
      row("peak memory of `briefing --session F -c 'load DIR'`") {
        memory($0 + ".cli.load.rss", results[$0 + ".bytes"] ?? .nan)
      })
    rows.append(
      row("peak memory of `briefing --session F` running each command above once") {
        memory($0 + ".cli.commands.rss", results[$0 + ".bytes"] ?? .nan)
      })
    return Format.table(["session size"] + sizes.map { Format.count(Double($0)) }, rows)
  }

  /// The timed commands: result key and the line as the table shows it.
  static let commands = [
    ("articles", "articles"), ("topics", "topics"), ("quotes", "quotes --speaker NAME"),
    ("search", "search QUERY"), ("topic", "topic NAME"), ("memo", "memo"),
  ]

  func startupLine() -> String {
    "start-up to the first prompt, empty session (`briefing -c quit`), median / p95: "
      + Format.time(results["startup.median"]) + " / " + Format.time(results["startup.p95"])
  }

  /// Peak memory and its ratio to the text, then the same above the process's size at start.
  private func memory(_ key: String, _ textBytes: Double) -> String {
    guard let rss = results[key] else { return "-" }
    let added = rss - (results[key + ".start"] ?? .nan)
    return Format.megabytes(rss) + String(format: " (%.1f× text); ", rss / textBytes)
      + Format.megabytes(added) + String(format: " above start-up (%.1f×)", added / textBytes)
  }
}
