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
    // Read as UTF-8 bytes: ASCII is classified by its byte without a branch (word starts are
    // too frequent to predict), other scalars are decoded in place. Walking `unicodeScalars`
    // cost 1.5% of a whole load.
    var text = text
    return text.withUTF8 { bytes in
      var count = 0
      var previous: UInt8 = 0
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        let isWord: UInt8
        if byte < 0x80 {
          index += 1
          let isDigit: UInt8 = byte &- 0x30 < 10 ? 1 : 0
          let isLetter: UInt8 = (byte | 0x20) &- 0x61 < 26 ? 1 : 0
          isWord = isDigit | isLetter
        } else {
          let scalar = ScalarArray.scalar(in: bytes, at: &index)
          let properties = scalar.properties
          isWord = properties.isAlphabetic || properties.numericType != nil ? 1 : 0
        }
        count &+= Int(isWord & ~previous)
        previous = isWord
      }
      return count
    }
  }
}
