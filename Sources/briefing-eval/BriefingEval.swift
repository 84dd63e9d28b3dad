import Foundation

/// `briefing-eval`: scores quote extraction on the public corpora and measures its speed.
///
/// ```
/// briefing-eval polnear ../shared/corpus/polnear/test
/// briefing-eval wikinews ../shared/corpus/german-wikinews-quotes/compact_all_splits.jsonl --split test
/// briefing-eval quotes-speed ../shared/corpus/bbc-news/bbc [--passes N]
/// ```
@main
struct BriefingEval {
  static let usage = """
    usage: briefing-eval polnear SPLIT_DIR [--verbose]
           briefing-eval wikinews FILE.jsonl [--split train|dev|test] [--verbose]
           briefing-eval quotes-speed DIR [--passes N]
    """

  static func main() {
    var arguments = Array(CommandLine.arguments.dropFirst())
    let split = option("--split", in: &arguments) ?? "test"
    let passes = option("--passes", in: &arguments).flatMap { Int($0) } ?? 5
    let isVerbose = arguments.contains("--verbose")
    arguments.removeAll { $0 == "--verbose" }
    guard arguments.count == 2 else { fail(usage, code: 64) }
    do {
      switch arguments[0] {
      case "polnear":
        print(try PolNeAREval(directory: arguments[1], isVerbose: isVerbose).run())
      case "wikinews":
        print(try WikiNewsEval(file: arguments[1], split: split, isVerbose: isVerbose).run())
      case "quotes-speed":
        print(try SpeedEval(directory: arguments[1], passes: max(passes, 1)).run())
      default: fail("unknown evaluation '\(arguments[0])'\n" + usage, code: 64)
      }
    } catch {
      fail("error: \(error)", code: 1)
    }
  }

  /// Removes `name VALUE` from the arguments and returns the value.
  static func option(_ name: String, in arguments: inout [String]) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else {
      return nil
    }
    let value = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
    return value
  }

  static func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(code)
  }
}
