import Foundation

/// `load PATH...`: read articles from files, folders and globs into the session.
struct LoadCommand: Command {
  static let name = "load"
  static let usage = "load PATH..."
  static let abstract = "Load articles from files, folders (recursively) or globs."
  static let details = """
    Formats: plain text, Markdown with front matter, HTML, JSON and JSON Lines, chosen by
    extension and by content. Files that fail are reported and skipped; the rest load, and the
    command then counts as failed. The same article twice is loaded once.

    Example:
      load news/ extra/*.html
    """
  static let completion = CompletionSpec(values: [.path])
  var paths: [String]

  init(arguments: [String]) throws(CommandError) {
    guard !arguments.isEmpty else {
      throw .missingArgument(
        command: Self.name, argument: "a file, folder or glob", usage: Self.usage)
    }
    paths = arguments
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    var diagnostics: [CommandOutput.Diagnostic] = []
    var files: [String] = []
    for path in paths {
      do {
        files += try context.files.expand(path)
      } catch {
        diagnostics.append(.init(isError: true, message: error.description))
      }
    }
    var loader = ArticleLoader(in: context, command: Self.name)
    let result = try loader.load(files)
    diagnostics += loader.diagnostics
    let failed = diagnostics.filter(\.isError).count
    var summary = "loaded \(result.added.count) article\(result.added.count == 1 ? "" : "s")"
    summary += " from " + (paths.count == 1 ? paths[0] : "\(paths.count) paths")
    if failed > 0 { summary += " (\(failed) failed)" }
    if !result.duplicates.isEmpty {
      let ids = result.duplicates.map { String($0.existingID) }.prefix(10).joined(separator: ", ")
      let count = result.duplicates.count
      summary += "; \(count) already in the session (id \(ids)\(count > 10 ? ", …" : ""))"
    }
    var output = CommandOutput.status(summary)
    output.diagnostics = diagnostics
    output.isFailure = failed > 0
    return output
  }
}
