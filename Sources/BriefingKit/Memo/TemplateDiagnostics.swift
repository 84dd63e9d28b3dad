import Mustache

/// Turns swift-mustache's parser errors into ``MemoError/syntax(file:line:column:message:)``
/// values that say in words what is wrong and point at the tag to fix.
///
/// swift-mustache reports where its parser stopped, which for an unclosed section is the end of
/// the file; this scanner re-reads the tags to find the section that was opened and never closed.
struct TemplateDiagnostics {
  /// One `{{…}}` tag: its sigil (`#`, `/`, …, or nil for a variable), name and position.
  struct Tag {
    var sigil: Character?
    var name: String
    var line: Int
    var column: Int
  }

  /// The tags in order, up to the first one that is never closed or changes delimiters.
  var tags: [Tag] = []
  /// A tag opened with `{{` and never closed with `}}`, if the scan met one.
  var unclosedTag: Tag?

  init(text: String) {
    scan(text)
  }

  /// The error to show for `error`, raised while parsing the template from `file`.
  ///
  /// - Parameter lineOffset: Lines added before the file's text when it was parsed.
  func memoError(for error: MustacheTemplate.ParserError, file: String, lineOffset: Int)
    -> MemoError
  {
    let line = max(1, error.context.lineNumber - lineOffset)
    let fallback = (line: line, column: error.context.columnNumber)
    let (position, message) = describe(error.error, at: fallback)
    return .syntax(file: file, line: position.line, column: position.column, message: message)
  }

  private typealias Position = (line: Int, column: Int)

  private func describe(_ error: any Error, at fallback: Position) -> (Position, String) {
    switch error as? MustacheTemplate.Error {
    case .expectedSectionEnd?:
      if let open = openSections().last {
        return (at(open), "section '\(open.name)' is never closed; add '{{/\(open.name)}}'")
      }
      return (fallback, "a section is never closed")
    case .sectionCloseNameIncorrect?:
      return misplacedClose() ?? (fallback, "a closing tag does not match the open section")
    case .unfinishedName?:
      if let unclosedTag { return (at(unclosedTag), "tag is never closed with '}}'") }
      return (fallback, "malformed tag; a name may hold letters, digits and '.-_' and ends '}}'")
    case .invalidSetDelimiter?:
      return (fallback, "malformed delimiter change; write it as '{{=<% %>=}}'")
    case .transformAppliedToInheritanceSection?:
      return (fallback, "a block ('{{$name}}') cannot apply a transform")
    case .illegalTokenInsideInheritSection?, .textInsideInheritSection?:
      return (fallback, "only '{{$name}}' blocks may appear inside '{{<parent}}'")
    case .invalidConfigVariableSyntax?:
      return (fallback, "malformed pragma; write '{{%CONTENT_TYPE: MARKDOWN}}'")
    case .unrecognisedConfigVariable?:
      return (fallback, "unknown pragma or content type; use MARKDOWN, TEXT or HTML")
    case nil:
      if let unclosedTag { return (at(unclosedTag), "tag is never closed with '}}'") }
      return (fallback, "the template ends in the middle of a tag")
    }
  }

  private func at(_ tag: Tag) -> Position { (tag.line, tag.column) }

  private static let opening: Set<Character> = ["#", "^", "$", "<"]

  /// Sections still open at the end (or before the first misplaced closing tag), innermost last.
  private func openSections() -> [Tag] {
    var stack: [Tag] = []
    for tag in tags {
      if let sigil = tag.sigil, Self.opening.contains(sigil) {
        stack.append(tag)
      } else if tag.sigil == "/" {
        guard stack.last?.name == tag.name else { break }
        stack.removeLast()
      }
    }
    return stack
  }

  /// The first closing tag that does not close the innermost open section, described.
  private func misplacedClose() -> (Position, String)? {
    var stack: [Tag] = []
    for tag in tags {
      if let sigil = tag.sigil, Self.opening.contains(sigil) {
        stack.append(tag)
      } else if tag.sigil == "/" {
        guard let open = stack.last else {
          return (at(tag), "'{{/\(tag.name)}}' closes a section that was never opened")
        }
        guard open.name == tag.name else {
          let message =
            "'{{/\(tag.name)}}' does not close the open section '\(open.name)' (line \(open.line));"
            + " close '\(open.name)' first"
          return (at(tag), message)
        }
        stack.removeLast()
      }
    }
    return nil
  }
}
