/// A line-by-line reading of Markdown's block structure, enough to see whether text put into a
/// template changed it: headings, lists, block quotes, fences, breaks and HTML blocks.
public enum MarkdownLines {
  /// What a line starts.
  public enum Kind: Equatable, Sendable, CustomStringConvertible {
    case heading(Int), setextUnderline, thematicBreak, bullet, ordered, blockQuote, fence, html
    case text, blank

    public var description: String {
      switch self {
      case .heading(let level): return "h\(level)"
      case .setextUnderline: return "setext"
      case .thematicBreak: return "rule"
      case .bullet: return "bullet"
      case .ordered: return "ordered"
      case .blockQuote: return "quote"
      case .fence: return "fence"
      case .html: return "html"
      case .text: return "text"
      case .blank: return "blank"
      }
    }
  }

  /// The kinds of the structural lines of `markdown` in order (plain text and blank lines left
  /// out, since a value may leave a line empty without changing the structure).
  public static func structure(of markdown: String) -> [Kind] {
    markdown.split(separator: "\n", omittingEmptySubsequences: false).map { kind(of: $0) }
      .filter { $0 != .text && $0 != .blank }
  }

  /// The kind of one line.
  public static func kind(of line: Substring) -> Kind {
    let scalars = Array(line.unicodeScalars.drop { $0 == " " })
    guard let first = scalars.first else { return .blank }
    let firstRun = scalars.prefix { $0 == first }.count
    let after = scalars.count > firstRun ? scalars[firstRun] : " "
    let marks = scalars.filter { $0 != " " && $0 != "\t" }
    let isRun = { (mark: Unicode.Scalar) in marks.allSatisfy { $0 == mark } }
    if first == "#" && firstRun <= 6 && (after == " " || after == "\t") {
      return .heading(firstRun)
    }
    if first == "=" && isRun("=") { return .setextUnderline }
    if "-*_".unicodeScalars.contains(first) && marks.count >= 3 && isRun(first) {
      return .thematicBreak
    }
    if first == "-" && isRun("-") { return .setextUnderline }
    if "-*+".unicodeScalars.contains(first) && (after == " " || after == "\t" || scalars.count == 1)
    {
      return .bullet
    }
    if first == ">" { return .blockQuote }
    if (first == "`" || first == "~") && firstRun >= 3 { return .fence }
    if first == "<" { return .html }
    let digits = scalars.prefix { $0.properties.numericType == .decimal && $0.isASCII }.count
    if (1...9).contains(digits), digits < scalars.count,
      scalars[digits] == "." || scalars[digits] == ")",
      digits + 1 == scalars.count || scalars[digits + 1] == " "
    {
      return .ordered
    }
    return .text
  }
}
