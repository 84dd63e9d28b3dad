import BriefingKit

/// A corpus text turned into an ``Article`` the way a plain-text reader would, with the map
/// from article offsets back to the original text's offsets (both in Unicode scalars).
struct SourceText {
  let article: Article
  /// `origin[i]` is the original offset of article scalar `i`; one extra entry for the end.
  let origin: [Int]

  /// Splits `text` on blank lines, trims each paragraph and drops empty ones.
  init(_ text: String, language: String, path: String? = nil) {
    let scalars = Array(text.unicodeScalars)
    var paragraphs: [String] = []
    var origin: [Int] = []
    for range in Self.paragraphRanges(scalars) {
      if !paragraphs.isEmpty { origin.append(contentsOf: [range.lowerBound, range.lowerBound]) }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[range])
      paragraphs.append(String(view))
      origin.append(contentsOf: range)
    }
    origin.append(origin.last.map { $0 + 1 } ?? 0)
    let title = paragraphs.first.map { String($0.prefix { $0 != "\n" }) } ?? ""
    self.article = Article(title: title, language: language, path: path, paragraphs: paragraphs)
    self.origin = origin
  }

  /// The original offset of an article offset (clamped).
  func original(_ offset: Int) -> Int {
    origin.isEmpty ? 0 : origin[min(max(offset, 0), origin.count - 1)]
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\u{A0}"
  }

  /// Ranges of trimmed paragraphs: text between lines that are empty or only spaces.
  static func paragraphRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var lineStart = 0
    var paragraphStart: Int?
    var lastContentEnd = 0
    var index = 0
    while index <= scalars.count {
      if index == scalars.count || scalars[index] == "\n" {
        let line = scalars[lineStart..<index]
        if line.allSatisfy(isSpace) {
          if let start = paragraphStart { ranges.append(start..<lastContentEnd) }
          paragraphStart = nil
        } else {
          var first = lineStart
          while isSpace(scalars[first]) { first += 1 }
          var end = index
          while end > first, isSpace(scalars[end - 1]) { end -= 1 }
          if paragraphStart == nil { paragraphStart = first }
          lastContentEnd = end
        }
        lineStart = index + 1
      }
      index += 1
    }
    if let start = paragraphStart { ranges.append(start..<lastContentEnd) }
    return ranges
  }
}
