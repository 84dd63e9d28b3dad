import BriefingKit
import Foundation

/// A session of `size` articles: loading it into a session file, reopening it, and the
/// latency of the interactive commands on the reopened session.
struct SessionPhase {
  let corpus: String
  let size: Int
  let templates: String
  let workDirectory: String
  /// Timed runs of each command after its first run.
  let runs: Int

  func run() throws -> Results {
    var results = Results()
    let key = "s\(size)"
    results[key + ".rss.start"] = peakResidentBytes()
    let folder = workDirectory + "/articles-\(size)"
    let sessionPath = workDirectory + "/session-\(size).brief"
    let corpusFiles = try SessionCorpus(files: try CorpusFiles.list(corpus))
    results[key + ".bytes"] = Double(try corpusFiles.write(count: size, into: folder))
    unlink(sessionPath)
    let load = try Stopwatch.time {
      var shell = BenchShell(store: try SessionStore(path: sessionPath), templates: templates)
      try shell.run("load " + Words.quote(folder))
    }
    results[key + ".load"] = load.seconds
    results[key + ".load.cpu"] = load.cpuSeconds
    let attributes = try FileManager.default.attributesOfItem(atPath: sessionPath)
    results[key + ".file"] = (attributes[.size] as? NSNumber)?.doubleValue
    let reopen = try Samples.collect(runs: 10, budget: 5) {
      let store = try SessionStore(path: sessionPath)
      _ = try store.articleCount()
    }
    results.record(key + ".reopen", samples: reopen)
    let store = try SessionStore(path: sessionPath)
    results[key + ".articles"] = Double(try store.articleCount())
    var shell = BenchShell(store: store, templates: templates)
    for command in ["articles", "topics"] {
      try time(command, as: "\(key).\(command)", in: &shell, into: &results)
    }
    let probes = try Probes(store: store)
    try time(
      "quotes --speaker " + Words.quote(probes.speaker), as: key + ".quotes", in: &shell,
      into: &results)
    try time("search " + probes.query, as: key + ".search", in: &shell, into: &results)
    try time("topic " + Words.quote(probes.topic), as: key + ".topic", in: &shell, into: &results)
    try time("memo", as: key + ".memo", in: &shell, into: &results)
    results[key + ".rss"] = peakResidentBytes()
    // The parent measures `briefing` itself on the same articles and commands (a child
    // spawned from this larger process would inherit its peak memory).
    let script = [
      "articles", "topics", "quotes --speaker " + Words.quote(probes.speaker),
      "search " + probes.query, "topic " + Words.quote(probes.topic), "memo",
    ].joined(separator: "\n")
    try script.write(
      toFile: workDirectory + "/commands-\(size).brief", atomically: true, encoding: .utf8)
    return results
  }

  /// Times one command: its first run, then up to ``runs`` more (at most 20 s of them).
  private func time(
    _ line: String, as key: String, in shell: inout BenchShell, into results: inout Results
  ) throws {
    let first = try Stopwatch.time { try shell.run(line) }
    let samples = try Samples.collect(runs: runs, budget: 20) { try shell.run(line) }
    results.record(key, first: first.seconds, samples: samples)
    results[key + ".bytes"] = Double(first.value)
  }
}

/// What the timed commands ask for, chosen from the session itself so that each has work to
/// do: the most quoted speaker, the top topic, and the top key phrase as a search query.
struct Probes {
  var speaker: String
  var topic: String
  var query: String

  init(store: SessionStore) throws {
    var counts: [String: Int] = [:]
    for stored in try store.quotes() {
      if let speaker = stored.quote.speaker { counts[speaker, default: 0] += 1 }
    }
    speaker = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "minister"
    let topics = try store.sessionTopics()
    topic = topics.first?.name ?? "government"
    query = topics.first { $0.kind == .phrase }?.name ?? topic
  }
}
