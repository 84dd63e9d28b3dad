/// An article with everything the session derives from it at load time.
public struct AnalysedArticle: Sendable, Equatable {
  public var article: Article
  public var quotes: [Quote]
  public var topics: [Topic]
  public var summary: String
  /// Content hash that detects the same article loaded twice.
  public var hash: String

  /// An analysed article; `hash`, when given, must be ``contentHash(of:)`` of `article` (a
  /// load computes it first, to skip analysing an article the session already holds).
  public init(
    article: Article, quotes: [Quote], topics: [Topic], summary: String, hash: String? = nil
  ) {
    self.article = article
    self.quotes = quotes
    self.topics = topics
    self.summary = summary
    self.hash = hash ?? Self.contentHash(of: article)
  }

  /// FNV-1a (64 bit) over the title and text: equal content gives an equal hash.
  public static func contentHash(of article: Article) -> String {
    var hash = fnv(article.title, from: 0xcbf2_9ce4_8422_2325)
    hash = (hash ^ 0x1f) &* 0x100_0000_01b3
    hash = fnv(article.text, from: hash)
    return hexDigits(of: hash)
  }

  /// `hash` as 16 lower-case hex digits, leading zeros kept (`String(hash, radix: 16)`
  /// padded), written into the string's own bytes: formatting and padding a string cost a
  /// tenth of hashing an article.
  private static func hexDigits(of hash: UInt64) -> String {
    String(unsafeUninitializedCapacity: 16) { digits in
      for index in 0..<16 {
        let nibble = UInt8(truncatingIfNeeded: hash >> UInt64(60 - 4 * index)) & 0x0F
        digits[index] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
      }
      return 16
    }
  }

  /// FNV-1a continued over the UTF-8 bytes of `text`, read from its contiguous storage:
  /// iterating `text.utf8` cost about 30 instructions a byte, 2.5% of a BBC load.
  private static func fnv(_ text: String, from seed: UInt64) -> UInt64 {
    var text = text
    return text.withUTF8 { bytes in
      var hash = seed
      for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
      return hash
    }
  }
}
