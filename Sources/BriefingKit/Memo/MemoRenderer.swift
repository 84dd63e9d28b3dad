import Foundation
import Mustache

/// Renders a ``MemoContext`` to Markdown with Mustache templates loaded from folders.
///
/// Every `*.mustache` file under a folder is a template named by its path without the extension
/// (`memo`, `partials/quote`); a later folder's template replaces an earlier one of the same
/// name. Top-level files are the templates users pick; files in subfolders are partials
/// (`{{> partials/quote}}`). Values are escaped for Markdown (``MarkdownContentType``), never
/// for HTML: a template or partial that does not start with a `CONTENT_TYPE` pragma gets
/// `{{%CONTENT_TYPE: MARKDOWN}}`.
///
/// ```swift
/// let renderer = try MemoRenderer(directories: ["templates", userFolder])
/// let markdown = try renderer.render(context, template: "memo")
/// ```
public struct MemoRenderer: Sendable {
  private struct Entry: Sendable {
    var path: String
    var description: String
  }

  private var library = MustacheLibrary()
  private var entries: [String: Entry] = [:]

  /// Loads every template under `directories`, given in increasing precedence: the shipped
  /// `templates/`, then `--templates DIR`, then `~/.config/briefing/templates`.
  ///
  /// A folder that does not exist is skipped (the user folder usually does not).
  /// - Throws: ``MemoError/syntax(file:line:column:message:)`` for the first template that does
  ///   not parse, ``MemoError/unreadable(path:)`` for one that cannot be read.
  public init(directories: [String]) throws(MemoError) {
    MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
    for directory in directories {
      for relative in Self.templateFiles(in: directory) {
        let path = directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
        let text = try Self.read(path)
        library.register(try Self.parse(text, file: path), named: String(relative.dropLast(9)))
        entries[String(relative.dropLast(9))] = Entry(
          path: path, description: Self.description(in: text))
      }
    }
  }

  /// The templates users can pick (not partials), by name, with their one-line descriptions
  /// from a `{{! description: … }}` comment.
  public func templates() -> [(name: String, description: String)] {
    entries.keys.filter { !$0.contains("/") }.sorted().map { name in
      (name: name, description: entries[name]?.description ?? "")
    }
  }

  /// Renders `context` with the template named `nameOrPath`, or else the template file at
  /// that path (a path holds `/` or ends in `.mustache`; `~/` is the home folder); it may use
  /// every loaded partial. `memo.mustache` names the loaded `memo` when no such file exists.
  ///
  /// The output has no runs of blank lines and ends with one newline.
  public func render(_ context: MemoContext, template nameOrPath: String) throws(MemoError)
    -> String
  {
    try Self.tidy(template(nameOrPath).render(context, library: library))
  }

  private func template(_ nameOrPath: String) throws(MemoError) -> MustacheTemplate {
    if let named = library.getTemplate(named: nameOrPath) { return named }
    guard nameOrPath.contains("/") || nameOrPath.hasSuffix(".mustache") else {
      throw .unknownTemplate(name: nameOrPath, available: templates().map(\.name))
    }
    let path =
      nameOrPath.hasPrefix("~/")
      ? NSHomeDirectory() + nameOrPath.dropFirst() : nameOrPath
    if nameOrPath.hasSuffix(".mustache"), !FileManager.default.fileExists(atPath: path),
      let named = library.getTemplate(named: String(nameOrPath.dropLast(".mustache".count)))
    {
      return named
    }
    return try Self.parse(Self.read(path), file: nameOrPath)
  }

  /// Relative paths of the `.mustache` files under `directory`, sorted; none if it is missing.
  private static func templateFiles(in directory: String) -> [String] {
    // Resolved first: the enumerator lists nothing in a folder reached through a symbolic link.
    let folder = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
    return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".mustache") }.sorted()
  }

  private static func read(_ path: String) throws(MemoError) -> String {
    guard let data = FileManager.default.contents(atPath: path),
      var text = String(data: data, encoding: .utf8)
    else { throw .unreadable(path: path) }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return text
  }

  /// Parses `text`, first adding the Markdown content type unless it names one on line 1.
  static func parse(_ text: String, file: String) throws(MemoError) -> MustacheTemplate {
    let firstLine = text.prefix { !$0.isNewline }.filter { !$0.isWhitespace }
    let hasContentType = firstLine.hasPrefix("{{%CONTENT_TYPE:")
    let source = hasContentType ? text : "{{%CONTENT_TYPE: MARKDOWN}}\n" + text
    do {
      return try MustacheTemplate(string: source)
    } catch let error as MustacheTemplate.ParserError {
      throw TemplateDiagnostics(text: text).memoError(
        for: error, file: file, lineOffset: hasContentType ? 0 : 1)
    } catch {
      throw .syntax(file: file, line: 1, column: 1, message: "the template cannot be parsed")
    }
  }

  /// The text of the first `{{! description: … }}` comment, on one line; empty if none.
  static func description(in text: String) -> String {
    var rest = Substring(text)
    while let open = rest.range(of: "{{!") {
      let afterOpen = rest[open.upperBound...]
      guard let close = afterOpen.range(of: "}}") else { break }
      let words = afterOpen[..<close.lowerBound].split(whereSeparator: \.isWhitespace)
      let comment = words.joined(separator: " ")
      if comment.hasPrefix("description:") {
        return String(comment.dropFirst(12).drop { $0 == " " })
      }
      rest = afterOpen[close.upperBound...]
    }
    return ""
  }

  /// `markdown` without leading blank lines or runs of blank lines, ending in one newline.
  static func tidy(_ markdown: String) -> String {
    var lines: [Substring] = []
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      let isBlank = line.allSatisfy(\.isWhitespace)
      if isBlank && (lines.last?.allSatisfy(\.isWhitespace) ?? true) { continue }
      lines.append(isBlank ? "" : line)
    }
    while let last = lines.last, last.isEmpty { lines.removeLast() }
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }
}
