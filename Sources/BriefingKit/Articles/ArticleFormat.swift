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
    // ASCII (the usual case): by bytes, as the split by `Character` below would.
    let utf8 = path.utf8
    if utf8.allSatisfy({ $0 < 0x80 }) {
      var end = utf8.endIndex
      while end > utf8.startIndex, utf8[utf8.index(before: end)] == 0x2F {
        end = utf8.index(before: end)
      }
      let name = utf8[..<end]
      let nameStart = name.lastIndex(of: 0x2F).map { utf8.index(after: $0) } ?? utf8.startIndex
      guard let dot = name[nameStart...].lastIndex(of: 0x2E), dot != nameStart else { return "" }
      return String(Substring(utf8[utf8.index(after: dot)..<end])).lowercased()
    }
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return String(name[name.index(after: dot)...]).lowercased()
  }
}
