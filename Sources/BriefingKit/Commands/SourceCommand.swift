/// `source FILE`: run a script's commands inside this session.
struct SourceCommand: Command {
  static let name = "source"
  static let usage = "source FILE"
  static let abstract = "Run the commands in a script file."
  static let details =
    "Blank lines and lines starting with # are skipped.\n\nExample:\n  source morning.brief"
  static let completion = CompletionSpec(values: [.path])
  var path: String

  init(arguments: [String]) throws(CommandError) {
    path = try Self.onlyArgument(arguments, named: "a script file")
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    CommandOutput(script: .init(path: path, lines: try Self.lines(of: path, in: context.files)))
  }

  /// A script's lines, line ends (LF or CRLF) removed.
  static func lines(of path: String, in files: any FileSource) throws -> [String] {
    let text = String(decoding: try files.bytes(at: path, limit: 16 << 20), as: UTF8.self)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}
