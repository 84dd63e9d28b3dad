/// Helpers that turn raw lines into clean paragraphs and derive titles.
enum Paragraphs {
  /// Collapses every run of white space (line breaks included) to one space and trims;
  /// decodes character references (`&#233;`) when `decodingReferences` (text that is not HTML).
  static func clean(_ text: some StringProtocol, decodingReferences: Bool = false) -> String {
    var cleaner = ParagraphCleaner(
      capacity: text.utf8.count, decodesReferences: decodingReferences)
    let read: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      cleaner.append(bytes, 0..<bytes.count)
    }
    if read == nil {
      var copy = String(text)
      copy.withUTF8 { cleaner.append($0, 0..<$0.count) }
    }
    return cleaner.take()
  }

  /// Splits plain text into paragraphs: blocks between blank lines, lines joined by a space;
  /// a text without any blank line has one paragraph per line. Character references left in
  /// the text by a scraper (`communiqu&#233;`) are decoded.
  static func split(plainText text: String) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
      var lines: [Range<Int>] = []
      var start = 0
      var index = 0
      while index < bytes.count {
        // Eight bytes at a time up to the next line break (``ASCIIBytes``).
        if bytes.count - index >= 8 {
          let breaks = ASCIIBytes.highBits(ASCIIBytes.load(bytes, at: index), equalTo: 0x0A)
          guard breaks != 0 else {
            index += 8
            continue
          }
          index += breaks.trailingZeroBitCount / 8
        }
        if bytes[index] == 0x0A {
          lines.append(start..<index)
          start = index + 1
        }
        index += 1
      }
      lines.append(start..<bytes.count)
      let isBlank = lines.map { ParagraphCleaner.isBlank(bytes, $0) }
      let hasBlankLine = isBlank.contains(true)
      var paragraphs: [String] = []
      var cleaner = ParagraphCleaner(capacity: 1024, decodesReferences: true)
      var blockHasLines = false
      func flush() {
        let paragraph = cleaner.take()
        if !paragraph.isEmpty { paragraphs.append(paragraph) }
        blockHasLines = false
      }
      for (line, blank) in zip(lines, isBlank) {
        if blank {
          flush()
          continue
        }
        if blockHasLines { cleaner.appendSpace() }
        cleaner.append(bytes, line)
        blockHasLines = true
        if !hasBlankLine { flush() }
      }
      flush()
      return paragraphs
    }
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
