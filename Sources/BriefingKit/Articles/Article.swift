/// One news article as read from a file: metadata plus the body text by paragraph.
///
/// Offsets used anywhere in the project (quotes, mentions, sentences) count Unicode scalars
/// into ``text``, the paragraphs joined by a blank line.
public struct Article: Sendable, Equatable, Hashable, Codable {
  /// Session id: 1, 2, 3 in load order; 0 until the session assigns one.
  public var id: Int
  public var title: String
  /// Publication date as `YYYY-MM-DD`, when one was found.
  public var date: String?
  public var source: String?
  public var authors: [String]
  public var url: String?
  /// ISO 639-1 code (`en`, `de`, …), or `und` when undetermined.
  public var language: String
  public var tags: [String]
  /// The file the article came from, as the user named it.
  public var path: String?
  public var paragraphs: [String]
  /// The body text: ``paragraphs`` joined by `"\n\n"`.
  public private(set) var text: String

  public init(
    id: Int = 0, title: String, date: String? = nil, source: String? = nil,
    authors: [String] = [], url: String? = nil, language: String = "und", tags: [String] = [],
    path: String? = nil, paragraphs: [String]
  ) {
    self.id = id
    self.title = title
    self.date = date
    self.source = source
    self.authors = authors
    self.url = url
    self.language = language
    self.tags = tags
    self.path = path
    self.paragraphs = paragraphs
    self.text = paragraphs.joined(separator: "\n\n")
  }

  /// Number of words in the body, counted as runs of letters or digits.
  public var wordCount: Int {
    var count = 0
    var inWord = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      let isWordScalar =
        value < 0x80
        ? (0x30...0x39).contains(value) || (0x61...0x7A).contains(value | 0x20)
        : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      if isWordScalar && !inWord { count += 1 }
      inWord = isWordScalar
    }
    return count
  }
}
