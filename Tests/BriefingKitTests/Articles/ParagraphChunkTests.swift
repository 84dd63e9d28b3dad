import Testing

@testable import BriefingKit

/// Paragraph cleaning and splitting read eight ASCII bytes at a time; they must give what a
/// scalar-by-scalar reading of the rules gives, wherever spaces, line breaks and other scalars
/// fall against the 8-byte chunks.
struct ParagraphChunkTests {
  /// The cleaning rules scalar by scalar: white space becomes one space between visible
  /// scalars; controls, soft hyphens, byte order marks and C1 controls are dropped.
  static func referenceClean(_ scalars: some Sequence<Unicode.Scalar>) -> String {
    var output = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in scalars {
      let value = scalar.value
      if value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : scalar.isSpaceOrNewline {
        pendingSpace = !output.isEmpty
      } else if value < 0x20 || value == 0x7F || value == 0xAD || value == 0xFEFF
        || (0x80..<0xA0).contains(value)
      {
        continue
      } else {
        if pendingSpace { output.append(" ") }
        pendingSpace = false
        output.append(scalar)
      }
    }
    return String(output)
  }

  /// Splitting by the rules: lines at `\n`; with a blank line anywhere, blocks of lines between
  /// blank lines are paragraphs, else each line is one; empty paragraphs are left out.
  static func referenceSplit(_ text: String) -> [String] {
    let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
    let isBlank = lines.map { referenceClean($0).isEmpty && $0.allSatisfy(isWhite) }
    guard isBlank.contains(true) else { return lines.map(referenceClean).filter { !$0.isEmpty } }
    var paragraphs: [String] = []
    var block: [Unicode.Scalar] = []
    for (line, blank) in zip(lines, isBlank) {
      if blank {
        paragraphs.append(referenceClean(block))
        block = []
      } else {
        if !block.isEmpty { block.append(" ") }
        block += line
      }
    }
    paragraphs.append(referenceClean(block))
    return paragraphs.filter { !$0.isEmpty }
  }

  static func isWhite(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : scalar.isSpaceOrNewline
  }

  static let pieces = [
    "word", " ", "a", "  ", "Zz9.", "\t", "é", "\u{A0}", "\u{AD}", "\u{1}", "“", "-", "\n", "x",
    "\u{7F}", "~!", "\n\n",
  ]

  /// Texts of up to 24 pieces in fixed, varied orders.
  static var texts: [String] {
    (0..<24).flatMap { length in
      (0..<pieces.count).map { shift in
        (0..<length).map { pieces[($0 * 5 + shift * 3 + $0 * $0 * shift) % pieces.count] }
          .joined()
      }
    }
  }

  @Test func cleansAsTheScalarRulesDo() {
    for text in Self.texts {
      #expect(Paragraphs.clean(text) == Self.referenceClean(text.unicodeScalars), "\(text)")
    }
  }

  @Test func splitsAsTheScalarRulesDo() {
    for text in Self.texts {
      #expect(Paragraphs.split(plainText: text) == Self.referenceSplit(text), "\(text)")
    }
  }

  /// A line taken from the text as it is (plain ASCII with single spaces) and one that must be
  /// cleaned give the same paragraphs wherever the line breaks fall.
  @Test(arguments: [
    "A plain line of more than eight bytes", "Ends in a space ", " Starts with one",
    "Two  spaces apart", "Tab\there", "R&D and AT&T", "communiqu&#233; out", "Caf\u{E9} open",
    "Delete\u{7F}d", "abcdefgh  ijk", "abcdefg  hijk", "12345678",
  ])
  func takesCleanLinesAsTheCleanerWould(line: String) {
    let cleaned = Paragraphs.clean(line, decodingReferences: true)
    for text in [line, "Title\n\n\(line)\n\nLast", "\(line)\nnext", "x\n\n\(line)\n\n"] {
      let paragraphs = Paragraphs.split(plainText: text)
      #expect(paragraphs.contains(cleaned), "\(text)")
      #expect(!paragraphs.contains(line) || line == cleaned, "\(text)")
    }
  }
}
