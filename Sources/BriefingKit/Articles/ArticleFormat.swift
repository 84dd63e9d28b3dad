/// The formats ``ArticleReader`` understands.
enum ArticleFormat: Equatable, Sendable {
  case plainText, markdown, html, json, jsonLines

  /// The format named by the path's extension, else the one the content looks like.
  init(path: String, text: String) {
    if let known = Self(extension: Self.pathExtension(path)) {
      self = known
    } else {
      self = Self(sniffing: text)
    }
  }

  /// The format for a lower-case file extension, or nil when it says nothing.
  init?(extension name: String) {
    switch name {
    case "txt", "text": self = .plainText
    case "md", "markdown", "mdown", "mkd": self = .markdown
    case "html", "htm", "xhtml": self = .html
    case "json": self = .json
    case "jsonl", "ndjson": self = .jsonLines
    default: return nil
    }
  }

  /// Guesses from the first characters: `{`/`[` is JSON (several `{` lines JSON Lines), `<` with
  /// an HTML tag is HTML, `---` front matter is Markdown, anything else plain text.
  init(sniffing text: String) {
    let head = String(text.unicodeScalars.prefix(2000))
    let trimmed = head.trimmingSpaces
    let lower = trimmed.lowercased()
    if trimmed.hasPrefix("{") {
      let lines = head.split(separator: "\n").filter { !String($0).trimmingSpaces.isEmpty }
      let objectLines = lines.filter {
        let line = String($0).trimmingSpaces
        return line.hasPrefix("{") && line.hasSuffix("}")
      }
      self = objectLines.count >= 2 && objectLines.count == lines.count ? .jsonLines : .json
    } else if trimmed.hasPrefix("[") {
      self = .json
    } else if lower.hasPrefix("<")
      && [
        "<!doctype html", "<html", "<head", "<body", "<article", "<p", "<div", "<meta", "<title",
        "<!--",
      ].contains(where: { lower.hasPrefix($0) })
    {
      self = .html
    } else if text.hasPrefix("---\n") || text.hasPrefix("# ") {
      self = .markdown
    } else {
      self = .plainText
    }
  }

  /// The lower-case extension of the last path component, or "" when there is none.
  static func pathExtension(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return String(name[name.index(after: dot)...]).lowercased()
  }
}
