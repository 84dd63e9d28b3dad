import Foundation

#if FUZZING
  /// libFuzzer's entry point for programs that keep their own `main`; linked in by
  /// `-sanitize=fuzzer`.
  @_silgen_name("LLVMFuzzerRunDriver")
  private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt
#endif

/// Runs one fuzz target: under libFuzzer when built with `-DFUZZING -sanitize=fuzzer`
/// (`scripts/fuzz.sh`), otherwise as a replayer that feeds each file named on the command line
/// (or every file in a named folder) to the target once.
///
/// A target's whole `main.swift`:
/// ```swift
/// import FuzzSupport
///
/// FuzzDriver.main { data, size in FuzzDriver.test(QuoteCheck.self, data, size) }
/// ```
public enum FuzzDriver {
  /// libFuzzer's callback: one input, 0 when it was handled.
  public typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

  /// Fuzzes `callback` with libFuzzer (which reads its options from the command line), or
  /// replays the files named there; then exits.
  public static func main(_ callback: Callback) -> Never {
    #if FUZZING
      var count = CommandLine.argc
      var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
      exit(LLVMFuzzerRunDriver(&count, &arguments, callback))
    #else
      replay(CommandLine.arguments.dropFirst(), callback)
    #endif
  }

  /// Runs `Check` on one input and traps with its violations, so libFuzzer keeps the input.
  public static func test<Check: FuzzCheck>(
    _ check: Check.Type, _ data: UnsafePointer<UInt8>?, _ size: Int
  ) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let violations = Check.violations(in: bytes)
    if let first = violations.first {
      fatalError("\(Check.name) check failed: \(first) (\(violations.count) in all)")
    }
    return 0
  }

  /// Feeds each file in `paths` (each file of a folder) to `callback` once, then exits: 0 when
  /// none trapped, 64 without paths, 1 when a file cannot be read.
  private static func replay(_ paths: some Collection<String>, _ callback: Callback) -> Never {
    guard !paths.isEmpty else {
      print("usage: FuzzX FILE|FOLDER... (replays inputs; build with 'make fuzz' to fuzz)")
      exit(64)
    }
    var files: [String] = []
    for path in paths {
      var isFolder: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      guard exists && isFolder.boolValue else {
        files.append(path)
        continue
      }
      let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      files += names.sorted().map { path + "/" + $0 }
    }
    for file in files {
      guard let data = FileManager.default.contents(atPath: file) else {
        print("cannot read '\(file)'")
        exit(1)
      }
      let bytes = [UInt8](data)
      _ = bytes.withUnsafeBufferPointer { callback($0.baseAddress, $0.count) }
    }
    print("replayed \(files.count) input\(files.count == 1 ? "" : "s"): no failures")
    exit(0)
  }
}
