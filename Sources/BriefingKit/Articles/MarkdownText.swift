/// Strips Markdown syntax from body lines, keeping the text by paragraph.
///
/// Headings lose their `#`s, lists become one line per item, block quotes lose `>`, code
/// fences are kept as text, links become their text, images and link definitions are
/// dropped, and emphasis and code markers are removed.
struct MarkdownText {
  /// A paragraph of plain text, marked when it came from a heading.
  struct Paragraph: Equatable {
    var text: String
    var isHeading: Bool
  }

  /// The paragraphs of the body `lines`.
  func paragraphs(from lines: [Substring]) -> [Paragraph] {
    var result: [Paragraph] = []
    var block: [String] = []
    var isList = false
    var fence: String?
    var code: [String] = []
    func flush() {
      let joined = block.map { MarkdownInline.strip($0) }
      let text =
        isList ? joined.joined(separator: "\n") : Paragraphs.clean(joined.joined(separator: " "))
      if !text.trimmingSpaces.isEmpty { result.append(Paragraph(text: text, isHeading: false)) }
      block.removeAll()
      isList = false
    }
    for raw in lines {
      var line = String(raw)
      let trimmed = line.trimmingSpaces
      if let open = fence {
        if trimmed.hasPrefix(open) {
          let text = code.joined(separator: "\n")
          if !text.trimmingSpaces.isEmpty { result.append(Paragraph(text: text, isHeading: false)) }
          code.removeAll()
          fence = nil
        } else {
          code.append(line)
        }
        continue
      }
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        flush()
        fence = String(trimmed.prefix(3))
        continue
      }
      while line.trimmingSpaces.hasPrefix(">") {
        line = String(line.trimmingSpaces.dropFirst())
      }
      let content = line.trimmingSpaces
      if content.isEmpty || Self.isRule(content) || Self.isDefinition(content) {
        flush()
        continue
      }
      if let heading = Self.heading(content) {
        flush()
        result.append(Paragraph(text: MarkdownInline.strip(heading), isHeading: true))
        continue
      }
      if Self.isSetextUnderline(content), !block.isEmpty, !isList {
        let text = Paragraphs.clean(block.map { MarkdownInline.strip($0) }.joined(separator: " "))
        block.removeAll()
        result.append(Paragraph(text: text, isHeading: true))
        continue
      }
      if let item = Self.listItem(content) {
        if !isList { flush() }
        isList = true
        block.append(item)
      } else if isList, raw.hasPrefix(" ") || raw.hasPrefix("\t"), let last = block.popLast() {
        block.append(last + " " + content)
      } else {
        if isList { flush() }
        block.append(content)
      }
    }
    if !code.isEmpty {
      result.append(Paragraph(text: code.joined(separator: "\n"), isHeading: false))
    }
    flush()
    return result
  }

  private static func heading(_ line: String) -> String? {
    let hashes = line.prefix { $0 == "#" }.count
    guard (1...6).contains(hashes) else { return nil }
    let rest = line.dropFirst(hashes)
    guard rest.isEmpty || rest.first == " " else { return nil }
    var text = String(rest).trimmingSpaces
    while text.hasSuffix("#") { text.removeLast() }
    return text.trimmingSpaces
  }

  private static func isRule(_ line: String) -> Bool {
    let compact = line.filter { $0 != " " }
    guard compact.count >= 3, let first = compact.first, "-*_".contains(first) else { return false }
    return compact.allSatisfy { $0 == first }
  }

  private static func isSetextUnderline(_ line: String) -> Bool {
    line.count >= 2 && (line.allSatisfy { $0 == "=" } || line.allSatisfy { $0 == "-" })
  }

  /// `[ref]: https://…` link reference definitions.
  private static func isDefinition(_ line: String) -> Bool {
    guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return false }
    return line[close...].hasPrefix("]:")
  }

  /// The text of a list item line (`- x`, `* x`, `+ x`, `1. x`, `1) x`), or nil.
  private static func listItem(_ line: String) -> String? {
    if let first = line.first, "-*+•".contains(first), line.dropFirst().first == " " {
      return String(line.dropFirst(2)).trimmingSpaces
    }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    guard (1...3).contains(digits.count) else { return nil }
    let rest = line.dropFirst(digits.count)
    guard let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first == " "
    else { return nil }
    return String(rest.dropFirst(2)).trimmingSpaces
  }
}
