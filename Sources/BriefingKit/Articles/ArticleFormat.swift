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
    var path = path
    let ascii: String? = path.withUTF8 { bytes in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      var end = bytes.count
      while end > 0, bytes[end - 1] == 0x2F { end -= 1 }
      var dot = end
      while dot > 0, bytes[dot - 1] != 0x2F, bytes[dot - 1] != 0x2E { dot -= 1 }
      // `dot` is now just after the last dot of the name, or at the name's start.
      guard dot > 1, bytes[dot - 1] == 0x2E, bytes[dot - 2] != 0x2F else { return "" }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[dot..<end]), as: UTF8.self)
        .lowercased()
    }
    if let ascii { return ascii }
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return String(name[name.index(after: dot)...]).lowercased()
  }
}
