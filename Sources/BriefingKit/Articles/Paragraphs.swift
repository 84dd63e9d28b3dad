/// Helpers that turn raw lines into clean paragraphs and derive titles.
enum Paragraphs {
  /// Collapses every run of white space (line breaks included) to one space and trims.
  static func clean(_ text: some StringProtocol) -> String {
    var result = UTF8Buffer(capacity: text.utf8.count)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.isSpaceOrNewline {
        pendingSpace = !result.isEmpty
        continue
      }
      // Control characters, soft hyphens and stray byte order marks carry no text.
      let isInvisible = scalar.value == 0xAD || scalar.value == 0xFEFF
      if isInvisible || scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) { continue }
      if pendingSpace { result.append(" ") }
      pendingSpace = false
      result.append(scalar)
    }
    return result.string
  }

  /// Splits plain text into paragraphs: blocks between blank lines, lines joined by a space;
  /// a text without any blank line has one paragraph per line.
  static func split(plainText text: String) -> [String] {
    let lines = Self.lines(of: text)
    let hasBlankLine = lines.contains { line in line.unicodeScalars.allSatisfy(\.isSpaceOrNewline) }
    var paragraphs: [String] = []
    var block: [Substring] = []
    func flush() {
      let paragraph = clean(block.joined(separator: " "))
      if !paragraph.isEmpty { paragraphs.append(paragraph) }
      block.removeAll()
    }
    for line in lines {
      if line.unicodeScalars.allSatisfy(\.isSpaceOrNewline) {
        flush()
      } else {
        block.append(line)
        if !hasBlankLine { flush() }
      }
    }
    flush()
    return paragraphs
  }

  /// The lines of `text`, split at `\n` by bytes (much faster than by `Character`).
  static func lines(of text: String) -> [Substring] {
    var lines: [Substring] = []
    let utf8 = text.utf8
    var start = utf8.startIndex
    var index = start
    while index != utf8.endIndex {
      if utf8[index] == 0x0A {
        lines.append(Substring(utf8[start..<index]))
        start = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    lines.append(Substring(utf8[start..<utf8.endIndex]))
    return lines
  }

  /// A title from the start of `text`: its first sentence, cut at a word boundary to at most
  /// `limit` scalars and marked with `…` when cut.
  static func derivedTitle(from text: String, limit: Int = 90) -> String {
    let head = Array(text.unicodeScalars.prefix(limit * 8))
    let first = SentenceSplitter().sentences(in: head).first ?? 0..<head.count
    var sentence = Array(head[first])
    while let last = sentence.last, last == "." || last.isSpaceOrNewline { sentence.removeLast() }
    guard sentence.count > limit else { return String(String.UnicodeScalarView(sentence)) }
    var cut = limit
    while cut > limit / 2, !sentence[cut].isSpaceOrNewline { cut -= 1 }
    if cut <= limit / 2 { cut = limit }
    var shortened = Array(sentence[..<cut])
    while let last = shortened.last, !last.isWordScalar { shortened.removeLast() }
    return String(String.UnicodeScalarView(shortened)) + "…"
  }
}
