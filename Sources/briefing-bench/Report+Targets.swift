import Foundation

extension Report {
  /// Each target of issue 7 with the measured figure, marked met or missed.
  func targets() -> String {
    var lines: [String] = []
    let pipeline = results["bbc.load.memory"]
    lines.append(
      Format.check(
        pipeline.map { $0 < 0.8 },
        "in-memory `load` of BBC under 0.8 s (100× the 29 articles/s the issue gives for YAKE;"
          + " the ratio to YAKE in the same run is `scripts/compare-yake.sh`'s):"
          + " \(Format.time(pipeline))")
    )
    lines.append(
      Format.check(
        results["startup.median"].map { $0 < 0.05 },
        "empty start-up under 50 ms: \(Format.time(results["startup.median"]))"))
    guard let largest = sizes.last(where: { results["s\($0).load"] != nil }),
      let smallest = sizes.first(where: { results["s\($0).load"] != nil })
    else { return lines.joined(separator: "\n") }
    let big = "s\(largest)"
    let small = "s\(smallest)"
    let label = Format.count(Double(largest))
    lines.append(
      Format.check(
        results[big + ".load"].map { $0 < 10 },
        "loading \(label) articles into a session file under 10 s: \(Format.time(results[big + ".load"]))"
      ))
    lines.append(
      Format.check(
        results[big + ".process.median"].map { $0 < 0.5 },
        "reopening \(label) to the prompt under 0.5 s: \(Format.time(results[big + ".process.median"]))"
      ))
    let slow = Self.commands.filter { (results[big + "." + $0.0 + ".p95"] ?? .infinity) >= 0.1 }
    lines.append(
      Format.check(
        slow.isEmpty,
        "every command p95 under 100 ms at \(label)"
          + (slow.isEmpty ? "" : ": over it " + slow.map { "`\($0.1)`" }.joined(separator: ", "))))
    lines.append(memoryTarget())
    guard largest > smallest else { return lines.joined(separator: "\n") }
    lines.append(
      contentsOf: growthTargets(big: big, small: small, factor: Double(largest) / Double(smallest)))
    return lines.joined(separator: "\n")
  }

  /// The target is judged on the `briefing` executable, the process a user runs: its worst
  /// ratio of peak memory to text, whole and above its start-up. The bench's own process
  /// (which also holds its harness and the sessions it times in-process) is given beside it.
  private func memoryTarget() -> String {
    let bench = [("bbc.rss", "bbc.bytes")] + sizes.map { ("s\($0).rss", "s\($0).bytes") }
    let executable = sizes.flatMap { size in
      ["load", "commands"].map { ("s\(size).cli.\($0).rss", "s\(size).bytes") }
    }
    let harness = worstMemory(keys: bench)
    guard let own = worstMemory(keys: executable) else {
      guard let harness else { return Format.check(nil, "peak memory under 10× text") }
      return Format.check(
        harness.whole < 10,
        String(
          format: "peak memory under 10× text (the bench's process; `--briefing` measures the "
            + "executable): at most %.1f× (%.1f× above its start-up)", harness.whole,
          harness.added))
    }
    var line = Format.check(
      own.whole < 10,
      String(
        format: "peak memory of `briefing` under 10× text: at most %.1f× (%.1f× above its "
          + "start-up)", own.whole, own.added))
    if let harness {
      line += String(format: "; the bench's own process: at most %.1f×", harness.whole)
    }
    return line
  }

  /// The worst ratios of peak memory to text among `keys` (peak, text), whole and above the
  /// size at start-up.
  private func worstMemory(keys: [(String, String)]) -> (whole: Double, added: Double)? {
    func worst(_ ratio: (Double, Double, Double) -> Double) -> Double? {
      keys.compactMap { rss, text in
        guard let peak = results[rss], let bytes = results[text] else { return nil }
        return ratio(peak, results[rss + ".start"] ?? .nan, bytes)
      }.max()
    }
    guard let whole = worst({ peak, _, text in peak / text }) else { return nil }
    return (whole, worst { peak, start, text in (peak - start) / text } ?? .nan)
  }

  private func growthTargets(big: String, small: String, factor: Double) -> [String] {
    func perArticle(_ key: String) -> Double {
      (results[key + ".load"] ?? .nan) / (results[key + ".articles"] ?? .nan)
    }
    let load = perArticle(big) / perArticle(small)
    var lines = [
      Format.check(
        load < 1.3,
        String(
          format:
            "load grows linearly: per-article cost ×%.2f from the smallest to the largest session",
          load))
    ]
    let growth = Self.commands.map { name, label in
      (
        label,
        (results[big + "." + name + ".p95"] ?? .nan)
          / (results[small + "." + name + ".p95"] ?? .nan)
      )
    }
    let worst = growth.map(\.1).max() ?? .nan
    let figures = growth.map { String(format: "`%@` ×%.1f", $0.0, $0.1) }.joined(separator: ", ")
    lines.append(
      Format.check(
        worst < factor,
        String(
          format: "commands grow sub-linearly (p95 over ×%.0f articles): ", factor) + figures))
    return lines
  }
}
