/// Reads a plain-text article: headline, `date YYYY-MM-DD` prefix, date lines, `By NAME`
/// bylines and news datelines are taken as metadata and removed from the body.
///
/// A short first line without a final period is the title; without one the title is the
/// first sentence, shortened. A dateline's date without a year takes the year of the first
/// full date in the text, or leaves the date unset.
struct PlainTextReader: Sendable {
  /// The article in `text` (already decoded, `\n` line ends); path and language are not set.
  func article(from text: String) -> Article {
    var paragraphs = Paragraphs.split(plainText: text)
    var header = PlainTextHeader()
    for _ in 0..<8 {
      guard let first = paragraphs.first,
        Self.takeHeaderLine(first, into: &header, from: &paragraphs)
      else { break }
    }
    if let first = paragraphs.first {
      paragraphs[0] = header.takeDateline(first, in: paragraphs)
      if paragraphs[0].isEmpty { paragraphs.removeFirst() }
    }
    if let first = paragraphs.first, header.takeByline(first) {
      paragraphs.removeFirst()
    }
    let title = header.title ?? Paragraphs.derivedTitle(from: paragraphs.first ?? "")
    return Article(
      title: title, date: header.date, source: header.source, authors: header.authors,
      paragraphs: paragraphs)
  }

  /// Takes metadata from the first paragraph (`first`): a `date` prefix, a byline, a date
  /// line or the headline; returns false when it holds none of them.
  private static func takeHeaderLine(
    _ first: String, into header: inout PlainTextHeader, from paragraphs: inout [String]
  ) -> Bool {
    if let rest = header.takeDatePrefix(first) {
      paragraphs[0] = rest
      if rest.isEmpty { paragraphs.removeFirst() }
      return true
    }
    if header.takeByline(first) || header.takeDateLine(first) {
      paragraphs.removeFirst()
      return true
    }
    guard header.title == nil, paragraphs.count > 1, isHeadline(first, before: paragraphs[1])
    else { return false }
    header.title = headline(first)
    paragraphs.removeFirst()
    return true
  }

  /// A headline: at most 150 scalars and 25 words, not ending in `:`, `,` or `;`. One ending
  /// in a period (some corpora add one) must be a single sentence shorter than the paragraph
  /// after it.
  static func isHeadline(_ line: String, before next: String) -> Bool {
    let length = scalarCount(line, limit: 151)
    guard length <= 150, let last = line.unicodeScalars.last else { return false }
    guard !":,;".unicodeScalars.contains(last) else { return false }
    guard spaceSeparatedCount(line) <= 25 else { return false }
    guard last == "." else { return true }
    let isOneSentence = SentenceSplitter().sentences(in: line).count == 1
    return isOneSentence && scalarCount(next, limit: length + 1) > length
  }

  /// The number of scalars of `text`, or `limit` when it has more: its UTF-8 bytes that are
  /// no continuation bytes, counted in place (the generic prefix of the scalar view cost 75
  /// instructions a scalar).
  static func scalarCount(_ text: String, limit: Int) -> Int {
    var text = text
    return text.withUTF8 { bytes in
      var count = 0
      for byte in bytes where byte & 0xC0 != 0x80 {
        guard count < limit else { break }
        count += 1
      }
      return count
    }
  }

  /// How many pieces `line.split(separator: " ")` gives: counted on the bytes of an ASCII line,
  /// where every space is a character of its own (splitting by characters was half the cost of
  /// reading a BBC article's header lines), and by characters otherwise.
  static func spaceSeparatedCount(_ line: String) -> Int {
    var copy = line
    let ascii: Int? = copy.withUTF8 { bytes in
      var count = 0
      var inWord = false
      for byte in bytes {
        if byte >= 0x80 { return nil }
        if byte == 0x20 {
          inWord = false
        } else if !inWord {
          inWord = true
          count += 1
        }
      }
      return count
    }
    return ascii ?? line.split(separator: " ").count
  }

  /// The headline without a final period.
  static func headline(_ line: String) -> String {
    guard line.hasSuffix("."), !line.hasSuffix("..") else { return line }
    return String(line.dropLast())
  }
}

/// The metadata gathered from the top of a plain-text article.
private struct PlainTextHeader {
  var title: String?
  var date: String?
  var source: String?
  var authors: [String] = []

  /// Takes `date 2021-12-04` from the start; returns the rest, or nil when absent.
  mutating func takeDatePrefix(_ paragraph: String) -> String? {
    // Nearly every paragraph opens with an ASCII byte other than `d`: no keyword to read.
    if let first = paragraph.utf8.first, first < 0x80, first | 0x20 != 0x64 { return nil }
    let scalars = ScalarArray.scalars(of: paragraph, limit: 40)
    let keyword = String(String.UnicodeScalarView(scalars.prefix(4))).lowercased()
    guard keyword == "date", scalars.count > 5, scalars[4] == " " || scalars[4] == ":" else {
      return nil
    }
    var start = 5
    while start < scalars.count, scalars[start] == " " { start += 1 }
    guard let found = DateText.match(scalars, at: start), let iso = found.iso else { return nil }
    date = iso
    return String(paragraph.unicodeScalars.dropFirst(start + found.length)).trimmingSpaces
  }

  /// Takes a line `By Jane Doe` or `By Jane Doe and John Roe` as the authors.
  mutating func takeByline(_ paragraph: String) -> Bool {
    // A byline word opens with `b`, `v`, `p`, `d` or a Cyrillic letter: any other ASCII byte
    // but a space (which the split below skips) rules one out before anything is built.
    if let first = paragraph.utf8.first, first < 0x80, first != 0x20,
      !"bvpd".utf8.contains(first | 0x20)
    {
      return false
    }
    // Counted on the bytes: the scalar view's generic prefix cost 75 instructions a scalar.
    guard PlainTextReader.scalarCount(paragraph, limit: 101) <= 100 else { return false }
    // Most paragraphs fail on the first word; look at it before splitting them all.
    guard let first = paragraph.split(separator: " ", maxSplits: 1).first,
      Self.bylineWords.contains(first.lowercased())
    else { return false }
    let words = paragraph.split(separator: " ")
    guard words.count >= 2, words.count <= 10,
      Self.bylineWords.contains(words[0].lowercased())
    else { return false }
    let names = words.dropFirst().joined(separator: " ")
      .replacingAll(" and ", with: ",").replacingAll(" und ", with: ",")
      .split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    let isName = names.allSatisfy { $0.unicodeScalars.first?.isUppercaseLetter == true }
    guard isName, !names.isEmpty else { return false }
    // `By Jane Doe, Reuters`: a news agency among the names is the source.
    let agencies = names.filter { Self.agencies.contains($0.lowercased()) }
    if source == nil, let agency = agencies.first { source = agency }
    authors = names.filter { !Self.agencies.contains($0.lowercased()) }
    return true
  }

  /// The words a byline starts with, lower case.
  static let bylineWords = ["by", "von", "par", "por", "di", "от"]

  /// News agencies that bylines name beside the reporters, lower case.
  static let agencies: Set<String> = [
    "reuters", "ap", "associated press", "afp", "agence france-presse", "upi", "tass", "itar-tass",
    "ria novosti", "interfax", "dpa", "bloomberg", "efe", "ansa", "xinhua", "kyodo", "pa",
    "press association", "anp", "apa", "sda", "epd", "kna", "bbc news", "cnn",
  ]

  /// Takes a paragraph that is only a date (`2 February 2026`) as the date.
  mutating func takeDateLine(_ paragraph: String) -> Bool {
    // 240 bytes hold at least 60 scalars: too long to be a date line (most paragraphs).
    guard paragraph.utf8.count < 240 else { return false }
    // A date with a year has ASCII digits (``DateScanner`` reads no others): a headline or a
    // short paragraph without one is no date line.
    // Read from the contiguous bytes: `utf8.contains` cost 2,000 instructions a headline.
    var copy = paragraph
    guard copy.withUTF8({ $0.contains { $0 &- 0x30 < 10 } }) else { return false }
    let scalars = ScalarArray.scalars(of: paragraph, limit: 60)
    guard scalars.count < 60, let found = DateText.match(scalars, at: 0), let iso = found.iso,
      scalars[found.length...].allSatisfy({ !$0.isWordScalar })
    else { return false }
    if date == nil { date = iso }
    return true
  }

  /// Removes a dateline from the start of `paragraph`, keeping its date and source.
  mutating func takeDateline(_ paragraph: String, in paragraphs: [String]) -> String {
    guard let dateline = Dateline(opening: paragraph) else { return paragraph }
    if source == nil { source = dateline.source }
    if date == nil { date = dateline.isoDate(in: paragraphs) }
    return dateline.removed(from: paragraph)
  }
}

extension String {
  /// Replaces every occurrence of `target` (compared by scalars) with `replacement`.
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    return self.split(separator: target, omittingEmptySubsequences: false)
      .joined(separator: replacement)
  }
}
