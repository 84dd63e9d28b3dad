import BriefingKit

/// Memo rendering with the shipped templates: text from articles, notes and fields can never
/// change a memo's structure. A memo filled with the input's text must have the same headings,
/// lists and breaks as its twin filled with plain words.
///
/// The input is split at NUL bytes into the values: title, subject, to, from, date,
/// classification, bluf, note, article title, source, author, URL, body, summary, quote, speaker,
/// role, cue, topic name and topic role (missing values are empty).
public enum MemoCheck: FuzzCheck {
  public static let name = "memo"
  static let templates = ["memo", "quotes", "digest", "timeline"]
  static let renderer = Result { try MemoRenderer(directories: [shippedTemplates]) }

  /// The repository's `templates` folder, found from this file's path.
  public static var shippedTemplates: String {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/") + "/templates"
  }

  public static func violations(in data: [UInt8]) -> [String] {
    let pieces = FuzzInput.pieces(data)
    return violations(values: (0..<20).map { $0 < pieces.count ? pieces[$0] : "" })
  }

  /// Renders a memo from `values` (in the order above) and one from their plain twins.
  public static func violations(values: [String]) -> [String] {
    do {
      return try memos(values: values).compactMap { template, memo, plain in
        let found = MarkdownLines.structure(of: memo)
        let expected = MarkdownLines.structure(of: plain)
        return found == expected ? nil : "\(template): structure \(found), expected \(expected)"
      }
    } catch {
      return ["a memo does not render: \(error)"]
    }
  }

  /// Each shipped template's memo from `values` and from their plain twins.
  public static func memos(values: [String]) throws -> [(
    template: String, memo: String, plain: String
  )] {
    let renderer = try Self.renderer.get()
    let fuzzed = context(values)
    let plain = context(values.enumerated().map { twin($1, index: $0) })
    return try templates.map { template in
      (
        template, try renderer.render(fuzzed, template: template),
        try renderer.render(plain, template: template)
      )
    }
  }

  /// The plain value standing for `value`: nothing when it shows nothing (white space and
  /// controls only), an address when it is a safe link, else a word.
  static func twin(_ value: String, index: Int) -> String {
    let isBlank = !value.unicodeScalars.contains {
      !$0.properties.isWhitespace && $0.properties.generalCategory != .control
    }
    if isBlank { return "" }
    if index == 11 {
      let isLink =
        value.lowercased().hasPrefix("http://") || value.lowercased().hasPrefix("https://")
      let isSafe = !value.unicodeScalars.contains {
        $0.properties.isWhitespace || $0.properties.generalCategory == .control
          || $0 == "<" || $0 == ">"
      }
      return isLink && isSafe ? "https://example.org/plain" : "plain"
    }
    return "plain"
  }

  static func context(_ values: [String]) -> MemoContext {
    let value = { (index: Int) in index < values.count ? values[index] : "" }
    let keys = ["title", "subject", "to", "from", "date", "classification", "bluf"]
    var fields: [String: String] = [:]
    for (index, key) in keys.enumerated() { fields[key] = value(index) }
    let article = Article(
      id: 1, title: value(8), date: value(4), source: value(9), authors: [value(10)],
      url: value(11), language: "en", paragraphs: [value(12)])
    let quote = Quote(
      text: value(14), start: 0, end: 0, speaker: value(15), role: value(16), cue: value(17))
    let topic = SessionTopic(
      name: value(18), kind: .person, score: 1, mentions: 2, articles: [1], role: value(19))
    return MemoContext(
      fields: fields, notes: [MemoNote(text: value(7), confidence: .high)],
      articles: [MemoArticleInput(article: article, summary: value(13))],
      quotes: [StoredQuote(id: "1.1", articleID: 1, quote: quote)], topics: [topic],
      generatedAt: "2026-02-03T08:00:00Z")
  }
}
