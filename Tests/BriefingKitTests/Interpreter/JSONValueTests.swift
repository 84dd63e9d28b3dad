import Foundation
import Testing

@testable import BriefingKit

struct JSONValueTests {
  @Test(arguments: [
    ("plain", #""plain""#), (#"say "hi""#, #""say \"hi\"""#), (#"a\b"#, #""a\\b""#),
    ("line\nnext\r\ttab", #""line\nnext\r\ttab""#), ("\u{1}\u{1F}", #""\u0001\u001f""#),
    ("ends\u{2028}here\u{2029}", #""ends\u2028here\u2029""#), ("", #""""#),
    ("Zürich «Genève» 東京 🇺🇦", "\"Zürich «Genève» 東京 🇺🇦\""),
    ("e\u{301}\"\u{301}", "\"e\u{301}\\\"\u{301}\""), ("\r\n", #""\r\n""#),
  ])
  func stringsAreQuotedAndEscaped(_ text: String, _ expected: String) {
    #expect(JSONWriter.quoted(text) == expected)
  }

  @Test func documentsParseBackToWhatWasWritten() throws {
    let texts = ["a\"b", "x\n\u{0}y", "\u{2028}", "naïve — “quoted”", "\\", "🇺🇦e\u{301}"]
    let document = JSONValue.array(texts.map { .string($0) } + [.null, .int(-3), .bool(true)])
    let parsed = try JSONSerialization.jsonObject(with: Data(document.rendered().utf8))
    let items = try #require(parsed as? [Any])
    #expect(items.prefix(texts.count).compactMap { $0 as? String } == texts)
    #expect(items[texts.count] is NSNull)
    #expect(items[texts.count + 1] as? Int == -3)
  }

  @Test func escapesAtEveryOffsetOfALongTextParseBack() throws {
    let plain = "The council met on Monday to vote on the bridge, naïve “quoted”."
    for escaped in ["\"", "\\", "\n", "\u{1}", "\u{2028}", "\u{2029}", "’", "€"] {
      for offset in 0...plain.unicodeScalars.count {
        var scalars = Array(plain.unicodeScalars)
        scalars.insert(contentsOf: escaped.unicodeScalars, at: offset)
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        let json = JSONWriter.quoted(text)
        let parsed = try JSONSerialization.jsonObject(
          with: Data("[\(json)]".utf8))
        #expect((parsed as? [String])?.first == text, "\(escaped) at \(offset)")
        #expect(!json.unicodeScalars.contains("\u{2028}") && !json.unicodeScalars.contains("\n"))
      }
    }
  }

  @Test func objectsKeepTheirKeyOrder() {
    let object = JSONValue.object([("b", .int(1)), ("a", .string("x")), ("c", .double(0.5))])
    #expect(object.rendered() == #"{"b":1,"a":"x","c":0.5}"#)
  }
}
