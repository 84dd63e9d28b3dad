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
    var state = BlockState()
    for raw in lines {
      let trimmed = raw.trimmingSpaces
      if state.consumeFence(line: String(raw), trimmed: trimmed) { continue }
      let content = Self.droppingQuoteMarkers(trimmed)
      if content.isEmpty || Self.isRule(content) || Self.isDefinition(content) {
        state.flush()
      } else if let heading = Self.heading(content) {
        state.flush()
        let text = CharacterReferences.decoded(MarkdownInline.strip(heading))
        state.result.append(Paragraph(text: text, isHeading: true))
      } else if Self.isSetextUnderline(content), !state.block.isEmpty, !state.isList {
        state.flush(asHeading: true)
      } else if let item = Self.listItem(content) {
        if !state.isList { state.flush() }
        state.isList = true
        state.block.append(item)
      } else if state.isList, raw.hasPrefix(" ") || raw.hasPrefix("\t"),
        let last = state.block.popLast()
      {
        state.block.append(last + " " + content)
      } else {
        if state.isList { state.flush() }
        state.block.append(content)
      }
    }
    return state.finish()
  }

  /// `> > text` → `text`, scanning once.
  private static func droppingQuoteMarkers(_ line: String) -> String {
    let scalars = line.unicodeScalars
    var start = scalars.startIndex
    while start < scalars.endIndex, scalars[start] == ">" || scalars[start] == " " {
      start = scalars.index(after: start)
    }
    return start == scalars.startIndex ? line : String(scalars[start...])
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

/// The paragraphs gathered so far and the block being built.
private struct BlockState {
  var result: [MarkdownText.Paragraph] = []
  var block: [String] = []
  var isList = false
  var fence: String?
  var code: [String] = []

  /// Ends the current block: list items one per line, other lines joined by spaces.
  mutating func flush(asHeading: Bool = false) {
    // Markdown, like HTML, writes characters as references (`&amp;`, `&#233;`).
    let joined = block.map { MarkdownInline.strip($0) }
    let text =
      isList
      ? CharacterReferences.decoded(joined.joined(separator: "\n"))
      : Paragraphs.clean(joined.joined(separator: " "), decodingReferences: true)
    if !text.trimmingSpaces.isEmpty {
      result.append(MarkdownText.Paragraph(text: text, isHeading: asHeading))
    }
    block.removeAll()
    isList = false
  }

  /// Handles code fences: returns true when the line opened, closed or belongs to one.
  mutating func consumeFence(line: String, trimmed: String) -> Bool {
    if let open = fence {
      if trimmed.hasPrefix(open) {
        appendCode()
        fence = nil
      } else {
        code.append(line)
      }
      return true
    }
    guard trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") else { return false }
    flush()
    fence = String(trimmed.prefix(3))
    return true
  }

  private mutating func appendCode() {
    let text = code.joined(separator: "\n")
    if !text.trimmingSpaces.isEmpty {
      result.append(MarkdownText.Paragraph(text: text, isHeading: false))
    }
    code.removeAll()
  }

  /// The paragraphs, after closing any open block or fence.
  mutating func finish() -> [MarkdownText.Paragraph] {
    appendCode()
    flush()
    return result
  }
}
