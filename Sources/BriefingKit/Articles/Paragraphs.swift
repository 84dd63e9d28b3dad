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
    var copy = text
    return copy.withUTF8 { bytes in
      let lines = PlainLines(bytes)
      let isBlank = zip(lines.ranges, lines.isClean).map { line, isClean in
        !isClean && ParagraphCleaner.isBlank(bytes, line)
      }
      let hasBlankLine = isBlank.contains(true)
      var paragraphs: [String] = []
      paragraphs.reserveCapacity(lines.ranges.count)
      var cleaner = ParagraphCleaner(capacity: 1024, decodesReferences: true)
      var blockHasLines = false
      func flush() {
        // Between two clean lines the cleaner holds nothing: no string to make.
        if !cleaner.isEmpty {
          let paragraph = cleaner.take()
          if !paragraph.isEmpty { paragraphs.append(paragraph) }
        }
        blockHasLines = false
      }
      for (number, line) in lines.ranges.enumerated() {
        if isBlank[number] {
          flush()
          continue
        }
        // A line that is a paragraph of its own and that cleaning would leave as it is (most
        // lines) is taken from the text, which is valid UTF-8 already: copying it through
        // the cleaner and checking the copy again was most of the cost of reading a file.
        if lines.isClean[number], !blockHasLines,
          !hasBlankLine || number + 1 == isBlank.count || isBlank[number + 1]
        {
          // A clean line is ASCII, which a string made from its bytes checks eight at a time:
          // a substring of the text made into a string cost 700 instructions a line.
          paragraphs.append(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[line]), as: UTF8.self))
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

  /// True for a paragraph that is only a site's page furniture, left in text copied from a
  /// web page: an advert's label or a link to read on (`Advertisement`, `Continue reading the
  /// main story`, `Anzeige`). Paragraphs come trimmed; only short ones are compared.
  static func isFurniture(_ paragraph: String) -> Bool {
    let count = paragraph.utf8.count
    guard count >= 6, count <= 40 else { return false }
    return furniture.contains(paragraph.lowercased())
  }

  private static let furniture = Set(
    advertLabels + [
      "advertisements", "advertisement:", "skip advertisement",
      "story continues below advertisement", "continue reading the main story",
      "continue reading below", "scroll to continue with content",
    ])

  /// The one-word labels pages put above an advert, in lower case; inside a paragraph of
  /// copied text they are still no one's name.
  static let advertLabels = [
    "advertisement", "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "реклама",
  ]

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
