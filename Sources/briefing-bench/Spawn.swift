import Foundation

/// Starts programs with `posix_spawn` and waits for them, as a shell would.
enum Spawn {
  /// Runs `arguments` (the first is the program's path) with standard output sent to
  /// `outputPath` (`/dev/null` by default; nil keeps this process's); returns the exit status,
  /// or -1 when it could not start.
  @discardableResult
  static func run(_ arguments: [String], outputPath: String? = "/dev/null") -> Int32 {
    var usage = rusage()
    return run(arguments, outputPath: outputPath, quiet: false, usage: &usage)
  }

  /// Asks the kernel to drop the cached pages of the file at `path`, so that the next run
  /// maps them as read from disk. How a binary the linker has just written sits in the page
  /// cache (in large folios, each mapped whole) added up to 1 MB to every run's resident set,
  /// which made the peak-memory figures depend on when the binary was last built or copied.
  static func dropCachedPages(of path: String) {
    let file = open(path, O_RDONLY)
    guard file >= 0 else { return }
    _ = posix_fadvise(file, 0, 0, POSIX_FADV_DONTNEED)
    close(file)
  }

  /// Runs `arguments` quietly (no output at all) and gives the child's peak resident memory
  /// in bytes (`wait4`'s `ru_maxrss`), or nil when it failed.
  static func peakResident(_ arguments: [String]) -> Double? {
    var usage = rusage()
    guard run(arguments, outputPath: "/dev/null", quiet: true, usage: &usage) == 0 else {
      return nil
    }
    return Double(usage.ru_maxrss) * 1024
  }

  private static func run(
    _ arguments: [String], outputPath: String?, quiet: Bool, usage: inout rusage
  ) -> Int32 {
    guard let program = arguments.first else { return -1 }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if let outputPath {
      posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    }
    if quiet { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
    let argv = arguments.map { strdup($0) } + [nil]
    let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") }
    let envp = environment + [nil]
    defer {
      for pointer in argv + environment { free(pointer) }
    }
    var pid = pid_t()
    guard posix_spawn(&pid, program, &actions, nil, argv, envp) == 0 else { return -1 }
    var status: Int32 = 0
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal
  }

  /// Times `runs` runs of a program after one warm-up run; nil when it fails.
  static func timed(_ arguments: [String], runs: Int) -> Samples? {
    guard run(arguments) == 0 else { return nil }
    var failed = false
    let samples = Samples.collect(runs: runs, minimum: runs, budget: 0) {
      if run(arguments) != 0 { failed = true }
    }
    return failed ? nil : samples
  }

  /// The running executable's own path.
  static var ownPath: String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
  }
}
