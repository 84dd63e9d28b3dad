import Foundation

/// Wall-clock durations of repeated runs of one step, in seconds, with the CPU time each took
/// (which other processes on a busy machine do not inflate).
struct Samples {
  var seconds: [Double] = []
  var cpuSeconds: [Double] = []

  /// The middle run.
  var median: Double { percentile(0.5) }
  /// The run that 95% of runs are no slower than (nearest rank).
  var p95: Double { percentile(0.95) }

  /// The median CPU time.
  var cpuMedian: Double { Self.percentile(0.5, of: cpuSeconds) }

  /// The nearest-rank percentile `q` (0...1) of the wall-clock times; NaN without samples.
  func percentile(_ q: Double) -> Double { Self.percentile(q, of: seconds) }

  static func percentile(_ q: Double, of values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    let rank = Int((q * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
  }

  /// Runs `body` `runs` times, or fewer once `budget` seconds are spent (never fewer than
  /// `minimum`), and records each run.
  static func collect(
    runs: Int, minimum: Int = 5, budget: Double = 20, _ body: () throws -> Void
  ) rethrows -> Samples {
    var samples = Samples()
    var spent = 0.0
    while samples.seconds.count < runs && (spent < budget || samples.seconds.count < minimum) {
      let run = try Stopwatch.time(body)
      samples.seconds.append(run.seconds)
      samples.cpuSeconds.append(run.cpuSeconds)
      spent += run.seconds
    }
    return samples
  }
}

/// Times a closure with the monotonic clock and the process's CPU clock.
enum Stopwatch {
  static func time<T>(_ body: () throws -> T) rethrows
    -> (value: T, seconds: Double, cpuSeconds: Double)
  {
    let clock = ContinuousClock()
    let cpuStart = cpuTime()
    let start = clock.now
    let value = try body()
    let wall = seconds(clock.now - start)
    return (value, wall, cpuTime() - cpuStart)
  }

  /// CPU time this process has used, in seconds (all threads).
  static func cpuTime() -> Double {
    var spec = timespec()
    guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec) == 0 else { return .nan }
    return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
  }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
  }
}

/// The process's peak resident memory so far, in bytes (`getrusage`'s `ru_maxrss`).
func peakResidentBytes() -> Double {
  var usage = rusage()
  guard getrusage(Int32(RUSAGE_SELF.rawValue), &usage) == 0 else { return .nan }
  return Double(usage.ru_maxrss) * 1024
}
