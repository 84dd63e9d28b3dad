import Testing

@testable import BriefingKit

/// Decoding a string's scalars straight from its UTF-8.
struct ScalarArrayTests {
  static let texts = [
    "", "a", "plain ASCII text of some length, past eight bytes", "Ünïcödé — “quotes” ‘x’",
    "emoji 🙂👍🏽 and 𝔘𝔫𝔦", "e\u{301}\u{302} combining", "日本語のテキスト", "\r\n\t\u{0}",
    // Eight-byte ASCII runs cut by other scalars at every offset, and a short ASCII tail.
    "0123456789ü0123456789abcdefé012345678’0123456ß01234567890123456789abcdefg—xyz",
  ]

  @Test func allScalarsAsTheScalarView() {
    for text in Self.texts {
      #expect(ScalarArray.scalars(of: text) == Array(text.unicodeScalars), "\(text)")
    }
  }

  @Test func aPrefixAsTheScalarViewsPrefix() {
    for text in Self.texts {
      for limit in [0, 1, 3, 8, 9, 11, 12, 17, 40, 200] {
        #expect(
          ScalarArray.scalars(of: text, limit: limit) == Array(text.unicodeScalars.prefix(limit)),
          "\(text) \(limit)")
      }
    }
  }
}
