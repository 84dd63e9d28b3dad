import Foundation

/// `load PATH...`: read articles from files, folders and globs into the session.
struct LoadCommand: Command {
  static let name = "load"
  static let usage = "load PATH..."
  static let abstract = "Load articles from files, folders (recursively) or globs."
  static let details = """
    Formats: plain text, Markdown with front matter, HTML, JSON and JSON Lines, chosen by
    extension and by content. In a folder, files with another extension (scripts, images) are
    left alone; a file named on its own is always read. Files that fail, and lines of a JSON
    Lines file or items of a JSON array that fail, are reported and skipped; the rest load, and
    the command then counts as failed. The same article twice is loaded once.

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
    var skipped: [String] = []
    for path in paths {
      do {
        let found = try context.files.expand(path)
        guard context.files.isFolder(path) else {
          files += found
          continue
        }
        for file in found {
          if Self.isArticleFile(file) { files.append(file) } else { skipped.append(file) }
        }
      } catch {
        diagnostics.append(.init(isError: true, message: error.description))
      }
    }
    var loader = ArticleLoader(in: context, command: Self.name)
    let result = try loader.load(files)
    diagnostics += loader.diagnostics
    let failed = diagnostics.filter(\.isError).count
    var summary = "loaded " + counted(result.added.count, "article")
    summary += " from " + (paths.count == 1 ? paths[0] : "\(paths.count) paths")
    if failed > 0 { summary += " (\(failed) failed)" }
    if !skipped.isEmpty { summary += "; " + Self.skippedNote(skipped) }
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

  /// Whether a file found in a folder is one `load` reads: an article extension, or none.
  static func isArticleFile(_ path: String) -> Bool {
    let name = ArticleFormat.pathExtension(path)
    return name.isEmpty || ArticleFormat(extension: name) != nil
  }

  /// `left alone 2 files that are not articles (.brief, .png)`.
  static func skippedNote(_ files: [String]) -> String {
    var kinds: [String] = []
    for file in files {
      let kind = "." + ArticleFormat.pathExtension(file)
      if !kinds.contains(kind) { kinds.append(kind) }
    }
    let count = files.count
    let what = count == 1 ? "1 file that is not an article" : "\(count) files that are not articles"
    return "left alone \(what) (\(kinds.prefix(5).joined(separator: ", "))"
      + "\(kinds.count > 5 ? ", …" : ""))"
  }
}
