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
    self.text = Self.joined(paragraphs)
  }

  /// `paragraphs.joined(separator: "\n\n")`, appended into room made once: the generic join
  /// cost three instructions a byte of every article read.
  private static func joined(_ paragraphs: [String]) -> String {
    var count = 2 * max(0, paragraphs.count - 1)
    for paragraph in paragraphs { count += paragraph.utf8.count }
    var text = ""
    text.reserveCapacity(count)
    for index in paragraphs.indices {
      if index > 0 { text += "\n\n" }
      text += paragraphs[index]
    }
    return text
  }

  /// Number of words in the body, counted as runs of letters or digits.
  public var wordCount: Int {
    // Read as UTF-8 bytes, eight ASCII bytes at a time (``ASCIIBytes``): each byte's
    // letter-or-digit flag is worked out in one 64-bit word, and the flags of the bytes that
    // start a word are added up in eight byte-wide counters, summed every 31 words of eight
    // (a count of set bits costs a dozen instructions without a POPCNT instruction; gathering
    // the flags and counting them each time was half the cost). Other scalars are decoded in
    // place. Walking `unicodeScalars` cost 1.5% of a whole load.
    // The chunks are read in runs of up to 31 in a loop of their own, which keeps the counters
    // in registers (one loop for chunks and bytes spilled them, 45 instructions a chunk).
    var text = text
    return text.withUTF8 { bytes in
      var count = 0
      // 0x80 when the byte before `index` belongs to a word.
      var previous: UInt64 = 0
      var index = 0
      while index < bytes.count {
        var starts: UInt64 = 0
        var chunks = 0
        while chunks < 31, bytes.count &- index >= 8 {
          let chunk = ASCIIBytes.load(bytes, at: index)
          guard chunk & ASCIIBytes.high == 0 else { break }
          let letters = ASCIIBytes.highBits(chunk | (0x20 &* ASCIIBytes.ones), in: 0x61, 0x7A)
          let words = ASCIIBytes.highBits(chunk, in: 0x30, 0x39) | letters
          starts &+= (words & ~(words << 8 | previous)) >> 7
          previous = words >> 56
          index &+= 8
          chunks &+= 1
        }
        count &+= Self.sum(starts)
        // Thirty-one chunks read: perhaps more follow.
        if chunks == 31 { continue }
        guard index < bytes.count else { break }
        // A chunk with a byte outside ASCII, or the last few bytes: one scalar.
        let byte = bytes[index]
        let isWord: Bool
        if byte < 0x80 {
          index += 1
          isWord = byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
        } else {
          let properties = ScalarArray.scalar(in: bytes, at: &index).properties
          isWord = properties.isAlphabetic || properties.numericType != nil
        }
        if isWord && previous == 0 { count &+= 1 }
        previous = isWord ? 0x80 : 0
      }
      return count
    }
  }

  /// The sum of the eight byte-wide counters in `counters`, whose total is below 256.
  @inline(__always)
  private static func sum(_ counters: UInt64) -> Int {
    Int(truncatingIfNeeded: (counters &* ASCIIBytes.ones) >> 56)
  }
}
